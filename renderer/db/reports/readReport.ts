import { CALENDAR_RECORD_ID } from '../../../shared/domain/calendar/record';
import type { DeskArea } from '../../../shared/domain/reports/areas';
import type { ReportRows } from '../../../shared/domain/reports/build';
import { handoutFiguresOf } from '../../../shared/domain/reports/handoutFacts';
import type { SupervisorReport } from '../../../shared/domain/reports/model';
import { reportPeriod, type ReportPeriod } from '../../../shared/domain/reports/period';
import type { OpinionFigureRow } from '../../../shared/domain/reports/serviceFigures';
import { surveyFiguresOf } from '../../../shared/domain/reports/surveyFacts';
import { storeReport, type StoreReportSource } from '../../../shared/domain/reports/storeReport';
import { factHour, factsOfBuckets } from '../../../shared/domain/returns/facts';
import type { ServiceJob, ServiceOpinion } from '../../../shared/domain/service/jobs';
import { can } from '../../../shared/domain/staff';
import { STORE_RECORD_ID } from '../../../shared/domain/store';
import { reportFilterInput } from '../../../shared/schema/reports';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';

export interface SupervisorReportRead {
  readonly report: SupervisorReport;
  /** Counters with work in the period (the whole store's), for the counter filter. */
  readonly counters: readonly string[];
}

/** The numbers of the calls these cards are about: from the period's jobs, else the call's first job. */
async function opinionNumbers(db: DeskDatabase, opinions: readonly ServiceOpinion[], jobs: readonly ServiceJob[]): Promise<OpinionFigureRow[]> {
  const numbers = new Map(jobs.map((j) => [j.callId, j.number]));
  const missing = opinions.map((o) => o.callId).filter((id) => !numbers.has(id));
  if (missing.length > 0) for (const j of await db.serviceJobs.where('callId').anyOf(missing).toArray()) numbers.set(j.callId, j.number);
  return opinions.map((o) => ({ ...o, number: numbers.get(o.callId) ?? '' }));
}

/**
 * Every small row of the period the report needs, read in one read
 * transaction by one index range each (a sync applying meanwhile cannot
 * split the figures), skipping what the chosen area does not show.
 */
function readRows(db: DeskDatabase, period: ReportPeriod, area: DeskArea | undefined): Promise<StoreReportSource> {
  const covers = (a: DeskArea) => area === undefined || area === a;
  const { start, end } = period;
  const tables = [db.deskFacts, db.complaintFacts, db.serviceJobs, db.serviceOpinions, db.surveyFacts, db.returnFacts, db.campaigns, db.giftStocks, db.handoutFacts, db.stores, db.calendars, db.staff];
  return db.transaction('r', tables, async () => {
    const [facts, complaints, jobs, opinions, surveys, returns, campaigns, stocks, handouts, profile, calendar, staff] = await Promise.all([
      db.deskFacts.where('day').between(period.from, period.to, true, true).toArray(),
      covers('complaints') ? db.complaintFacts.where('receivedAt').between(start, end, true, false).toArray() : [],
      covers('service') ? db.serviceJobs.where('at').between(start, end, true, false).toArray() : [],
      covers('service') ? db.serviceOpinions.where('at').between(start, end, true, false).toArray() : [],
      covers('complaints') || covers('service') ? db.surveyFacts.where('hour').between(factHour(start), end, true, false).toArray() : [],
      covers('returns') ? db.returnFacts.where('hour').between(factHour(start), end, true, false).toArray() : [],
      covers('gifts') ? db.campaigns.toArray() : [],
      covers('gifts') ? db.giftStocks.toArray() : [],
      covers('gifts') ? db.handoutFacts.where('hour').between(factHour(start), end, true, false).toArray() : [],
      db.stores.get(STORE_RECORD_ID),
      db.calendars.get(CALENDAR_RECORD_ID),
      db.staff.toArray(),
    ]);
    const rows: ReportRows = {
      facts,
      complaints,
      jobs,
      opinions: await opinionNumbers(db, opinions, jobs),
      surveys: surveyFiguresOf(surveys),
      returns: factsOfBuckets(returns),
      campaigns,
      stocks,
      handouts: handoutFiguresOf(handouts),
      customerCounts: profile?.customerCounts,
    };
    return { rows, profile, calendar, staff };
  });
}

/**
 * 报表: the supervisor's report of a day, ISO week or month, for the whole
 * store or one area and/or counter (a supervisor or the store manager only).
 * Read once, built once: the screen, the A4 print, the CSV and the XLSX all
 * take this model.
 */
export async function readSupervisorReport(ctx: DeskContext, raw: unknown): Promise<SupervisorReportRead> {
  const parsed = reportFilterInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DeskError(issue?.message ?? 'error.unexpected', issue?.path.join('.'));
  }
  const filter = parsed.data;
  const me = await ctx.db.staff.get(ctx.session.staffNo);
  if (!me || !me.active || !can(me.role, 'reports.supervisor')) throw new DeskError('error.notAllowed');
  const period = reportPeriod(filter.kind, filter.date, ctx.session.timeZone);
  if (!period) throw new DeskError('error.date', 'date');
  const source = await readRows(ctx.db, period, filter.area);
  const report = storeReport(source, period, { area: filter.area, counter: filter.counter }, ctx.clock.now());
  return { report, counters: [...new Set(source.rows.facts.map((f) => f.counter))].sort() };
}
