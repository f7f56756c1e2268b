import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from '../../shared/domain/csv';
import { formatYuan, lineAmount, parseYuan } from '../../shared/domain/money';
import { daysSincePurchase, isCalendarDate, monthRange } from '../../shared/domain/returns/days';
import { allowedWithoutReceipt, evaluatePolicy, problemsOf } from '../../shared/domain/returns/policy';
import { checkReturnedLine, duplicateSkuIndex } from '../../shared/domain/returns/quantities';
import { threeGuaranteesAdvice } from '../../shared/domain/returns/threeGuarantees';
import { projectReceipt } from '../../shared/domain/sales/receipt';
import { DEFAULT_RETURN_POLICY } from '../../shared/domain/store';
import { returnInput, returnPolicyInput } from '../../shared/schema/returns';
import { fieldErrors } from '../../shared/schema/common';
import { receiptEntry } from './returnsFixture';

const TZ = 'Asia/Shanghai';
// 2026-11-25 10:00 in Shanghai.
const NOW = Date.UTC(2026, 10, 25, 2, 0);

describe('store-local days', () => {
  it('counts calendar days in the store zone, not 24-hour spans', () => {
    expect(daysSincePurchase('2026-11-25', NOW, TZ)).toBe(0);
    expect(daysSincePurchase('2026-11-18', NOW, TZ)).toBe(7);
    // 00:30 on the 26th in Shanghai is still the 25th in UTC: the store's day counts.
    expect(daysSincePurchase('2026-11-25', Date.UTC(2026, 10, 25, 16, 30), TZ)).toBe(1);
    expect(daysSincePurchase('2026-11-26', NOW, TZ)).toBe(-1);
  });

  it('knows a real date from a made-up one', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('26-2-1')).toBe(false);
  });

  it('gives a month as the store-local instants [start, end)', () => {
    expect(monthRange('2026-11', TZ)).toEqual({ start: Date.UTC(2026, 9, 31, 16), end: Date.UTC(2026, 10, 30, 16) });
    expect(monthRange('2026-12', TZ).end).toBe(Date.UTC(2026, 11, 31, 16));
    expect(() => monthRange('2026-13', TZ)).toThrow(RangeError);
  });
});

describe('money', () => {
  it('parses yuan with at most two decimals into integer fen', () => {
    expect(parseYuan('12.5')).toBe(1250);
    expect(parseYuan('¥1,299.99')).toBe(129_999);
    expect(parseYuan('0.1')).toBe(10);
    expect(parseYuan('12.345')).toBeUndefined();
    expect(parseYuan('-3')).toBeUndefined();
    expect(parseYuan('abc')).toBeUndefined();
    expect(formatYuan(129_999)).toBe('1299.99');
  });

  it('computes line amounts exactly (no 0.1 + 0.2 drift)', () => {
    expect(lineAmount(3, parseYuan('0.10')!)).toBe(30);
    expect(lineAmount(7, parseYuan('19.99')!)).toBe(13_993);
  });
});

describe('return policy', () => {
  const line = (category: string, quantity = 1, unitPriceFen = 1000) => ({ category, quantity, unitPriceFen });
  const check = (overrides: Partial<Parameters<typeof evaluatePolicy>[0]> = {}) =>
    evaluatePolicy({ hasReceipt: true, purchaseDate: '2026-11-20', outcome: 'refund', lines: [line('grocery')], ...overrides }, DEFAULT_RETURN_POLICY, NOW, TZ);

  it('a return within the window, of a returnable category, under the limit, has no problem', () => {
    expect(check()).toEqual([]);
  });

  it('day 7 is inside the default 7-day window, day 8 is outside', () => {
    expect(check({ purchaseDate: '2026-11-18' })).toEqual([]);
    expect(check({ purchaseDate: '2026-11-17' })).toEqual([{ problem: 'outsideWindow', days: 8, windowDays: 7 }]);
  });

  it('lists every problem: no receipt, outside window, non-returnable category, over the approval amount', () => {
    const findings = check({ hasReceipt: false, purchaseDate: '2026-10-01', lines: [line('fresh'), line('tobacco', 2, 30_000)] });
    expect(problemsOf(findings)).toEqual(['noReceipt', 'outsideWindow', 'nonReturnableCategory', 'overApprovalAmount']);
    expect(findings[2]).toMatchObject({ categories: [{ code: 'fresh' }, { code: 'tobacco' }] });
    expect(findings[3]).toEqual({ problem: 'overApprovalAmount', amountFen: 61_000, limitFen: 50_000 });
  });

  it('the approval amount is a limit: exactly the limit needs no supervisor, one fen more does', () => {
    expect(check({ lines: [line('grocery', 1, 50_000)] })).toEqual([]);
    expect(problemsOf(check({ lines: [line('grocery', 1, 50_001)] }))).toEqual(['overApprovalAmount']);
  });

  it('repairs and refusals give nothing away and need no exception', () => {
    expect(check({ outcome: 'refused', hasReceipt: false, purchaseDate: '2025-01-01' })).toEqual([]);
    expect(check({ outcome: 'repair', purchaseDate: '2025-01-01' })).toEqual([]);
  });

  it('without a receipt: store credit or exchange only', () => {
    expect(allowedWithoutReceipt('refund', 'storeCredit')).toBe(true);
    expect(allowedWithoutReceipt('exchange', undefined)).toBe(true);
    expect(allowedWithoutReceipt('refund', 'cash')).toBe(false);
    expect(allowedWithoutReceipt('refund', 'originalPayment')).toBe(false);
    expect(allowedWithoutReceipt('repair', undefined)).toBe(false);
  });
});

describe('三包 advice', () => {
  const advice = (days: number, failedRepairs = 0, durable = true, performanceFault = true) =>
    threeGuaranteesAdvice({ durable, performanceFault, daysSincePurchase: days, failedRepairs });

  it('within 7 days (day 7 included): return, exchange or repair', () => {
    expect(advice(0)).toEqual({ kind: 'within7Days', remedies: ['return', 'exchange', 'repair'] });
    expect(advice(7).kind).toBe('within7Days');
  });

  it('day 8 to day 15: exchange or repair', () => {
    expect(advice(8)).toEqual({ kind: 'within15Days', remedies: ['exchange', 'repair'] });
    expect(advice(15).kind).toBe('within15Days');
  });

  it('after day 15: nothing, unless two repairs failed under warranty', () => {
    expect(advice(16)).toEqual({ kind: 'none', remedies: [] });
    expect(advice(16, 1).kind).toBe('none');
    expect(advice(200, 2)).toEqual({ kind: 'failedRepairs', remedies: ['replacement', 'refund'] });
    expect(advice(10, 2).kind).toBe('failedRepairs');
  });

  it('only for durable goods with a performance fault', () => {
    expect(advice(1, 0, false).kind).toBe('notDurable');
    expect(advice(1, 0, true, false).kind).toBe('noFault');
  });
});

describe('receipt quantities', () => {
  const receipt = projectReceipt([
    receiptEntry('lineRecorded', { sku: '6901', name: '电水壶', category: 'appliance', quantityBought: 3, unitPriceFen: 9900 }, 1),
    receiptEntry('refunded', { returnId: 'r1', returnNumber: 'TH-1', sku: '6901', quantity: 2 }, 2),
  ]);

  it('a new line is checked against the quantity typed from the receipt', () => {
    expect(checkReturnedLine(undefined, { sku: 'X', quantityBought: 2, unitPriceFen: 100, quantity: 2 }, true)).toEqual({ ok: true, known: false });
  });

  it('says how many are left of a line refunded before', () => {
    expect(checkReturnedLine(receipt, { sku: '6901', quantityBought: 3, unitPriceFen: 9900, quantity: 1 }, true)).toEqual({ ok: true, known: true });
    expect(checkReturnedLine(receipt, { sku: '6901', quantityBought: 3, unitPriceFen: 9900, quantity: 2 }, true)).toEqual({
      ok: false,
      reason: 'beyondBought',
      left: 1,
      bought: 3,
    });
  });

  it('a refusal or a repair takes nothing off the line', () => {
    expect(checkReturnedLine(receipt, { sku: '6901', quantityBought: 3, unitPriceFen: 9900, quantity: 3 }, false).ok).toBe(true);
  });

  it('a line typed differently from what the receipt recorded is refused', () => {
    expect(checkReturnedLine(receipt, { sku: '6901', quantityBought: 5, unitPriceFen: 9900, quantity: 1 }, true)).toMatchObject({
      reason: 'lineMismatch',
      quantityBought: 3,
    });
  });

  it('finds a repeated SKU', () => {
    expect(duplicateSkuIndex([{ sku: 'A' }, { sku: 'B' }, { sku: 'A' }])).toBe(2);
    expect(duplicateSkuIndex([{ sku: 'A' }])).toBe(-1);
  });
});

describe('return input schema', () => {
  const line = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
  const base = { receiptNo: 'pos-0012-3456', purchaseDate: '2026-11-20', lines: [line], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'cash' };
  const errors = (raw: unknown) => {
    const r = returnInput.safeParse(raw);
    return r.success ? {} : fieldErrors(r.error);
  };

  it('normalizes the receipt number and turns yuan into fen', () => {
    const input = returnInput.parse({ ...base, receiptNo: 'ｐｏｓ－0012 3456' });
    expect(input.receiptNo).toBe('POS-00123456');
    expect(input.lines[0]).toMatchObject({ quantity: 1, quantityBought: 2, unitPrice: 9990 });
  });

  it('refuses bad input at the field', () => {
    expect(errors({ ...base, receiptNo: 'AB' })).toMatchObject({ receiptNo: 'error.receiptNo' });
    expect(errors({ ...base, purchaseDate: '2026-02-30' })).toMatchObject({ purchaseDate: 'error.date' });
    expect(errors({ ...base, lines: [{ ...line, quantity: '0' }] })).toMatchObject({ 'lines.0.quantity': 'error.quantity' });
    expect(errors({ ...base, lines: [{ ...line, quantity: '-1' }] })).toMatchObject({ 'lines.0.quantity': 'error.quantity' });
    expect(errors({ ...base, lines: [{ ...line, quantity: '1.5' }] })).toMatchObject({ 'lines.0.quantity': 'error.quantity' });
    expect(errors({ ...base, lines: [{ ...line, quantity: '3' }] })).toMatchObject({ 'lines.0.quantity': 'error.moreThanBought' });
    expect(errors({ ...base, lines: [{ ...line, unitPrice: '9.999' }] })).toMatchObject({ 'lines.0.unitPrice': 'error.amount' });
    expect(errors({ ...base, lines: [{ ...line, unitPrice: '0' }] })).toMatchObject({ 'lines.0.unitPrice': 'error.amountZero' });
    expect(errors({ ...base, lines: [] })).toMatchObject({ lines: 'error.noLines' });
    expect(errors({ ...base, lines: [line, line] })).toMatchObject({ 'lines.1.sku': 'error.duplicateLine' });
  });

  it('asks for what the choices need', () => {
    expect(errors({ ...base, receiptNo: '' })).toMatchObject({ receiptNo: 'error.required' });
    expect(errors({ ...base, reason: 'other' })).toMatchObject({ reasonText: 'error.required' });
    expect(errors({ ...base, refundMethod: '' })).toMatchObject({ refundMethod: 'error.required' });
    expect(errors({ ...base, outcome: 'refused' })).toMatchObject({ refusalReason: 'error.required' });
    expect(errors({ ...base, outcome: 'exchange' })).toMatchObject({ 'exchangeItem.sku': 'error.required' });
    expect(errors({ ...base, noReceipt: true, receiptNo: '' })).toMatchObject({ refundMethod: 'error.noReceiptRefund' });
    expect(errors({ ...base, noReceipt: true, receiptNo: '', refundMethod: 'storeCredit' })).toEqual({});
  });

  it('keeps only what the outcome uses', () => {
    const input = returnInput.parse({ ...base, outcome: 'refused', refusalReason: '已使用', exchangeItem: { sku: '1', name: 'x', quantity: '1', unitPrice: '1' } });
    expect(input.refundMethod).toBeUndefined();
    expect(input.exchangeItem).toBeUndefined();
  });

  it('reads a policy with the approval amount in yuan and refuses repeated category codes', () => {
    const cat = { code: 'fresh', name: '生鲜', durable: false, nonReturnable: true };
    expect(returnPolicyInput.parse({ returnWindowDays: '15', approvalAmount: '300', categories: [cat] })).toEqual({
      returnWindowDays: 15,
      approvalAmount: 30_000,
      categories: [cat],
    });
    const r = returnPolicyInput.safeParse({ returnWindowDays: '-1', approvalAmount: '1.234', categories: [cat, cat] });
    expect(r.success ? {} : fieldErrors(r.error)).toEqual({ returnWindowDays: 'error.windowDays', approvalAmount: 'error.amount', 'categories.1.code': 'error.duplicateCategory' });
  });
});

describe('CSV writer', () => {
  it('quotes commas, quotes and line breaks, and starts with a BOM', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说 "好"')).toBe('"说 ""好"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(undefined)).toBe('');
    expect(toCsv(['名称', '数量'], [['电水壶', 2]])).toBe(`${UTF8_BOM}名称,数量\r\n电水壶,2\r\n`);
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });

  it('defuses spreadsheet formulas in text cells', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+86')).toBe("'+86");
  });
});
