import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/entry';
import { buildDayClose, dayHashes } from '../../shared/domain/dayClose/close';
import type { MoneyLookups } from '../../shared/domain/dayClose/money';

const AT = Date.UTC(2026, 10, 30, 3);
const lookups: MoneyLookups = { returnOf: () => undefined, handoutOf: () => undefined, giftValueFen: () => 0 };
const carried = { storageHeld: 0, lostItemsKept: 0, complaintsOpen: 0, serviceCallsOpen: 0 };

const entry = fc.record({
  counter: fc.constantFrom('C1', 'C2', 'C3'),
  seq: fc.integer({ min: 1, max: 10_000 }),
  note: fc.string(),
  approvedBy: fc.option(fc.constant('9001'), { nil: undefined }),
});

describe('a close hashed by Web Crypto before its transaction', () => {
  it('signs the same hashes as hashing in script, for any entries and previous hashes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(entry, { selector: (e) => `${e.counter}/${e.seq}`, maxLength: 40 }), fc.string({ maxLength: 64 }), async (made, previous) => {
        const entries: Entry[] = made.map((e) => ({ id: `${e.counter}-${e.seq}`, recordType: 'storage', recordId: `r-${e.seq}`, type: 'deposited', schemaVersion: 1, store: 'S01', counter: e.counter, seq: e.seq, hlc: `${AT + e.seq}`, at: AT + e.seq, by: '1001', approvedBy: e.approvedBy, data: { note: e.note } }));
        const previousHashes = new Map([['C2', previous]]);
        const inputs = { day: '2026-11-30', entries, previousHashes, carried, notes: '', lookups };
        expect(buildDayClose({ ...inputs, hashes: await dayHashes(entries, previousHashes) })).toEqual(buildDayClose(inputs));
      }),
    );
  });
});
