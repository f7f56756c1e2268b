// The same entries, arriving in any order and in any batches (sync), give the same facts and the same report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countIntoFacts, type DeskFact } from '../../shared/domain/dayLog/facts';
import type { Entry, RecordType } from '../../shared/domain/entry';
import { buildSupervisorReport } from '../../shared/domain/reports/build';
import { reportPeriod } from '../../shared/domain/reports/period';
import { names, rows, rules, sh } from './reports.fixture';

const TZ = 'Asia/Shanghai';
const ACTIONS: readonly [RecordType, string][] = [
  ['storage', 'deposited'],
  ['storage', 'released'],
  ['returnRecord', 'registered'],
  ['receipt', 'refunded'],
  ['receipt', 'giftIssued'],
  ['handout', 'handedOut'],
  ['complaint', 'recorded'],
  ['serviceCall', 'visitRecorded'],
  ['survey', 'sent'],
  ['staff', 'created'],
];

type Counted = Pick<Entry, 'recordType' | 'type' | 'counter' | 'at'>;

const entry = fc.record({
  action: fc.constantFrom(...ACTIONS),
  counter: fc.constantFrom('C1', 'C2', 'C3', 'C4'),
  // 10-31 October to 5 December: across the month's edges, at any minute (midnights included).
  at: fc.integer({ min: sh(-20, 0), max: sh(35, 23, 59) }),
}).map(({ action: [recordType, type], counter, at }): Counted => ({ recordType, type, counter, at }));

/** Counted as the write path and sync do: batch by batch, each into the facts stored so far. */
function countInBatches(entries: readonly Counted[], sizes: readonly number[]): DeskFact[] {
  const stored = new Map<string, DeskFact>();
  let i = 0;
  for (let b = 0; i < entries.length; b++) {
    const size = Math.max(1, sizes[b % Math.max(1, sizes.length)] ?? 1);
    for (const f of countIntoFacts(stored, entries.slice(i, i + size), TZ)) stored.set(f.key, f);
    i += size;
  }
  return [...stored.values()];
}

describe('reports from facts counted in any order', () => {
  it('the month, a week and a counter read the same, whatever order and batches the entries came in', () => {
    const sameEntries = fc.array(entry, { maxLength: 120 }).chain((es) =>
      fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }), fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 8 })),
    );
    fc.assert(
      fc.property(sameEntries, ([inOrder, shuffled, batches]) => {
        const a = countInBatches(inOrder, [inOrder.length]);
        const b = countInBatches(shuffled, batches);
        for (const [kind, scope] of [['month', {}], ['week', {}], ['day', { counter: 'C3' }], ['month', { area: 'gifts' }]] as const) {
          const period = reportPeriod(kind, '2026-11-30', TZ)!;
          // The fact rows come back from IndexedDB in key order, not in the order they were counted.
          const one = buildSupervisorReport({ ...rows, facts: a }, period, scope, rules, names);
          const other = buildSupervisorReport({ ...rows, facts: [...b].reverse() }, period, scope, rules, names);
          expect(other).toEqual(one);
        }
        // And the counts are the entries': every entry of the month is in the month's total.
        const month = reportPeriod('month', '2026-11-30', TZ)!;
        const inMonth = inOrder.filter((e) => e.at >= month.start && e.at < month.end).length;
        expect(buildSupervisorReport({ ...rows, facts: b }, month, {}, rules, names).sections[0]!.figures[0]!.value).toBe(inMonth);
      }),
      { numRuns: 150 },
    );
  });

  it('the other rows in any order give the same report too', () => {
    const shuffle = <T>(list: readonly T[]) => fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
    fc.assert(
      fc.property(fc.tuple(shuffle(rows.complaints), shuffle(rows.jobs), shuffle(rows.opinions), shuffle(rows.surveys), shuffle(rows.returns), shuffle(rows.handouts), shuffle(rows.facts)), ([complaints, jobs, opinions, surveys, returns, handouts, facts]) => {
        const period = reportPeriod('week', '2026-11-25', TZ)!;
        const shuffled = { ...rows, complaints, jobs, opinions, surveys, returns, handouts, facts };
        expect(buildSupervisorReport(shuffled, period, {}, rules, names)).toEqual(buildSupervisorReport(rows, period, {}, rules, names));
      }),
      { numRuns: 50 },
    );
  });
});
