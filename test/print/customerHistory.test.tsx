// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CustomerTrailRow } from '../../shared/domain/customers/trail';
import { renderCustomerHistory } from '../../renderer/print';
import { AT, printContext } from './fixtures';

const text = (html: string) => html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, ' ');

const row = (over: Partial<CustomerTrailRow>): CustomerTrailRow => ({
  key: 'complaint/c1',
  phone: '13812345678',
  phoneTail: '5678',
  name: '张三',
  at: AT,
  recordType: 'complaint',
  recordId: 'c1',
  number: 'TS-S01-C1-261125-0001',
  counter: 'C1',
  summary: '退货时排队太久',
  ...over,
});

describe('customer history (A4)', () => {
  const rows = [row({}), row({ key: 'returnRecord/r1', recordType: 'returnRecord', recordId: 'r1', number: 'TH-S01-C2-261125-0003', counter: 'C2', at: AT - 3_600_000, name: '', summary: '电水壶 ×1 · ¥99.90' })];

  it('lists the records as given (newest first) with type, number, counter and summary; every phone masked', () => {
    const out = renderCustomerHistory({ query: { by: 'phone', phone: '13812345678' }, rows }, printContext());
    const printed = text(out.html);
    expect(out.paper).toBe('A4');
    expect(out.recordNumber).toBe('HIST-5678-2611251403');
    for (const shown of ['顾客服务记录', '华联超市（望京店）', '138****5678', '投诉', '退换货', '电水壶 ×1 · ¥99.90', '2026-11-25 14:03', '2026-11-25 13:03']) expect(printed).toContain(shown);
    expect(printed.indexOf('TS-S01-C1-261125-0001')).toBeLessThan(printed.indexOf('TH-S01-C2-261125-0003'));
    expect(out.html).not.toContain('13812345678');
  });

  it('names a tail-and-name search by the four digits and the name, and says when nothing was found', () => {
    const out = renderCustomerHistory({ query: { by: 'tailAndName', tail: '5678', name: '张三' }, rows: [] }, printContext());
    expect(text(out.html)).toContain('****5678 张三');
    expect(text(out.html)).toContain('没有这位顾客的记录');
  });
});
