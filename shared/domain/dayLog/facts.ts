import { storeDay } from '../clock';
import type { Entry } from '../entry';
import { surveySubjectOfId } from '../surveys/rules';
import type { SurveySubject } from '../surveys/types';

/**
 * How many entries of one kind a counter made on one store-local day: the
 * small rows the reports count volumes from (a month of 150,000 entries is
 * a few thousand of these). Counted from entries alone, so every copy that
 * holds the same entries holds the same facts, whatever order they came in.
 */
export interface DeskFact {
  /** `${day}|${counter}|${action}`, and `|${subject}` for a survey's. */
  readonly key: string;
  /** yyyy-MM-dd, store-local. */
  readonly day: string;
  readonly counter: string;
  /** `${recordType}.${type}`, the audit action of the entry. */
  readonly action: string;
  /** A survey's subject, read from its record id: its entries count in that area's volume (and a fact of their own). */
  readonly subject?: SurveySubject | undefined;
  readonly count: number;
}

/** What an entry is counted by (the record id only says a survey's subject). */
type Counted = Pick<Entry, 'recordType' | 'type' | 'counter' | 'at'> & { readonly recordId?: string | undefined };

export function actionOf(entry: Pick<Entry, 'recordType' | 'type'>): string {
  return `${entry.recordType}.${entry.type}`;
}

export function factKeyOf(entry: Counted, timeZone: string): Omit<DeskFact, 'count'> {
  const day = storeDay(entry.at, timeZone);
  const action = actionOf(entry);
  const subject = entry.recordType === 'survey' && entry.recordId !== undefined ? surveySubjectOfId(entry.recordId) : undefined;
  const key = `${day}|${entry.counter}|${action}`;
  return subject ? { key: `${key}|${subject}`, day, counter: entry.counter, action, subject } : { key, day, counter: entry.counter, action };
}

/** Adds entries to the facts they fall in (`existing` looked up by key); returns the changed rows. */
export function countIntoFacts(
  existing: ReadonlyMap<string, DeskFact>,
  entries: readonly Counted[],
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
