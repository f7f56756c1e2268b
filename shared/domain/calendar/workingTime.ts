import { TZDate } from '@date-fns/tz';
import { storeDay } from '../clock';
import { isWeekend, type IsoDate } from './days';
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
const DAY_MS = 86_400_000;

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

/** A date of the store's calendar, by its number (days since 1970-01-01), with what the rules ask of it. */
interface StoreDate {
  readonly date: IsoDate;
  readonly weekend: boolean;
  /** The instant the day begins in the zone. */
  readonly midnight: number;
}

/** One setting of working hours in one zone, as instants date by date. */
class DayHours {
  private readonly byDate = new Map<number, WorkingInterval>();

  constructor(
    private readonly zone: ZoneDays,
    private readonly minutes: { readonly start: number; readonly end: number },
  ) {}

  on(n: number): WorkingInterval {
    let interval = this.byDate.get(n);
    if (!interval) {
      const { date } = this.zone.date(n);
      interval = { start: instantAt(date, this.minutes.start, this.zone.timeZone), end: instantAt(date, this.minutes.end, this.zone.timeZone) };
      this.byDate.set(n, interval);
    }
    return interval;
  }
}

/**
 * The zone's dates and working hours as instants, each worked out once.
 * Building an instant in a zone costs microseconds (TZDate asks Intl for
 * the offset), and the open-complaints queue asks for the same few hundred
 * days tens of thousands of times. Everything here depends only on the
 * zone, the date and the hours, never on the calendar, so it never goes
 * stale; the calendar is asked afresh each time.
 */
class ZoneDays {
  private readonly dates = new Map<number, StoreDate>();
  private readonly hours = new Map<string, DayHours>();

  constructor(readonly timeZone: string) {}

  get size(): number {
    return this.dates.size;
  }

  date(n: number): StoreDate {
    let d = this.dates.get(n);
    if (!d) {
      const date = new Date(n * DAY_MS).toISOString().slice(0, 10);
      d = { date, weekend: isWeekend(date), midnight: instantAt(date, 0, this.timeZone) };
      this.dates.set(n, d);
    }
    return d;
  }

  /**
   * The number of `storeDay(at)`. Found among the cached midnights when the
   * day and the day before are 24 hours long, so no clock change can put
   * `at` on another date; around a change, asked of storeDay itself.
   */
  dayOf(at: number): number {
    const utcDay = Math.floor(at / DAY_MS);
    for (let n = utcDay - 1; n <= utcDay + 1; n += 1) {
      const start = this.date(n).midnight;
      const end = this.date(n + 1).midnight;
      if (at >= start && at < end) {
        if (end - start === DAY_MS && start - this.date(n - 1).midnight === DAY_MS) return n;
        break;
      }
    }
    return Date.parse(`${storeDay(at, this.timeZone)}T00:00:00Z`) / DAY_MS;
  }

  /** The same rule as isWorkingDay, with the weekend already known. */
  isWorking(n: number, calendar: WorkingCalendar): boolean {
    const { date, weekend } = this.date(n);
    return calendar.makeUpWorkdays.has(date) || (!calendar.holidays.has(date) && !weekend);
  }

  /** The hours as instants; broken hours are refused here, as by workingIntervalOn. */
  hoursOf(hours: WorkingHours): DayHours {
    const key = `${hours.start}-${hours.end}`;
    let dayHours = this.hours.get(key);
    if (!dayHours) {
      dayHours = new DayHours(this, hoursInMinutes(hours));
      this.hours.set(key, dayHours);
    }
    return dayHours;
  }
}

/** Beyond this many cached dates a zone starts afresh: a bound on memory, never on correctness. */
const MAX_CACHED_DATES = 50_000;
const zones = new Map<string, ZoneDays>();

function zoneDays(timeZone: string): ZoneDays {
  let zone = zones.get(timeZone);
  if (!zone || zone.size > MAX_CACHED_DATES) {
    zone = new ZoneDays(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
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
  const zone = zoneDays(timeZone);
  // Asked for at the first working day, so broken hours are refused exactly when the day-by-day rule would.
  let dayHours: DayHours | undefined;
  let remaining = durationMs;
  let n = zone.dayOf(start);
  for (let i = 0; i < MAX_SCAN_DAYS; i++, n++) {
    if (!zone.isWorking(n, calendar)) continue;
    dayHours ??= zone.hoursOf(hours);
    const day = dayHours.on(n);
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
  const zone = zoneDays(timeZone);
  let dayHours: DayHours | undefined;
  let total = 0;
  const last = zone.dayOf(to);
  for (let n = zone.dayOf(from); n <= last; n++) {
    if (!zone.isWorking(n, calendar)) continue;
    dayHours ??= zone.hoursOf(hours);
    const day = dayHours.on(n);
    const a = Math.max(day.start, from);
    const b = Math.min(day.end, to);
    if (b > a) total += b - a;
  }
  return total;
}

/** The end of the store day `days - 1` days after `at` (1 = the same day): the close of working hours, or midnight if `at` is after closing. */
export function endOfStoreDay(at: number, days: number, hours: WorkingHours, timeZone: string): number {
  const zone = zoneDays(timeZone);
  const dayHours = zone.hoursOf(hours);
  const n = zone.dayOf(at) + days - 1;
  const closing = dayHours.on(n).end;
  if (closing >= at) return closing;
  // Carried out after closing: the rest of that calendar day still counts as "the same day".
  return zone.date(n + 1).midnight;
}
