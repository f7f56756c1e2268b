import { TZDate } from '@date-fns/tz';
import { storeDay } from '../clock';
import { addDays, type IsoDate } from './days';
import { isWorkingDay, type WorkingCalendar, type WorkingHours } from './types';
import { minutesOfDay } from './validate';

/**
 * Working time: the store-local working hours of working days. A limit in
 * working time runs only then, so "3 working days" from Friday 20:00 skips
 * the weekend, the holidays and the nights, and counts a make-up Saturday.
 *
 * Everything is computed in the store's zone through TZDate, so a counter
 * PC set to another zone gets the same instants.
 */

/** Beyond this many days without working time the calendar is broken, not the deadline late. */
const MAX_SCAN_DAYS = 3660;

function hoursInMinutes(hours: WorkingHours): { start: number; end: number } {
  const start = minutesOfDay(hours.start);
  const end = minutesOfDay(hours.end);
  if (start === undefined || end === undefined || end <= start) {
    throw new RangeError(`Working hours must be HH:mm with start before end: ${hours.start}-${hours.end}`);
  }
  return { start, end };
}

function instantAt(date: IsoDate, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, Math.floor(minutes / 60), minutes % 60, 0, 0, timeZone).getTime();
}

export interface WorkingInterval {
  readonly start: number;
  readonly end: number;
}

/** The instants a working day's hours begin and end, or undefined on a day off. */
export function workingIntervalOn(
  date: IsoDate,
  calendar: WorkingCalendar,
  hours: WorkingHours,
  timeZone: string,
): WorkingInterval | undefined {
  if (!isWorkingDay(calendar, date)) return undefined;
  const { start, end } = hoursInMinutes(hours);
  return { start: instantAt(date, start, timeZone), end: instantAt(date, end, timeZone) };
}

/** Length of one working day in ms (the nominal length: a zone with daylight saving is not corrected for). */
export function workingDayMs(hours: WorkingHours): number {
  const { start, end } = hoursInMinutes(hours);
  return (end - start) * 60_000;
}

/**
 * The earliest instant at which `durationMs` of working time has passed
 * since `start`. Never before `start`; a zero duration is `start` itself.
 * Ending exactly at closing time is preferred to the next morning.
 */
export function addWorkingTime(
  start: number,
  durationMs: number,
  calendar: WorkingCalendar,
  hours: WorkingHours,
  timeZone: string,
): number {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError(`Duration must be zero or more: ${durationMs}`);
  if (durationMs === 0) return start;
  let remaining = durationMs;
  let date = storeDay(start, timeZone);
  for (let i = 0; i < MAX_SCAN_DAYS; i++, date = addDays(date, 1)) {
    const day = workingIntervalOn(date, calendar, hours, timeZone);
    if (!day) continue;
    const from = Math.max(day.start, start);
    if (from >= day.end) continue;
    const available = day.end - from;
    if (remaining <= available) return from + remaining;
    remaining -= available;
  }
  throw new RangeError(`No working time within ${MAX_SCAN_DAYS} days of ${new Date(start).toISOString()}`);
}

/**
 * N working days of working time: from Monday 15:00, 3 working days is
 * Thursday 15:00; from outside the hours it is the close of the N-th
 * working day. Counting days as working time lets pauses and extensions be
 * handled the same way for every limit.
 */
export function addWorkingDays(
  start: number,
  days: number,
  calendar: WorkingCalendar,
  hours: WorkingHours,
  timeZone: string,
): number {
  return addWorkingTime(start, days * workingDayMs(hours), calendar, hours, timeZone);
}

/** Working time between two instants (0 when `to` is not after `from`). */
export function workingTimeBetween(
  from: number,
  to: number,
  calendar: WorkingCalendar,
  hours: WorkingHours,
  timeZone: string,
): number {
  if (to <= from) return 0;
  let total = 0;
  const last = storeDay(to, timeZone);
  for (let date = storeDay(from, timeZone); date <= last; date = addDays(date, 1)) {
    const day = workingIntervalOn(date, calendar, hours, timeZone);
    if (!day) continue;
    const a = Math.max(day.start, from);
    const b = Math.min(day.end, to);
    if (b > a) total += b - a;
  }
  return total;
}

/** The end of the store day `days - 1` days after `at` (1 = the same day): the close of working hours, or midnight if `at` is after closing. */
export function endOfStoreDay(at: number, days: number, hours: WorkingHours, timeZone: string): number {
  const { end } = hoursInMinutes(hours);
  const date = addDays(storeDay(at, timeZone), days - 1);
  const closing = instantAt(date, end, timeZone);
  if (closing >= at) return closing;
  // Carried out after closing: the rest of that calendar day still counts as "the same day".
  return instantAt(addDays(date, 1), 0, timeZone);
}
