import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberClashOf, type NumberHolder } from '../../shared/domain/numberClash';

const N = 'JC-S01-C1-261125-0001';
const a: NumberHolder = { recordId: '01a', counter: 'C1', by: '1001', at: 1_000 };
const b: NumberHolder = { recordId: '01b', counter: 'C1', by: '1002', at: 5_000 };
const c: NumberHolder = { recordId: '01c', counter: 'C1', by: '1001', at: 3_000 };

describe('a number used twice', () => {
  it('is no clash while one record holds it (or the same record twice)', () => {
    expect(numberClashOf(N, 'storage', [])).toBeUndefined();
    expect(numberClashOf(N, 'storage', [a])).toBeUndefined();
    expect(numberClashOf(N, 'storage', [a, { ...a }])).toBeUndefined();
  });

  it('is one clash naming every record holding it, by record id, first seen when the second record was made', () => {
    expect(numberClashOf(N, 'storage', [b, a])).toEqual({ number: N, recordType: 'storage', records: [a, b], firstSeenAt: 5_000 });
    // A third record joins the same clash; the number was used twice as soon as the second of the three was made.
    expect(numberClashOf(N, 'storage', [b, c, a])).toEqual({ number: N, recordType: 'storage', records: [a, b, c], firstSeenAt: 3_000 });
  });

  it('is the same whatever order the holders come in (every counter keeps the same row)', () => {
    const holder = fc.record({ recordId: fc.constantFrom('r1', 'r2', 'r3', 'r4'), counter: fc.constantFrom('C1', 'C2'), by: fc.constantFrom('1001', '1002'), at: fc.integer({ min: 0, max: 10 }) });
    const holdersAndShuffled = fc
      .array(holder, { maxLength: 8 })
      .chain((hs) => fc.tuple(fc.constant(hs), fc.shuffledSubarray(hs, { minLength: hs.length, maxLength: hs.length })));
    fc.assert(
      fc.property(holdersAndShuffled, ([holders, shuffled]) => {
        const clash = numberClashOf(N, 'complaint', holders);
        expect(numberClashOf(N, 'complaint', shuffled)).toEqual(clash);
        expect(clash === undefined).toBe(new Set(holders.map((h) => h.recordId)).size < 2);
      }),
    );
  });
});
