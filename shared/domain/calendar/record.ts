import type { Entry, RecordType } from '../entry';
import { sortEntries } from '../entry';
import { can, type Role } from '../staff';
import type { IsoDate } from './days';
import { isIsoDate } from './days';
import { DEFAULT_WORKING_HOURS, toCalendarData, toWorkingCalendar, withDayKind, type DayKind, type WorkingCalendarData, type WorkingHours } from './types';
import { calendarProblems, workingHoursProblem } from './validate';

/**
 * The store's working calendar is a record like any other: every edit is an
 * entry (who, when, why), so the history is kept and every counter gets the
 * same calendar from the same entries. It starts with an import (the
 * official days from `chinese-days`), carried in the entry itself so the
 * result does not depend on which package version a counter has.
 */

export const CALENDAR_RECORD_TYPE: RecordType = 'calendar';
export const CALENDAR_RECORD_ID = 'calendar';
export const CALENDAR_SCHEMA_VERSION = 1;

interface ActorRole {
  /** Role of who made the change, at the time: only a supervisor edits the calendar. */
  readonly actorRole: Role;
}

export interface CalendarImportedData extends ActorRole, WorkingCalendarData {
  /** Where the days came from, e.g. "chinese-days@1.5.7". */
  readonly source: string;
  /** The years the import replaces, both included; days of other years are kept. */
  readonly fromYear: number;
  readonly toYear: number;
}

export interface CalendarDayMarkedData extends ActorRole {
  readonly date: IsoDate;
  readonly kind: DayKind;
  readonly note?: string | undefined;
}

export interface CalendarHoursChangedData extends ActorRole, WorkingHours {}

export type CalendarEntry =
  | Entry<'imported', CalendarImportedData>
  | Entry<'dayMarked', CalendarDayMarkedData>
  | Entry<'hoursChanged', CalendarHoursChangedData>;

export type CalendarRefusalReason = 'roleNotAllowed' | 'invalidCalendar' | 'invalidDate' | 'invalidHours';

export interface CalendarRefusal {
  readonly entryId: string;
  readonly type: CalendarEntry['type'];
  readonly reason: CalendarRefusalReason;
  readonly by: string;
  readonly at: number;
}

export interface CalendarState {
  readonly id: string;
  readonly calendar: WorkingCalendarData;
  readonly hours: WorkingHours;
  readonly updatedAt: number;
  readonly updatedBy: string;
  readonly refusals: readonly CalendarRefusal[];
  readonly pendingEntries: number;
}

function refusalOf(e: CalendarEntry): CalendarRefusalReason | undefined {
  if (!can(e.data.actorRole, 'settings.manage')) return 'roleNotAllowed';
  switch (e.type) {
    case 'imported':
      if (!Number.isInteger(e.data.fromYear) || !Number.isInteger(e.data.toYear) || e.data.toYear < e.data.fromYear) return 'invalidCalendar';
      return calendarProblems(e.data).length > 0 ? 'invalidCalendar' : undefined;
    case 'dayMarked':
      return isIsoDate(e.data.date) ? undefined : 'invalidDate';
    case 'hoursChanged':
      return workingHoursProblem(e.data) ? 'invalidHours' : undefined;
  }
}

function importYears(current: WorkingCalendarData, data: CalendarImportedData): WorkingCalendarData {
  const outside = (d: IsoDate) => {
    const y = Number(d.slice(0, 4));
    return y < data.fromYear || y > data.toYear;
  };
  const inside = (d: IsoDate) => !outside(d);
  return toCalendarData(
    toWorkingCalendar({
      holidays: [...current.holidays.filter(outside), ...data.holidays.filter(inside)],
      makeUpWorkdays: [...current.makeUpWorkdays.filter(outside), ...data.makeUpWorkdays.filter(inside)],
    }),
  );
}

/** Applies one calendar entry; an edit by someone who may not, or one that would break the calendar, is kept as a refusal. */
export function applyCalendarEntry(state: CalendarState | undefined, e: CalendarEntry): CalendarState | undefined {
  if (e.schemaVersion > CALENDAR_SCHEMA_VERSION) return state ? { ...state, pendingEntries: state.pendingEntries + 1 } : state;
  // The calendar begins with an import: an edit before it has nothing to edit.
  if (!state && e.type !== 'imported') return state;
  const refusal = refusalOf(e);
  if (refusal) {
    return state ? { ...state, refusals: [...state.refusals, { entryId: e.id, type: e.type, reason: refusal, by: e.by, at: e.at }] } : state;
  }
  const base: CalendarState = state ?? {
    id: e.recordId,
    calendar: { holidays: [], makeUpWorkdays: [] },
    hours: DEFAULT_WORKING_HOURS,
    updatedAt: e.at,
    updatedBy: e.by,
    refusals: [],
    pendingEntries: 0,
  };
  const stamped = { ...base, updatedAt: e.at, updatedBy: e.by };
  switch (e.type) {
    case 'imported':
      return { ...stamped, calendar: importYears(base.calendar, e.data) };
    case 'dayMarked':
      return { ...stamped, calendar: toCalendarData(withDayKind(toWorkingCalendar(base.calendar), e.data.date, e.data.kind)) };
    case 'hoursChanged':
      return { ...stamped, hours: { start: e.data.start, end: e.data.end } };
  }
}

export function projectCalendar(entries: readonly CalendarEntry[]): CalendarState | undefined {
  return sortEntries(entries).reduce<CalendarState | undefined>(applyCalendarEntry, undefined);
}
