import { describe, expect, it } from 'vitest';
import { returnFactOf } from '../../shared/domain/returns/facts';
import { summarizeMonth } from '../../shared/domain/returns/summary';
import { PAPERS_BY_KIND } from '../../shared/schema/print';
import { renderPrint } from '../../renderer/print';
import { AT, printContext, returnRecord } from '../print/fixtures';

describe('return slip printout', () => {
  it('is laid out for 80 mm (default), A5 and A4', () => {
    expect(PAPERS_BY_KIND.returnSlip).toEqual(['80mm', 'A5', 'A4']);
    expect(PAPERS_BY_KIND.returnsMonthly).toEqual(['A4']);
    for (const paper of PAPERS_BY_KIND.returnSlip) expect(renderPrint('returnSlip', { record: returnRecord() }, printContext(), paper).paper).toBe(paper);
    expect(() => renderPrint('returnSlip', { record: returnRecord() }, printContext(), '58mm')).toThrow(RangeError);
  });

  it('holds the store, number, receipt, lines, amounts in yuan, gift deduction, approver, signature and the goods copy', () => {
    const out = renderPrint('returnSlip', { record: returnRecord() }, printContext());
    expect(out.recordNumber).toBe('TH-S01-C2-261125-0003');
    for (const text of ['华联超市（望京店）', '退货单', 'TH-S01-C2-261125-0003', 'POS-00123456', '电水壶', '¥99.90', '¥30.00', '保温杯', '¥69.90', '原路退回', '质量问题', '超过退货期', '陈主管 (2001)', '王丽 (1024)', '顾客签名', '门店联', '随货联', '报损', '<svg']) {
      expect(out.html).toContain(text);
    }
    // The phone is masked on paper.
    expect(out.html).toContain('138****5678');
    expect(out.html).not.toContain('13812345678');
    // The goods copy carries no refund amount.
    const goods = out.html.slice(out.html.indexOf('data-part="goods"'));
    expect(goods).not.toContain('¥69.90');
    expect(out.html).not.toContain('补打');
  });

  it('marks a reprint 补打 and a reversed return', () => {
    const out = renderPrint('returnSlip', { record: returnRecord({ status: 'reversed', reversed: { by: '2001', at: AT, counter: 'C2', reason: '录入错误' } }) }, printContext({ printCount: 2 }));
    expect(out.html).toContain('补打');
    expect(out.html).toContain('已冲销');
    expect(out.html).toContain('录入错误');
  });

  it('shows the exchange item or the refusal reason', () => {
    const exchange = renderPrint('returnSlip', { record: returnRecord({ outcome: 'exchange', refundMethod: undefined, refundFen: 0, giftClawbacks: [], exchangeItem: { sku: 'X1', name: '电水壶（白）', quantity: 1, unitPriceFen: 9990 } }) }, printContext());
    expect(exchange.html).toContain('电水壶（白）');
    expect(exchange.html).not.toContain('实退金额');
    const refused = renderPrint('returnSlip', { record: returnRecord({ outcome: 'refused', refusalReason: '人为损坏', refundFen: 0, giftClawbacks: [] }) }, printContext());
    expect(refused.html).toContain('人为损坏');
    expect(refused.html).toContain('拒绝退货');
  });
});

describe('monthly summary printout', () => {
  it('prints the month by reason, category and band with the batches, named RETURNS-yyyy-MM', () => {
    const summary = summarizeMonth([returnFactOf(returnRecord({ lines: [{ ...returnRecord().lines[0]!, quantity: 6, amountFen: 59_940 }], totalFen: 59_940 }))], '2026-11', 'Asia/Shanghai');
    const out = renderPrint('returnsMonthly', { summary, categoryNames: { appliance: '家用电器' } }, printContext());
    expect(out).toMatchObject({ paper: 'A4', recordNumber: 'RETURNS-2026-11' });
    for (const text of ['退货月度汇总', '2026-11', '按原因', '质量问题', '家用电器', '200–1000 元', '599.40', '单笔', 'TH-S01-C2-261125-0003', '商品部']) expect(out.html).toContain(text);
  });
});
