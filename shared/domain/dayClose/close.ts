import type { Entry } from '../entry';
import { counterDayHash, counterDayHashes } from './hash';
import { dayMoney, type MoneyLookups } from './money';
import type { CarriedItems, CounterDay, DayClosedData } from './types';

export interface DayCloseInputs {
  readonly day: string;
  /** The day's entries of every counter this copy holds (any order). */
  readonly entries: readonly Entry[];
  /** Each counter's hash at its last close before the day. */
  readonly previousHashes: ReadonlyMap<string, string>;
  readonly carried: CarriedItems;
  readonly notes: string;
  readonly lookups: MoneyLookups;
  /** Each counter's hash made beforehand from these entries and previous hashes (dayHashes); made here when absent. */
  readonly hashes?: ReadonlyMap<string, string> | undefined;
}

/** Entries per counter, in sequence order (the order they were made, whatever order they arrived in). */
export function byCounter(entries: readonly Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = groups.get(e.counter);
    if (list) list.push(e);
    else groups.set(e.counter, [e]);
  }
  for (const list of groups.values()) list.sort((a, b) => a.seq - b.seq);
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Sequence numbers between the first and the last that are not among the entries. */
export function missingSeqs(sorted: readonly Pick<Entry, 'seq'>[]): number[] {
  const missing: number[] = [];
  for (let i = 1; i < sorted.length; i++) for (let s = sorted[i - 1]!.seq + 1; s < sorted[i]!.seq; s++) missing.push(s);
  return missing;
}

export function counterDay(counter: string, sorted: readonly Entry[], previousHash: string, lookups: MoneyLookups, hash = counterDayHash(previousHash, sorted)): CounterDay {
  const areas: Record<string, number> = {};
  for (const e of sorted) areas[e.recordType] = (areas[e.recordType] ?? 0) + 1;
  return {
    counter,
    entries: sorted.length,
    firstSeq: sorted[0]?.seq ?? 0,
    lastSeq: sorted[sorted.length - 1]?.seq ?? 0,
    missingSeqs: missingSeqs(sorted),
    areas: Object.fromEntries(Object.entries(areas).sort(([a], [b]) => (a < b ? -1 : 1))),
    money: dayMoney(sorted, lookups),
    corrections: sorted.filter((e) => e.correctionOf !== undefined).length,
    hash,
    previousHash,
  };
}

/**
 * 日结: each counter's day (counts per area, money per method, corrections,
 * its link in the hash chain), what is carried to tomorrow and the notes.
 * The same entries in any order give the same close.
 */
export function buildDayClose(inputs: DayCloseInputs): DayClosedData {
  const counters = [...byCounter(inputs.entries)].map(([counter, sorted]) =>
    counterDay(counter, sorted, inputs.previousHashes.get(counter) ?? '', inputs.lookups, inputs.hashes?.get(counter)),
  );
  return { day: inputs.day, counters, carried: inputs.carried, notes: inputs.notes.trim() };
}

/**
 * The hashes buildDayClose makes, by Web Crypto (a day of entries hashes many
 * times faster than in script): made outside the write's transaction and
 * handed to buildDayClose as `hashes` with the same entries.
 */
export function dayHashes(entries: readonly Entry[], previousHashes: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  return counterDayHashes(byCounter(entries), previousHashes);
}
