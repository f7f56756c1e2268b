import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectReceipt, type ReceiptEntry } from '../../shared/domain/sales/receipt';
import { factsOfBuckets, returnFactOf, withFact } from '../../shared/domain/returns/facts';
import { bandOf, summarizeMonth as summarizeFacts, summaryCsv, type BatchRule, type SummaryCsvLabels } from '../../shared/domain/returns/summary';
import type { ReturnLine, ReturnRecord } from '../../shared/domain/returns/types';
import { receiptEntry } from './returnsFixture';

const TZ = 'Asia/Shanghai';

/** The summary of full records, through the small fact rows the app reads. */
function summarizeMonth(records: ReturnRecord[], month: string, timeZone: string, rule?: BatchRule) {
  return summarizeFacts(records.map(returnFactOf), month, timeZone, rule);
}
let seq = 0;

function line(sku: string, quantity: number, unitPriceFen: number, category = 'grocery'): ReturnLine {
  return { sku, name: `商品${sku}`, category, quantity, unitPriceFen, amountFen: quantity * unitPriceFen, disposition: 'restock', quantityBought: quantity };
}

function record(at: number, lines: ReturnLine[], extra: Partial<ReturnRecord> = {}): ReturnRecord {
  seq += 1;
  const totalFen = lines.reduce((s, l) => s + l.amountFen, 0);
  return {
    id: `r${seq}`,
    number: `TH-S01-C1-261101-${String(seq).padStart(4, '0')}`,
    receiptNo: 'POS-1',
    purchaseDate: '2026-11-01',
    lines,
    reason: 'quality',
    condition: 'faulty',
    outcome: 'refund',
    refundMethod: 'cash',
    totalFen,
    refundFen: totalFen,
    exceptions: [],
    giftClawbacks: [],
    status: 'registered',
    registered: { by: '1001', at, counter: 'C1' },
    printCount: 0,
    pendingEntries: 0,
    ...extra,
  };
}

// 2026-11-01 00:00 in Shanghai.
const NOV = Date.UTC(2026, 9, 31, 16, 0);

describe('monthly summary', () => {
  it('counts the store-local month only, leaves reversed returns out, counts repairs and refusals by outcome only', () => {
    const records = [
      record(NOV - 1, [line('A', 1, 1000)]), // 31 Oct 23:59:59.999 in Shanghai
      record(NOV, [line('A', 2, 1000)]),
      record(NOV + 3600_000, [line('B', 1, 30_000, 'appliance')], { reason: 'damaged' }),
      record(NOV + 7200_000, [line('C', 1, 500)], { status: 'reversed' }),
      record(NOV + 9000_000, [line('D', 1, 500)], { outcome: 'refused', refundFen: 0 }),
      record(NOV + 9000_000, [line('E', 1, 500)], { outcome: 'repair', refundFen: 0 }),
      record(Date.UTC(2026, 10, 30, 16, 0), [line('A', 1, 1000)]), // 1 Dec 00:00 in Shanghai
    ];
    const s = summarizeMonth(records, '2026-11', TZ);
    expect(s).toMatchObject({ returns: 2, units: 3, totalFen: 32_000, refundFen: 32_000, reversed: 1 });
    expect(s.byOutcome).toEqual({ refund: 2, exchange: 0, repair: 1, refused: 1 });
    expect(s.byReason.find((r) => r.key === 'quality')).toEqual({ key: 'quality', returns: 1, units: 2, amountFen: 2000 });
    expect(s.byReason.find((r) => r.key === 'damaged')).toEqual({ key: 'damaged', returns: 1, units: 1, amountFen: 30_000 });
    expect(s.byReason).toHaveLength(7);
    expect(s.byCategory.map((r) => r.key)).toEqual(['appliance', 'grocery']);
    expect(s.byBand.map((b) => [b.key, b.returns])).toEqual([
      ['under50', 1],
      ['from50', 0],
      ['from200', 1],
      ['from1000', 0],
    ]);
  });

  it('keeps facts in hourly buckets and reads them back the same; a later version replaces the earlier', () => {
    const a = record(NOV + 60_000, [line('A', 2, 1250), line('B', 1, 99, 'clothing')]);
    const b = record(NOV + 120_000, [line('A', 1, 1)], { receiptNo: undefined });
    let bucket = withFact(withFact(undefined, returnFactOf(a)), returnFactOf(b));
    expect(bucket.hour).toBe(NOV);
    expect(factsOfBuckets([bucket])).toEqual([returnFactOf(a), returnFactOf(b)]);
    bucket = withFact(bucket, returnFactOf({ ...a, status: 'reversed' }));
    expect(factsOfBuckets([bucket]).map((f) => f.status)).toEqual(['reversed', 'registered']);
  });

  it('puts band edges in the higher band: 50.00 and 1000.00 yuan', () => {
    expect(bandOf(4999).code).toBe('under50');
    expect(bandOf(5000).code).toBe('from50');
    expect(bandOf(19_999).code).toBe('from50');
    expect(bandOf(20_000).code).toBe('from200');
    expect(bandOf(100_000).code).toBe('from1000');
  });

  it('a return with lines in two categories counts once per category, and its lines in each', () => {
    const s = summarizeMonth([record(NOV + 1, [line('A', 1, 100), line('B', 2, 100), line('X', 1, 900, 'clothing')])], '2026-11', TZ);
    expect(s.byCategory).toEqual([
      { key: 'clothing', returns: 1, units: 1, amountFen: 900 },
      { key: 'grocery', returns: 1, units: 3, amountFen: 300 },
    ]);
  });

  it('flags batch returns: one SKU 10+ units over the month, or one return of 5+ units; largest first', () => {
    const records = [
      ...Array.from({ length: 4 }, (_, i) => record(NOV + i, [line('MILK', 3, 500)])),
      record(NOV + 10, [line('KETTLE', 6, 9900, 'appliance')]),
      record(NOV + 11, [line('SOAP', 4, 300)]),
    ];
    const s = summarizeMonth(records, '2026-11', TZ);
    expect(s.batches).toEqual([
      { kind: 'sku', sku: 'MILK', name: '商品MILK', category: 'grocery', units: 12, amountFen: 6000, returns: 4, numbers: records.slice(0, 4).map((r) => r.number) },
      { kind: 'return', number: records[4]!.number, receiptNo: 'POS-1', units: 6, amountFen: 59_400, reason: 'quality' },
    ]);
    expect(summarizeMonth(records, '2026-11', TZ, { skuUnits: 100, returnUnits: 100 }).batches).toEqual([]);
  });


  it('a return with two lines of one SKU is one return of it, its number listed once', () => {
    const records = Array.from({ length: 3 }, (_, i) => record(NOV + i, [line('MILK', 2, 500), line('MILK', 2, 500)]));
    const [flag] = summarizeMonth(records, '2026-11', TZ, { skuUnits: 10, returnUnits: 100 }).batches;
    expect(flag).toMatchObject({ kind: 'sku', sku: 'MILK', units: 12, returns: 3, numbers: records.map((r) => r.number).sort() });
  });
  it('writes the summary as CSV with yuan amounts', () => {
    const s = summarizeMonth([record(NOV + 1, [line('A', 1, 1250)])], '2026-11', TZ);
    const labels: SummaryCsvLabels = {
      header: ['分类', '代码', '名称', '笔数', '件数', '金额(元)'],
      section: (x) => x,
      name: (section, key) => `${section}:${key}`,
    };
    const csv = summaryCsv(s, labels);
    expect(csv.startsWith('\uFEFF分类,代码,名称,笔数,件数,金额(元)\r\n')).toBe(true);
    expect(csv).toContain('total,2026-11,,1,1,12.50\r\n');
    expect(csv).toContain('reason,quality,reason:quality,1,1,12.50\r\n');
    expect(csv).toContain('band,under50,band:under50,1,1,12.50\r\n');
  });
});

describe('receipt refunds across counters (property)', () => {
  const bought = receiptEntry('lineRecorded', { sku: 'A', name: '电水壶', category: 'appliance', quantityBought: 3, unitPriceFen: 9900 }, 0);

  it('for any arrival order, a line is never refunded beyond the quantity bought and the conflicts are the same', () => {
    const refund = fc.record({ quantity: fc.integer({ min: 1, max: 3 }), wall: fc.integer({ min: 1, max: 10_000 }), counter: fc.constantFrom('C1', 'C2', 'C3') });
    const scenario = fc
      .array(refund, { minLength: 1, maxLength: 8 })
      .map((list) =>
        list.map((r, i): ReceiptEntry =>
          receiptEntry('refunded', { returnId: `ret-${i}`, returnNumber: `TH-${i}`, sku: 'A', quantity: r.quantity }, r.wall, r.counter, `${r.counter}-${i}`),
        ),
      )
      .chain((refunds) => fc.tuple(fc.constant(refunds), fc.shuffledSubarray([bought, ...refunds], { minLength: refunds.length + 1, maxLength: refunds.length + 1 })));
    fc.assert(
      fc.property(scenario, ([refunds, shuffled]) => {
        const reference = projectReceipt([bought, ...refunds])!;
        const state = projectReceipt(shuffled)!;
        const lineA = state.lines.A!;
        expect(lineA.refundedQuantity).toBeLessThanOrEqual(lineA.quantityBought);
        expect(lineA.refundedQuantity).toBe(reference.lines.A!.refundedQuantity);
        expect(state.conflicts).toEqual(reference.conflicts);
        // What was not applied is exactly what shows as a conflict.
        const applied = state.refunds.reduce((n, r) => n + r.quantity, 0);
        expect(applied).toBe(lineA.refundedQuantity);
        expect(state.refunds.length + state.conflicts.length).toBe(refunds.length);
        expect(state.conflicts.every((c) => c.kind === 'refundBeyondBought')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
