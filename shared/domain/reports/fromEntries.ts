import { countIntoFacts, type DeskFact } from '../dayLog/facts';
import { isKnownRecordType, type Entry, type RecordType } from '../entry';
import { projectRecord, type RecordStates } from '../projection';
import { returnFactOf } from '../returns/facts';
import { jobsOf, opinionOf } from '../service/jobs';
import { DEFAULT_TIME_ZONE } from '../clock';
import { STORE_RECORD_ID } from '../store';
import type { ReportRows } from './build';
import { complaintFigureRowOf } from './complaintFigures';
import type { StoreReportSource } from './storeReport';

/** Every record's state of one type, each from all its entries in the shared order. */
function statesOf<T extends RecordType>(byRecord: ReadonlyMap<string, Entry[]>, recordType: T): RecordStates[T][] {
  const states: RecordStates[T][] = [];
  for (const [key, entries] of byRecord) {
    if (!key.startsWith(`${recordType}/`)) continue;
    const state = projectRecord(recordType, entries);
    if (state !== undefined) states.push(state);
  }
  return states;
}

/**
 * The small rows a store's report is built from, made from the store's
 * entries alone (as the head office reads them through sync) with the same
 * projection rules every counter applies: the same entries give the same
 * figures as the store's own report. Rows are whole-history; the report
 * keeps its period's.
 */
export function reportSourceOfEntries(entries: readonly Entry[]): StoreReportSource {
  const byRecord = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!isKnownRecordType(e.recordType)) continue;
    const key = `${e.recordType}/${e.recordId}`;
    const list = byRecord.get(key);
    if (list) list.push(e);
    else byRecord.set(key, [e]);
  }
  const profile = projectRecord('store', byRecord.get(`store/${STORE_RECORD_ID}`) ?? []);
  const calendar = statesOf(byRecord, 'calendar')[0];
  const facts = new Map<string, DeskFact>();
  for (const f of countIntoFacts(facts, entries, profile?.timeZone ?? DEFAULT_TIME_ZONE)) facts.set(f.key, f);
  const calls = statesOf(byRecord, 'serviceCall');
  const jobs = calls.flatMap(jobsOf);
  const numbers = new Map(calls.map((c) => [c.id, c.number]));
  const rows: ReportRows = {
    facts: [...facts.values()],
    complaints: statesOf(byRecord, 'complaint').map(complaintFigureRowOf),
    jobs,
    opinions: calls.flatMap((c) => {
      const opinion = opinionOf(c);
      return opinion ? [{ ...opinion, number: numbers.get(c.id) ?? '' }] : [];
    }),
    surveys: statesOf(byRecord, 'survey'),
    returns: statesOf(byRecord, 'returnRecord').map(returnFactOf),
    campaigns: statesOf(byRecord, 'campaign'),
    stocks: statesOf(byRecord, 'giftStock'),
    handouts: statesOf(byRecord, 'handout').map((h) => ({ ...h, handedOutAt: h.handedOut.at })),
    customerCounts: profile?.customerCounts,
  };
  return { rows, profile, calendar, staff: statesOf(byRecord, 'staff') };
}
