import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectGiftStock } from '../../shared/domain/gifts/projection';
import type { GiftStockEntry } from '../../shared/domain/gifts/types';
import { stockEntry, T0 } from './giftsFixtures';

const issue = (wall: number, counter: string, handout: string, quantity = 1) =>
  stockEntry('issued', { handoutId: handout, handoutNumber: `ZP-${handout}`, quantity }, wall, counter);

describe('gift stock projection', () => {
  it('remaining = received − issued + returned + adjusted', () => {
    const s = projectGiftStock([
      stockEntry('received', { quantity: 10 }, T0),
      issue(T0 + 1, 'C1', 'h1'),
      issue(T0 + 2, 'C1', 'h2', 2),
      stockEntry('returned', { handoutId: 'h1', quantity: 1 }, T0 + 3),
      stockEntry('adjusted', { quantity: -1, reason: '破损' }, T0 + 4),
    ])!;
    expect(s).toMatchObject({ received: 10, issued: 3, returned: 1, adjusted: -1, remaining: 7, conflicts: [] });
  });

  it('two counters handing out the last gift offline: the later issue is a conflict (stock alarm), not counted', () => {
    const a = issue(T0 + 10, 'C1', 'h1');
    const b = issue(T0 + 20, 'C2', 'h2');
    const s = projectGiftStock([b, stockEntry('received', { quantity: 1 }, T0), a])!;
    expect(s.remaining).toBe(0);
    expect(s.issued).toBe(1);
    expect(s.conflicts).toEqual([{ entryId: b.id, kind: 'belowZero', handoutId: 'h2', handoutNumber: 'ZP-h2', by: 'staff-C2', at: T0 + 20, counter: 'C2' }]);
  });

  it('reversing a handout whose issue was never counted puts nothing back, and its alarm stays', () => {
    const counted = issue(T0 + 10, 'C1', 'h1');
    const uncounted = issue(T0 + 20, 'C2', 'h2');
    const s = projectGiftStock([
      stockEntry('received', { quantity: 1 }, T0),
      counted,
      uncounted,
      stockEntry('returned', { handoutId: 'h2', quantity: 1 }, T0 + 30, 'C2'),
    ])!;
    expect(s).toMatchObject({ issued: 1, returned: 0, remaining: 0 });
    expect(s.conflicts.map((c) => c.handoutId)).toEqual(['h2']);
  });

  it('a negative adjustment is clamped at zero', () => {
    const s = projectGiftStock([stockEntry('received', { quantity: 2 }, T0), stockEntry('adjusted', { quantity: -5, reason: '盘亏' }, T0 + 1)])!;
    expect(s).toMatchObject({ remaining: 0, adjusted: -2 });
  });

  it('an entry of a newer schema waits and is not applied', () => {
    const newer = { ...stockEntry('received', { quantity: 5 }, T0 + 1), schemaVersion: 99 } as GiftStockEntry;
    const s = projectGiftStock([stockEntry('received', { quantity: 1 }, T0), newer])!;
    expect(s).toMatchObject({ remaining: 1, pendingEntries: 1 });
  });

  /** Random stock histories over three counters. */
  const histories = fc
    .array(
      fc.record({
        kind: fc.constantFrom('received', 'issued', 'returned', 'adjusted'),
        quantity: fc.integer({ min: 1, max: 5 }),
        sign: fc.boolean(),
        wall: fc.integer({ min: 0, max: 50 }),
        counter: fc.constantFrom('C1', 'C2', 'C3'),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((steps) =>
      steps.map((s, i): GiftStockEntry => {
        const wall = T0 + s.wall;
        switch (s.kind) {
          case 'received':
            return stockEntry('received', { quantity: s.quantity }, wall, s.counter);
          case 'issued':
            return issue(wall, s.counter, `h${i}`, s.quantity);
          case 'returned':
            return stockEntry('returned', { handoutId: `h${i}`, quantity: s.quantity }, wall, s.counter);
          case 'adjusted':
            return stockEntry('adjusted', { quantity: s.sign ? s.quantity : -s.quantity, reason: 'count' }, wall, s.counter);
        }
      }),
    );

  it('property: any arrival order of the same entries gives the same stock, and remaining is never negative', () => {
    fc.assert(
      fc.property(
        histories.chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }))),
        ([entries, shuffled]) => {
          const a = projectGiftStock(entries)!;
          const b = projectGiftStock(shuffled)!;
          expect(b).toEqual(a);
          expect(a.remaining).toBeGreaterThanOrEqual(0);
          // The identity the reconciliation relies on holds in every state.
          expect(a.remaining).toBe(a.received - a.issued + a.returned + a.adjusted);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: every prefix of the history (as each counter saw it) keeps remaining ≥ 0', () => {
    fc.assert(
      fc.property(histories, (entries) => {
        for (let i = 1; i <= entries.length; i += 1) expect(projectGiftStock(entries.slice(0, i))!.remaining).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});
