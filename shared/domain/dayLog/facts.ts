import { storeDay } from '../clock';
import type { Entry } from '../entry';

/**
 * How many entries of one kind a counter made on one store-local day: the
 * small rows the reports count volumes from (a month of 150,000 entries is
 * a few thousand of these). Counted from entries alone, so every copy that
 * holds the same entries holds the same facts, whatever order they came in.
 */
export interface DeskFact {
  /** `${day}|${counter}|${action}`. */
  readonly key: string;
  /** yyyy-MM-dd, store-local. */
  readonly day: string;
  readonly counter: string;
  /** `${recordType}.${type}`, the audit action of the entry. */
  readonly action: string;
  readonly count: number;
}

export function actionOf(entry: Pick<Entry, 'recordType' | 'type'>): string {
  return `${entry.recordType}.${entry.type}`;
}

export function factKeyOf(entry: Pick<Entry, 'recordType' | 'type' | 'counter' | 'at'>, timeZone: string): Omit<DeskFact, 'count'> {
  const day = storeDay(entry.at, timeZone);
  const action = actionOf(entry);
  return { key: `${day}|${entry.counter}|${action}`, day, counter: entry.counter, action };
}

/** Adds entries to the facts they fall in (`existing` looked up by key); returns the changed rows. */
export function countIntoFacts(
  existing: ReadonlyMap<string, DeskFact>,
  entries: readonly Pick<Entry, 'recordType' | 'type' | 'counter' | 'at'>[],
  timeZone: string,
): DeskFact[] {
  const changed = new Map<string, DeskFact>();
  for (const e of entries) {
    const k = factKeyOf(e, timeZone);
    const before = changed.get(k.key) ?? existing.get(k.key);
    changed.set(k.key, { ...k, count: (before?.count ?? 0) + 1 });
  }
  return [...changed.values()];
}
