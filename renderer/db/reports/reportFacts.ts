import type { Table } from 'dexie';
import type { Handout } from '../../../shared/domain/gifts/types';
import { handoutFigureRowOf, packHandoutFigure } from '../../../shared/domain/reports/handoutFacts';
import { filedBuckets, hoursTouched, type FiledFact, type HourBucket } from '../../../shared/domain/reports/hourBuckets';
import { packSurveyFigure, surveyFigureRowOf } from '../../../shared/domain/reports/surveyFacts';
import { packFact, returnFactOf } from '../../../shared/domain/returns/facts';
import type { ReturnRecord } from '../../../shared/domain/returns/types';
import type { Survey } from '../../../shared/domain/surveys/types';
import type { DeskDatabase } from '../database';

/** How a record type keeps a report fact in an hour bucket beside its projection row. */
export interface HourFactRule<S> {
  table(db: DeskDatabase): Table<HourBucket, number>;
  /** The time the fact is filed under. */
  at(state: S): number;
  packed(state: S): string;
  /** Its time can change on a rebuild: two counters make the same record (a survey's id is its subject's). */
  readonly moves: boolean;
}

/** A return's summary fact (its hour is its registration: made once, by the counter that made the id). */
export const RETURN_FACT: HourFactRule<ReturnRecord> = {
  table: (db) => db.returnFacts,
  at: (r) => r.registered.at,
  packed: (r) => packFact(returnFactOf(r)),
  moves: false,
};

export const HANDOUT_FACT: HourFactRule<Handout> = {
  table: (db) => db.handoutFacts,
  at: (h) => h.handedOut.at,
  packed: (h) => packHandoutFigure(handoutFigureRowOf(h)),
  moves: false,
};

/** An earlier send from another counter, arriving later, moves the survey to that send's hour. */
export const SURVEY_FACT: HourFactRule<Survey> = {
  table: (db) => db.surveyFacts,
  at: (s) => s.sentAt,
  packed: (s) => packSurveyFigure(surveyFigureRowOf(s)),
  moves: true,
};

/**
 * Files facts into one table's hour buckets: each touched bucket read once
 * and written once, so a batch of records of the same hour never writes
 * the bucket over itself.
 */
export async function fileHourFacts(table: Table<HourBucket, number>, facts: readonly FiledFact[]): Promise<void> {
  if (facts.length === 0) return;
  const hours = hoursTouched(facts);
  const stored = new Map<number, HourBucket>();
  for (const b of await table.bulkGet(hours)) if (b) stored.set(b.hour, b);
  await table.bulkPut(filedBuckets(stored, facts));
}

/** The fact of a record as written now, and the time it was filed under before (only asked of a rule whose time moves). */
export function filedFact<S>(rule: HourFactRule<S>, id: string, state: S, before: S | undefined): FiledFact {
  return { id, at: rule.at(state), packed: rule.packed(state), before: before === undefined ? undefined : rule.at(before) };
}
