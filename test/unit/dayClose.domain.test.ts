import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entry, RecordType } from '../../shared/domain/entry';
import { buildDayClose, missingSeqs } from '../../shared/domain/dayClose/close';
import { checkDayClose } from '../../shared/domain/dayClose/check';
import { counterDayHash } from '../../shared/domain/dayClose/hash';
import { correctionDay, isLateForClose, isLockedByClose } from '../../shared/domain/dayClose/lock';
import { dayMoney, type MoneyLookups } from '../../shared/domain/dayClose/money';
import { applyDayCloseEntry } from '../../shared/domain/dayClose/projection';
import type { DayCloseEntry } from '../../shared/domain/dayClose/types';
import { sha256Hex } from '../../shared/domain/sha256';

const AT = Date.UTC(2026, 10, 30, 3); // 2026-11-30 11:00 Shanghai

function entry(counter: string, seq: number, recordType: RecordType, type: string, data: unknown = {}, extra: Partial<Entry> = {}): Entry {
  return { id: `${counter}-${seq}`, recordType, recordId: `${recordType}-${counter}-${seq}`, type, schemaVersion: 1, store: 'S01', counter, seq, hlc: `${AT + seq}`, at: AT + seq * 1000, by: '1001', data, ...extra };
}

const refund = (counter: string, seq: number, refundFen: number, refundMethod: string) =>
  entry(counter, seq, 'returnRecord', 'registered', { outcome: 'refund', refundMethod, refundFen, totalFen: refundFen });
const handout = (counter: string, seq: number, giftId: string, quantity = 1) => entry(counter, seq, 'handout', 'handedOut', { campaignId: 'c1', giftId, quantity });

const lookups: MoneyLookups = {
  returnOf: (id) => (id === 'old-return' ? { outcome: 'refund', refundMethod: 'cash', refundFen: 5000 } : undefined),
  handoutOf: (id) => (id === 'old-handout' ? { campaignId: 'c1', giftId: 'towel', quantity: 1 } : undefined),
  giftValueFen: (_c, giftId) => (giftId === 'towel' ? 1500 : 800),
};

const carried = { storageHeld: 2, lostItemsKept: 1, complaintsOpen: 3, serviceCallsOpen: 4 };

describe('the money of a counter day, per method (hand-computed)', () => {
  it('refunds by method, store credit, service fees and gift value, reversals taken off', () => {
    const money = dayMoney(
      [
        refund('C1', 1, 12_000, 'cash'),
        refund('C1', 2, 3_000, 'originalPayment'),
        refund('C1', 3, 2_500, 'storeCredit'),
        entry('C1', 4, 'returnRecord', 'registered', { outcome: 'exchange', refundFen: 0 }),
        { ...entry('C1', 5, 'returnRecord', 'reversed', { reason: 'wrong' }), recordId: 'old-return' },
        handout('C1', 6, 'towel', 2),
        handout('C1', 7, 'cup'),
        { ...entry('C1', 8, 'handout', 'reversed', { reason: 'x' }), recordId: 'old-handout' },
        entry('C1', 9, 'serviceCall', 'visitRecorded', { feeFen: 8_000 }),
        entry('C1', 10, 'serviceCall', 'goodsReturned', { feeFen: 4_500 }),
        entry('C1', 11, 'storage', 'deposited', {}),
      ],
      lookups,
    );
    expect(money).toEqual({ refundsFen: { cash: 12_000 - 5_000, originalPayment: 3_000 }, storeCreditFen: 2_500, serviceFeesFen: 12_500, giftValueFen: 2 * 1500 + 800 - 1500 });
  });
});

describe('the close of a day', () => {
  const entries = [refund('C1', 7, 1000, 'cash'), entry('C1', 8, 'storage', 'deposited'), entry('C1', 10, 'storage', 'released'), entry('C2', 3, 'complaint', 'received'), handout('C2', 4, 'cup')];

  it('counts per counter and area, notes the gap, links each counter to its previous close', () => {
    const close = buildDayClose({ day: '2026-11-30', entries, previousHashes: new Map([['C1', 'abc']]), carried, notes: '  C2 till short ¥5 ', lookups });
    expect(close.notes).toBe('C2 till short ¥5');
    expect(close.carried).toEqual(carried);
    const [c1, c2] = close.counters;
    expect(c1).toMatchObject({ counter: 'C1', entries: 3, firstSeq: 7, lastSeq: 10, missingSeqs: [9], areas: { returnRecord: 1, storage: 2 }, previousHash: 'abc' });
    expect(c1!.money.refundsFen).toEqual({ cash: 1000 });
    expect(c2).toMatchObject({ counter: 'C2', entries: 2, firstSeq: 3, lastSeq: 4, missingSeqs: [], previousHash: '' });
    expect(c2!.money.giftValueFen).toBe(800);
    expect(c1!.hash).toBe(counterDayHash('abc', entries.filter((e) => e.counter === 'C1')));
  });

  it('the hash chains: SHA-256 of the previous hash and the entries in sequence order', () => {
    const c2 = entries.filter((e) => e.counter === 'C2');
    const lines = c2.map((e) => JSON.stringify({ approvedBy: undefined, at: e.at, by: e.by, data: e.data, hlc: e.hlc, id: e.id, recordId: e.recordId, recordType: e.recordType, seq: e.seq, type: e.type }));
    expect(counterDayHash('prev', c2)).toBe(sha256Hex(['prev', ...lines].join('\n')));
    expect(counterDayHash('other', c2)).not.toBe(counterDayHash('prev', c2));
    const changed = c2.map((e) => (e.seq === 4 ? { ...e, data: { campaignId: 'c1', giftId: 'towel', quantity: 1 } } : e));
    expect(counterDayHash('prev', changed)).not.toBe(counterDayHash('prev', c2));
  });

  it('any arrival order of the same entries gives the same close (property)', () => {
    const base = buildDayClose({ day: '2026-11-30', entries, previousHashes: new Map(), carried, notes: '', lookups });
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), (shuffled) => {
        expect(buildDayClose({ day: '2026-11-30', entries: shuffled, previousHashes: new Map(), carried, notes: '', lookups })).toEqual(base);
      }),
      { numRuns: 40 },
    );
  });

  it('gaps: every sequence number missing between the first and the last', () => {
    expect(missingSeqs([{ seq: 1 }, { seq: 4 }, { seq: 5 }, { seq: 7 }])).toEqual([2, 3, 6]);
    expect(missingSeqs([])).toEqual([]);
  });
});

describe('the lock of a signed day', () => {
  const close = { counters: [{ counter: 'C1', entries: 3, firstSeq: 7, lastSeq: 10, missingSeqs: [9] }] } as unknown as Parameters<typeof isLateForClose>[1];

  it('locks the business, not the set-up', () => {
    expect(isLockedByClose('returnRecord')).toBe(true);
    expect(isLockedByClose('serviceCall')).toBe(true);
    expect(isLockedByClose('staff')).toBe(false);
    expect(isLockedByClose('dayClose')).toBe(false);
  });

  it('a business entry the close did not count is late: a counter not in it, beyond it, or in a gap it noted', () => {
    expect(isLateForClose({ counter: 'C1', seq: 8, recordType: 'storage' }, close)).toBe(false);
    expect(isLateForClose({ counter: 'C1', seq: 9, recordType: 'storage' }, close)).toBe(true);
    expect(isLateForClose({ counter: 'C1', seq: 11, recordType: 'storage' }, close)).toBe(true);
    expect(isLateForClose({ counter: 'C3', seq: 1, recordType: 'complaint' }, close)).toBe(true);
    expect(isLateForClose({ counter: 'C1', seq: 11, recordType: 'staff' }, close)).toBe(false);
  });

  it('a reversal of work from a closed earlier day corrects that day; other entries correct nothing', () => {
    const closed = (day: string) => day === '2026-11-29';
    expect(correctionDay({ recordType: 'returnRecord', type: 'reversed' }, '2026-11-29', '2026-11-30', closed)).toBe('2026-11-29');
    expect(correctionDay({ recordType: 'handout', type: 'reversed' }, '2026-11-28', '2026-11-30', closed)).toBeUndefined();
    expect(correctionDay({ recordType: 'storage', type: 'released' }, '2026-11-29', '2026-11-30', closed)).toBeUndefined();
    expect(correctionDay({ recordType: 'returnRecord', type: 'reversed' }, '2026-11-30', '2026-11-30', () => true)).toBeUndefined();
  });

  it('a second close of the same day is kept as a conflict, the first stands', () => {
    const data = { day: '2026-11-30', counters: [], carried, notes: '' };
    const first = { ...entry('C1', 20, 'dayClose', 'closed', data), recordId: '2026-11-30' } as DayCloseEntry;
    const second = { ...entry('C2', 9, 'dayClose', 'closed', { ...data, notes: 'again' }), recordId: '2026-11-30' } as DayCloseEntry;
    const state = applyDayCloseEntry(applyDayCloseEntry(undefined, first), second);
    expect(state).toMatchObject({ id: '2026-11-30', closedBy: '1001', closedAtCounter: 'C1', notes: '', conflicts: [{ entryId: second.id, counter: 'C2' }] });
  });
});

describe('the check of a signed day', () => {
  const day = [entry('C1', 1, 'storage', 'deposited'), entry('C1', 2, 'returnRecord', 'registered', { outcome: 'refused', refundFen: 0 }), entry('C2', 1, 'complaint', 'received')];

  it('matches while nothing changed; shows a changed entry, a late entry and a broken link at their counter', () => {
    const close = buildDayClose({ day: '2026-11-30', entries: day, previousHashes: new Map([['C1', 'h0']]), carried, notes: '', lookups });
    const ok = checkDayClose(close, day, new Map([['C1', 'h0']]));
    expect(ok.map((c) => [c.counter, c.hashMatches, c.chainMatches, c.late.length])).toEqual([
      ['C1', true, true, 0],
      ['C2', true, true, 0],
    ]);
    const tampered = day.map((e) => (e.seq === 2 && e.counter === 'C1' ? { ...e, by: '9999' } : e));
    const late = entry('C2', 2, 'complaint', 'received');
    const setup = entry('C2', 3, 'staff', 'created');
    const bad = checkDayClose(close, [...tampered, late, setup], new Map([['C1', 'h1']]));
    expect(bad.find((c) => c.counter === 'C1')).toMatchObject({ hashMatches: false, chainMatches: false });
    expect(bad.find((c) => c.counter === 'C2')).toMatchObject({ hashMatches: true, late: [late], after: 1 });
  });
});
