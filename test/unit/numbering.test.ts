import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRecordNumber, normalizeRecordNumber, numbersHandedOut, parseRecordNumber, sequenceKey, sequencesReached } from '../../shared/domain/numbering';

// 2026-11-25 23:30 in Shanghai is still the 25th there, already the 25th 15:30 UTC.
const LATE_EVENING = Date.UTC(2026, 10, 25, 15, 30);

describe('record numbers', () => {
  it('are prefix, store, counter, store-local date and a padded sequence', () => {
    expect(formatRecordNumber('storage', 'S01', 'C2', LATE_EVENING, 7)).toBe('JC-S01-C2-261125-0007');
  });

  it('use the store time zone for the date, not UTC', () => {
    const justAfterMidnightShanghai = Date.UTC(2026, 10, 25, 16, 5);
    expect(formatRecordNumber('storage', 'S01', 'C2', justAfterMidnightShanghai, 1)).toContain('-261126-');
    expect(sequenceKey('storage', justAfterMidnightShanghai)).toBe('seq:JC:261126');
  });

  it('round-trip through parse for any store, counter and sequence', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z0-9]{2,6}$/),
        fc.stringMatching(/^[A-Z0-9]{1,4}$/),
        fc.integer({ min: 1, max: 999_999 }),
        (store, counter, seq) => {
          const n = formatRecordNumber('lostItem', store, counter, LATE_EVENING, seq);
          expect(parseRecordNumber(n)).toEqual({ prefix: 'SW', store, counter, date: '261125', sequence: seq });
        },
      ),
    );
  });

  it('accept what a Chinese input method or a scanner sends', () => {
    expect(normalizeRecordNumber(' ｊｃ－Ｓ０１－c2－261125－0007 ')).toBe('JC-S01-C2-261125-0007');
    expect(parseRecordNumber('jc-s01-c2-261125-0007')?.sequence).toBe(7);
  });

  it('reject malformed numbers', () => {
    for (const bad of ['', 'JC', 'JC-S01-C2-2611-0007', 'JC-S01-C2-261125-7', '12345', 'JC-S01-C2-261125-0007-1']) {
      expect(parseRecordNumber(bad)).toBeUndefined();
    }
  });

  it('refuse a sequence out of range', () => {
    expect(() => formatRecordNumber('storage', 'S01', 'C2', LATE_EVENING, 0)).toThrow(RangeError);
  });
});

describe('sequencesReached: the daily sequences a counter had reached, from the numbers it printed', () => {
  it('keeps the highest per type and day of this store and counter only', () => {
    const reached = sequencesReached(
      ['JC-S01-C1-261125-0007', 'jc-s01-c1-261125-0003', 'JC-S01-C1-261126-0001', 'TS-S01-C1-261125-0002', 'JC-S01-C2-261125-0099', 'JC-S02-C1-261125-0050', 'not a number'],
      'S01',
      'C1',
    );
    expect(Object.fromEntries(reached)).toEqual({ 'seq:JC:261125': 7, 'seq:JC:261126': 1, 'seq:TS:261125': 2 });
    expect(reached.get(sequenceKey('storage', Date.UTC(2026, 10, 25, 4), 'Asia/Shanghai'))).toBe(7);
  });

  it('reads the goods receipts a service call handed out too, so a replaced PC never prints the same LQ number again', () => {
    const entries = [
      { number: 'WX-S01-C1-261125-0001', customer: {} },
      { receiptNo: 'LQ-S01-C1-261125-0003', goods: '空调内机' },
      { copy: 'voucher' },
      null,
    ];
    const reached = sequencesReached(entries.flatMap(numbersHandedOut), 'S01', 'C1');
    expect(reached.get(sequenceKey('goodsReceipt', Date.UTC(2026, 10, 25, 4), 'Asia/Shanghai'))).toBe(3);
    expect(reached.get(sequenceKey('serviceCall', Date.UTC(2026, 10, 25, 4), 'Asia/Shanghai'))).toBe(1);
  });
});
