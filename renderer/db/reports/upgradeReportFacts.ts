import Dexie, { type Transaction } from 'dexie';
import { DEFAULT_TIME_ZONE } from '../../../shared/domain/clock';
import type { Complaint } from '../../../shared/domain/complaints/state';
import { countIntoFacts, type DeskFact } from '../../../shared/domain/dayLog/facts';
import type { Entry } from '../../../shared/domain/entry';
import type { Handout } from '../../../shared/domain/gifts/types';
import { complaintFigureRowOf, type ComplaintFigureRow } from '../../../shared/domain/reports/complaintFigures';
import type { FiledFact, HourBucket } from '../../../shared/domain/reports/hourBuckets';
import type { Survey } from '../../../shared/domain/surveys/types';
import { fileHourFacts, filedFact, HANDOUT_FACT, SURVEY_FACT, type HourFactRule } from './reportFacts';

/** Every kept record's fact, filed into the rule's new table. */
async function fillHourFacts<S extends { readonly id: string }>(tx: Transaction, records: string, rule: HourFactRule<S>, table: string): Promise<void> {
  const facts: FiledFact[] = [];
  await tx.table<S, string>(records).each((r) => facts.push(filedFact(rule, r.id, r, undefined)));
  await fileHourFacts(tx.table<HourBucket, number>(table), facts);
}

/**
 * Dexie v13: the report's small rows filled from the projection rows kept so
 * far (the projectors keep them from then on), and the surveys' day facts
 * counted again, now by subject (a survey's volume counts in its subject's
 * area).
 */
export async function upgradeReportFacts(tx: Transaction): Promise<void> {
  const rows: ComplaintFigureRow[] = [];
  const ids: string[] = [];
  await tx.table<Complaint, string>('complaints').each((c) => {
    rows.push(complaintFigureRowOf(c));
    ids.push(c.id);
  });
  await tx.table<ComplaintFigureRow, string>('complaintFacts').bulkPut(rows, ids);

  await fillHourFacts<Handout>(tx, 'handouts', HANDOUT_FACT, 'handoutFacts');
  await fillHourFacts<Survey>(tx, 'surveys', SURVEY_FACT, 'surveyFacts');

  const store = await tx.table<{ timeZone?: string }, string>('stores').get('store');
  const surveyEntries = await tx
    .table<Entry, string>('entries')
    .where('[recordType+recordId]')
    .between(['survey', Dexie.minKey], ['survey', Dexie.maxKey])
    .toArray();
  const facts = countIntoFacts(new Map(), surveyEntries, store?.timeZone ?? DEFAULT_TIME_ZONE);
  // The facts counted before held every survey entry of a day, counter and action under one key: replaced by those per subject.
  const deskFacts = tx.table<DeskFact, string>('deskFacts');
  await deskFacts.bulkDelete(facts.filter((f) => f.subject !== undefined).map((f) => `${f.day}|${f.counter}|${f.action}`));
  await deskFacts.bulkPut(facts);
}
