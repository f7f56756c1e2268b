import { calendarDataFromChineseDays, CHINESE_DAYS_DATA } from '../../../shared/domain/calendar/chineseDays';
import {
  CALENDAR_RECORD_ID,
  CALENDAR_RECORD_TYPE,
  CALENDAR_SCHEMA_VERSION,
  type CalendarEntry,
  type CalendarRefusalReason,
  type CalendarState,
} from '../../../shared/domain/calendar/record';
import type { WorkingCalendarData, WorkingHours } from '../../../shared/domain/calendar/types';
import { COMPLAINT_SCHEMA_VERSION, type LimitsRecomputedData } from '../../../shared/domain/complaints/entries';
import type { DeadlinePolicyRow } from '../../../shared/domain/complaints/policy';
import { limitChangesOf } from '../../../shared/domain/complaints/recompute';
import type { PointsRule } from '../../../shared/domain/complaints/responsibility';
import type { Role } from '../../../shared/domain/staff';
import { STORE_RECORD_ID, STORE_SCHEMA_VERSION, type ComplaintPolicyChangedData } from '../../../shared/domain/store';
import { calendarDayInput, deadlinePolicyInput, pointsRuleInput, workingCalendarDataInput, workingHoursInput } from '../../../shared/schema/complaints';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';
import type { ComplaintRules } from '../../../shared/domain/complaints/rules';
import { readComplaintRules } from './rules';

/**
 * The complaint settings a supervisor or store manager changes: the time
 * limits table, the points rule (store entries) and the working calendar
 * with its hours (calendar entries). Every change is a new entry, so the
 * history of the rules is kept.
 */

/** Where the official days come from, as written in the import entry. */
export const OFFICIAL_CALENDAR_SOURCE = 'chinese-days';
export const MANUAL_CALENDAR_SOURCE = 'manual';

/**
 * The limits table as typed, checked by the one policy schema together with
 * the hours and zone it runs in (they are saved elsewhere, so only the rows
 * are taken). The screen checks with it before asking to confirm.
 */
export function parsePolicyRows(rows: unknown, workingHours: WorkingHours, timeZone: string): DeadlinePolicyRow[] {
  return deadlinePolicyInput.parse({ rows, workingHours, timeZone }).rows;
}

/** The category x severity limits; the hours and zone they are checked with are the store's current ones. */
export async function saveComplaintPolicy(ctx: DeskContext, raw: { readonly rows: unknown }): Promise<readonly DeadlinePolicyRow[]> {
  const { policy } = await readComplaintRules(ctx.db);
  const rows = parsePolicyRows(raw.rows, policy.workingHours, ctx.session.timeZone);
  const data: ComplaintPolicyChangedData = { rows };
  await writeEntries(ctx, 'complaints.changeLimits', (tx) =>
    tx.append({
      recordType: 'store',
      recordId: STORE_RECORD_ID,
      type: 'complaintPolicyChanged',
      schemaVersion: STORE_SCHEMA_VERSION,
      data,
      summary: `complaint limits: ${rows.length} rows`,
    }),
  );
  return rows;
}

export async function savePointsRule(ctx: DeskContext, raw: unknown): Promise<PointsRule> {
  const rule: PointsRule = pointsRuleInput.parse(raw);
  await writeEntries(ctx, 'complaints.changePointsRule', (tx) =>
    tx.append({
      recordType: 'store',
      recordId: STORE_RECORD_ID,
      type: 'pointsRuleChanged',
      schemaVersion: STORE_SCHEMA_VERSION,
      data: rule,
      summary: `points: ${rule.basePoints} ${rule.repeat}, supervisor ${rule.supervisorSharePercent}% from #${rule.supervisorShareFrom}`,
    }),
  );
  return rule;
}

// --- The working calendar ---

type CalendarType = CalendarEntry['type'];
type CalendarData<K extends CalendarType> = Extract<CalendarEntry, { type: K }>['data'];

const REFUSAL_CODES: Readonly<Record<CalendarRefusalReason, string>> = {
  roleNotAllowed: 'error.notAllowed',
  invalidCalendar: 'error.calendarOverlap',
  invalidDate: 'error.calendarDate',
  invalidHours: 'error.workingHoursOrder',
};

/** The first and last year the package carries official days for. */
export function officialCalendarYears(): { readonly fromYear: number; readonly toYear: number } {
  const years = [...Object.keys(CHINESE_DAYS_DATA.holidays), ...Object.keys(CHINESE_DAYS_DATA.workdays)].map((d) => Number(d.slice(0, 4)));
  return { fromYear: Math.min(...years), toYear: Math.max(...years) };
}

/**
 * Appends one calendar entry; if the projection would keep it as a refusal,
 * the whole write is undone. Every open complaint whose limits the change
 * moves gets a limitsRecomputed entry in the same transaction: the log of
 * what moved, and the misses that stay missed.
 */
async function appendCalendar<K extends CalendarType>(tx: WriteTx, type: K, data: CalendarData<K>, summary: string): Promise<CalendarState> {
  const before = await readComplaintRules(tx.db);
  const entry = await tx.append({ recordType: CALENDAR_RECORD_TYPE, recordId: CALENDAR_RECORD_ID, type, schemaVersion: CALENDAR_SCHEMA_VERSION, data, summary });
  const state = await tx.db.calendars.get(CALENDAR_RECORD_ID);
  const refused = state?.refusals.find((r) => r.entryId === entry.id);
  if (refused) throw new DeskError(REFUSAL_CODES[refused.reason]);
  if (!state) throw new DeskError('error.unexpected');
  const after = await readComplaintRules(tx.db);
  await recomputeOpenLimits(tx, before, after, entry.id, data.actorRole);
  return state;
}

async function recomputeOpenLimits(tx: WriteTx, before: ComplaintRules, after: ComplaintRules, calendarEntryId: string, actorRole: Role): Promise<void> {
  for (const complaint of await tx.db.complaintQueue.toArray()) {
    if (complaint.status === 'closed') continue;
    const changes = limitChangesOf(complaint, after.policy, before.calendar, after.calendar, tx.now);
    if (changes.length === 0) continue;
    const data: LimitsRecomputedData = { actorRole, calendarEntryId, changes };
    const kept = changes.filter((c) => c.keptMissed).length;
    await tx.append({
      recordType: 'complaint',
      recordId: complaint.id,
      type: 'limitsRecomputed',
      schemaVersion: COMPLAINT_SCHEMA_VERSION,
      number: complaint.number,
      data,
      summary: `${complaint.number} limits recomputed after a calendar change: ${changes.length} moved${kept > 0 ? `, ${kept} missed kept` : ''}`,
    });
  }
}

/**
 * Until the first edit the official days apply without a record. An edit
 * needs a calendar to edit, so the first one starts it with every official
 * year, in the same transaction: the other years keep their official days.
 */
async function ensureCalendar(tx: WriteTx, actorRole: Role): Promise<void> {
  if (await tx.db.calendars.get(CALENDAR_RECORD_ID)) return;
  const years = officialCalendarYears();
  await appendCalendar(
    tx,
    'imported',
    { actorRole, source: OFFICIAL_CALENDAR_SOURCE, ...years, ...calendarDataFromChineseDays(undefined, years.fromYear, years.toYear) },
    `calendar: official ${years.fromYear}-${years.toYear}`,
  );
}

function checkYears(fromYear: number, toYear: number): void {
  const year = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 2200;
  if (!year(fromYear) || !year(toYear) || toYear < fromYear) throw new DeskError('error.range', 'year');
}

/** Replaces the days of the years from..to (both included) with the official ones; other years are kept. */
export async function importOfficialCalendar(ctx: DeskContext, fromYear: number, toYear: number): Promise<CalendarState> {
  checkYears(fromYear, toYear);
  const days = calendarDataFromChineseDays(undefined, fromYear, toYear);
  return writeEntries(ctx, 'complaints.changeCalendar', async (tx) => {
    const actorRole = tx.member.role;
    await ensureCalendar(tx, actorRole);
    return appendCalendar(tx, 'imported', { actorRole, source: OFFICIAL_CALENDAR_SOURCE, fromYear, toYear, ...days }, `calendar: official ${fromYear}-${toYear}`);
  });
}

export interface CalendarYearInput {
  readonly year: number;
  readonly holidays: readonly string[];
  readonly makeUpWorkdays: readonly string[];
}

/** A typed year's days: real dates, none both a holiday and a make-up working day, all in that year; sorted, once each. */
export function parseCalendarYear(raw: CalendarYearInput): WorkingCalendarData {
  checkYears(raw.year, raw.year);
  const days = workingCalendarDataInput.parse({ holidays: [...raw.holidays], makeUpWorkdays: [...raw.makeUpWorkdays] });
  for (const list of ['holidays', 'makeUpWorkdays'] as const) {
    const outside = days[list].find((d) => Number(d.slice(0, 4)) !== raw.year);
    if (outside) throw new DeskError('complaints.settings.calendar.outsideYear', list, { date: outside, year: raw.year });
  }
  return { holidays: [...new Set(days.holidays)].sort(), makeUpWorkdays: [...new Set(days.makeUpWorkdays)].sort() };
}

/** A year's days typed by the supervisor (a year the package does not carry yet, or the store's own days): they replace that year's days. */
export async function saveCalendarYear(ctx: DeskContext, raw: CalendarYearInput): Promise<CalendarState> {
  const data = parseCalendarYear(raw);
  return writeEntries(ctx, 'complaints.changeCalendar', async (tx) => {
    const actorRole = tx.member.role;
    await ensureCalendar(tx, actorRole);
    return appendCalendar(tx, 'imported', { actorRole, source: MANUAL_CALENDAR_SOURCE, fromYear: raw.year, toYear: raw.year, ...data }, `calendar: ${raw.year} typed`);
  });
}

/** One day made a holiday, a make-up working day or a regular day. */
export async function markCalendarDay(ctx: DeskContext, raw: unknown): Promise<CalendarState> {
  const input = calendarDayInput.parse(raw);
  return writeEntries(ctx, 'complaints.changeCalendar', async (tx) => {
    const actorRole = tx.member.role;
    await ensureCalendar(tx, actorRole);
    return appendCalendar(tx, 'dayMarked', { actorRole, date: input.date, kind: input.kind, note: input.note }, `calendar: ${input.date} ${input.kind}`);
  });
}

/** The store-local working hours that working-time limits run in. */
export async function changeWorkingHours(ctx: DeskContext, raw: unknown): Promise<CalendarState> {
  const hours = workingHoursInput.parse(raw);
  return writeEntries(ctx, 'complaints.changeCalendar', async (tx) => {
    const actorRole = tx.member.role;
    await ensureCalendar(tx, actorRole);
    return appendCalendar(tx, 'hoursChanged', { actorRole, start: hours.start, end: hours.end }, `working hours ${hours.start}-${hours.end}`);
  });
}
