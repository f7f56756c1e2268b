import { CALENDAR_RECORD_ID, type CalendarState } from '../../../shared/domain/calendar/record';
import { complaintRulesOf } from '../../../shared/domain/complaints/rules';
import type { DeskArea } from '../../../shared/domain/reports/areas';
import { buildSupervisorReport, type ReportNames, type ReportRows } from '../../../shared/domain/reports/build';
import { complaintFigureRowOf } from '../../../shared/domain/reports/complaintFigures';
import type { SupervisorReport } from '../../../shared/domain/reports/model';
import { reportPeriod, type ReportPeriod } from '../../../shared/domain/reports/period';
import type { OpinionFigureRow } from '../../../shared/domain/reports/serviceFigures';
import { factHour, factsOfBuckets } from '../../../shared/domain/returns/facts';
import type { ServiceJob, ServiceOpinion } from '../../../shared/domain/service/jobs';
import { can } from '../../../shared/domain/staff';
import { returnPolicyOf, STORE_RECORD_ID, type StoreProfile } from '../../../shared/domain/store';
import { reportFilterInput } from '../../../shared/schema/reports';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { memoTarget } from '../service/reports';
import { reportNames } from './names';

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

interface ReadRows {
  readonly rows: ReportRows;
  readonly names: ReportNames;
  readonly profile: StoreProfile | undefined;
  readonly calendar: CalendarState | undefined;
}

/**
 * Every small row of the period the report needs, read in one read
 * transaction by one index range each (a sync applying meanwhile cannot
 * split the figures), skipping what the chosen area does not show.
 */
function readRows(db: DeskDatabase, period: ReportPeriod, area: DeskArea | undefined): Promise<ReadRows> {
  const covers = (a: DeskArea) => area === undefined || area === a;
  const { start, end } = period;
  const tables = [db.deskFacts, db.complaints, db.serviceJobs, db.serviceOpinions, db.surveys, db.returnFacts, db.campaigns, db.giftStocks, db.handouts, db.stores, db.calendars, db.staff];
  return db.transaction('r', tables, async () => {
    const [facts, complaints, jobs, opinions, surveys, buckets, campaigns, stocks, handouts, profile, calendar, staff] = await Promise.all([
      db.deskFacts.where('day').between(period.from, period.to, true, true).toArray(),
      covers('complaints') ? db.complaints.where('receivedAt').between(start, end, true, false).toArray() : [],
      covers('service') ? db.serviceJobs.where('at').between(start, end, true, false).toArray() : [],
      covers('service') ? db.serviceOpinions.where('at').between(start, end, true, false).toArray() : [],
      covers('complaints') || covers('service') ? db.surveys.where('sentAt').between(start, end, true, false).toArray() : [],
      covers('returns') ? db.returnFacts.where('hour').between(factHour(start), end, true, false).toArray() : [],
      covers('gifts') ? db.campaigns.toArray() : [],
      covers('gifts') ? db.giftStocks.toArray() : [],
      covers('gifts') ? db.handouts.where('handedOutAt').between(start, end, true, false).toArray() : [],
      db.stores.get(STORE_RECORD_ID),
      db.calendars.get(CALENDAR_RECORD_ID),
      db.staff.toArray(),
    ]);
    const rows: ReportRows = {
      facts,
      complaints: complaints.map(complaintFigureRowOf),
      jobs,
      opinions: await opinionNumbers(db, opinions, jobs),
      surveys,
      returns: factsOfBuckets(buckets),
      campaigns,
      stocks,
      handouts,
      customerCounts: profile?.customerCounts,
    };
    return { rows, names: reportNames(staff, returnPolicyOf(profile)), profile, calendar };
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
  const { rows, names, profile, calendar } = await readRows(ctx.db, period, filter.area);
  const rules = complaintRulesOf(profile, calendar);
  const report = buildSupervisorReport(
    rows,
    period,
    { area: filter.area, counter: filter.counter },
    {
      policy: rules.policy,
      calendar: rules.calendar,
      arrivalTarget: memoTarget({ calendar: rules.calendar, hours: rules.policy.workingHours, timeZone: rules.policy.timeZone }),
      now: ctx.clock.now(),
    },
    names,
  );
  return { report, counters: [...new Set(rows.facts.map((f) => f.counter))].sort() };
}
