import type { IsoDate } from './days';
import { isWeekend } from './days';
import type { StatutoryHoliday } from './statutory';

/**
 * Which days are working days: Monday to Friday, less public holidays, plus
 * the make-up working days (调休) that fall on a weekend. Sets, because the
 * deadline rules ask "is this day ..." many times per computation.
 */
export interface WorkingCalendar {
  readonly holidays: ReadonlySet<IsoDate>;
  readonly makeUpWorkdays: ReadonlySet<IsoDate>;
  /**
   * Holidays counted provisionally (a year whose official days are not
   * entered: its statutory days, see provisional.ts), with their holiday.
   * Derived, never stored: entering the year replaces them.
   */
  readonly provisional?: ReadonlyMap<IsoDate, StatutoryHoliday> | undefined;
}

/** The same calendar as plain sorted lists: what entries, sync and the database hold (a Set does not travel as JSON). */
export interface WorkingCalendarData {
  readonly holidays: readonly IsoDate[];
  readonly makeUpWorkdays: readonly IsoDate[];
}

/** Store-local working hours, HH:mm, start before end (no shift across midnight). */
export interface WorkingHours {
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '21:00' };

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), makeUpWorkdays: new Set() };

/** A make-up day wins over a weekend; a holiday wins over a weekday. (The validator keeps a day from being both.) */
export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  if (calendar.makeUpWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return !isWeekend(date);
}

export function toWorkingCalendar(data: WorkingCalendarData): WorkingCalendar {
  return { holidays: new Set(data.holidays), makeUpWorkdays: new Set(data.makeUpWorkdays) };
}

export function toCalendarData(calendar: WorkingCalendar): WorkingCalendarData {
  return { holidays: [...calendar.holidays].sort(), makeUpWorkdays: [...calendar.makeUpWorkdays].sort() };
}

export type DayKind = 'holiday' | 'makeUpWorkday' | 'regular';

/** A supervisor's edit of one day: the day is taken out of the other list, so it is never both. */
export function withDayKind(calendar: WorkingCalendar, date: IsoDate, kind: DayKind): WorkingCalendar {
  const holidays = new Set(calendar.holidays);
  const makeUpWorkdays = new Set(calendar.makeUpWorkdays);
  holidays.delete(date);
  makeUpWorkdays.delete(date);
  if (kind === 'holiday') holidays.add(date);
  if (kind === 'makeUpWorkday') makeUpWorkdays.add(date);
  return { holidays, makeUpWorkdays };
}
