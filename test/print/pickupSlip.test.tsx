// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PreOrder } from '../../shared/domain/preOrders/types';
import { renderPrint } from '../../renderer/print';
import { AT, printContext } from './fixtures';

const HOUR = 3_600_000;
const NUMBER = 'YD-S01-C2-261125-0004';

/** Text content only: what would print, without tags and attributes. */
function printedText(html: string): string {
  return html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, '');
}

/** A group purchase taken at 14:03 for tomorrow 10:00: 20 packs of zongzi priced, a fruit basket not yet, ¥100 deposit. */
function order(over: Partial<PreOrder> = {}): PreOrder {
  return {
    id: 'po-1',
    number: NUMBER,
    kind: 'group',
    organisation: '实验小学',
    customerName: '赵老师',
    phone: '13912345678',
    items: [
      { name: '肉粽礼盒', quantity: 20, unitPriceFen: 5800 },
      { name: '水果篮', quantity: 2 },
    ],
    department: '食品部',
    pickupAt: AT + 20 * HOUR,
    depositFen: 10000,
    status: 'taken',
    taken: { by: '1024', at: AT, counter: 'C2' },
    printCount: 0,
    conflicts: [],
    ...over,
  };
}

describe('pickup slip (取货单)', () => {
  it('is on the 80 mm roll with the number as Code 128, QR and plain text', () => {
    const out = renderPrint('pickupSlip', { order: order() }, printContext());
    expect(out).toMatchObject({ paper: '80mm', recordNumber: NUMBER, title: `取货单 ${NUMBER}` });
    expect(out.html).toContain('data-symbology="code128"');
    expect(out.html).toContain('data-symbology="qrcode"');
    expect(printedText(out.html)).toContain(NUMBER);
  });

  it('names the organisation, the contact with the phone masked, the goods, the department and the pickup time', () => {
    const text = printedText(renderPrint('pickupSlip', { order: order() }, printContext()).html);
    for (const part of ['取货单', '团体购物', '实验小学', '赵老师', '139****5678', '肉粽礼盒', '水果篮', '食品部', '2026-11-26 10:03', '已登记', '¥100.00', '王丽 (1024)']) expect(text).toContain(part);
    expect(text).not.toContain('13912345678');
    // A line not priced yet leaves the total and what is due open.
    expect(text).not.toContain('取货应付');
    expect(text).not.toContain('补打');
  });

  it('shows what is due when every line is priced; at pickup, marked 补打, what was paid instead', () => {
    const priced = order({ items: [{ name: '肉粽礼盒', quantity: 20, unitPriceFen: 5800 }] });
    const taken = printedText(renderPrint('pickupSlip', { order: priced }, printContext()).html);
    expect(taken).toContain('合计');
    expect(taken).toContain('¥1160.00');
    expect(taken).toContain('取货应付');
    expect(taken).toContain('¥1060.00');
    const pickedUp = { ...priced, status: 'pickedUp' as const, pickedUp: { by: '1024', at: AT + 21 * HOUR, counter: 'C2', balancePaidFen: 106000 } };
    const again = printedText(renderPrint('pickupSlip', { order: pickedUp }, printContext({ printCount: 2 })).html);
    expect(again).toContain('补打');
    expect(again).toContain('已取货');
    expect(again).toContain('取货已付');
    expect(again).not.toContain('取货应付');
  });

  it('a cancelled order says why and what became of the deposit', () => {
    const cancelled = order({ status: 'cancelled', cancelled: { by: '1024', at: AT + HOUR, counter: 'C2', reason: '学校活动取消', deposit: 'refunded' } });
    const text = printedText(renderPrint('pickupSlip', { order: cancelled }, printContext({ printCount: 2 })).html);
    for (const part of ['已取消', '学校活动取消', '已退还']) expect(text).toContain(part);
  });
});
