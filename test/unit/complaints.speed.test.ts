import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { storeDay } from '../../shared/domain/clock';
import {
  addDays,
  addWorkingTime,
  calendarDataFromChineseDays,
  endOfStoreDay,
  toWorkingCalendar,
  withDayKind,
  workingIntervalOn,
  workingTimeBetween,
  type DayKind,
  type WorkingCalendar,
  type WorkingHours,
} from '../../shared/domain/calendar';

/**
 * The working-time rules keep each zone's midnights and working hours as
 * instants once worked out. These properties compare them with the plain
 * day-by-day computation they replaced (every instant through TZDate, every
 * day through storeDay), in zones with and without daylight saving,
 * including clock changes at midnight and a day skipped altogether.
 */

const DAY = 86_400_000;
const MAX_SCAN_DAYS = 3660;

function uncachedAddWorkingTime(start: number, durationMs: number, calendar: WorkingCalendar, hours: WorkingHours, timeZone: string): number {
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
  throw new RangeError('No working time');
}

function uncachedWorkingTimeBetween(from: number, to: number, calendar: WorkingCalendar, hours: WorkingHours, timeZone: string): number {
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

function wallTime(date: string, hhmm: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  return new TZDate(y!, m! - 1, d!, h!, mi!, 0, 0, timeZone).getTime();
}

function uncachedEndOfStoreDay(at: number, days: number, hours: WorkingHours, timeZone: string): number {
  const date = addDays(storeDay(at, timeZone), days - 1);
  const closing = wallTime(date, hours.end, timeZone);
  return closing >= at ? closing : wallTime(addDays(date, 1), '00:00', timeZone);
}

const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia'];
const OFFICIAL = toWorkingCalendar(calendarDataFromChineseDays());
const FROM = Date.UTC(2010, 0, 1);
const TO = Date.UTC(2030, 0, 1);

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const hoursArb = fc
  .tuple(fc.integer({ min: 0, max: 1320 }), fc.integer({ min: 120, max: 1439 }))
  .map(([start, length]): WorkingHours => ({ start: hhmm(start), end: hhmm(Math.min(1439, start + length)) }));
const instantArb = fc.integer({ min: FROM, max: TO });
const kindArb = fc.constantFrom<DayKind>('holiday', 'makeUpWorkday', 'regular');
/** The official calendar with some days around `near` marked otherwise, as a supervisor would. */
const calendarArb = fc.array(fc.tuple(fc.integer({ min: -30, max: 60 }), kindArb), { maxLength: 12 });
const withMarks = (near: number, marks: readonly (readonly [number, DayKind])[]) =>
  marks.reduce((cal, [offset, kind]) => withDayKind(cal, new Date(near + offset * DAY).toISOString().slice(0, 10), kind), OFFICIAL);

/** The same value, or the same kind of error. */
function same(actual: () => number, expected: () => number): void {
  let want: number | Error;
  try {
    want = expected();
  } catch (e) {
    want = e as Error;
  }
  if (want instanceof Error) expect(actual).toThrow(want.constructor);
  else expect(actual()).toBe(want);
}

function properties(runs: number): void {
  it('addWorkingTime gives the same instant as the day-by-day computation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, fc.integer({ min: 0, max: 10 * 24 * 3_600_000 }), hoursArb, calendarArb, (zone, start, duration, hours, marks) => {
        const cal = withMarks(start, marks);
        same(
          () => addWorkingTime(start, duration, cal, hours, zone),
          () => uncachedAddWorkingTime(start, duration, cal, hours, zone),
        );
      }),
      { numRuns: runs },
    );
  });

  it('workingTimeBetween gives the same working time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, fc.integer({ min: -5 * DAY, max: 120 * DAY }), hoursArb, calendarArb, (zone, from, span, hours, marks) => {
        const cal = withMarks(from, marks);
        same(
          () => workingTimeBetween(from, from + span, cal, hours, zone),
          () => uncachedWorkingTimeBetween(from, from + span, cal, hours, zone),
        );
      }),
      { numRuns: runs },
    );
  });

  it('endOfStoreDay gives the same close of day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, fc.integer({ min: 1, max: 3 }), hoursArb, (zone, at, days, hours) => {
        same(
          () => endOfStoreDay(at, days, hours, zone),
          () => uncachedEndOfStoreDay(at, days, hours, zone),
        );
      }),
      { numRuns: runs },
    );
  });
}

/** Instants at and around each zone's clock changes, where a cached midnight could put an instant on the wrong date. */
function clockChanges(zone: string): number[] {
  const offset = (ms: number) => new TZDate(ms, zone).getTimezoneOffset();
  const out: number[] = [];
  for (let day = FROM; day < TO; day += DAY) {
    if (offset(day) === offset(day + DAY)) continue;
    for (let t = day; t < day + DAY; t += 30 * 60_000) {
      if (offset(t) === offset(t + 30 * 60_000)) continue;
      for (let d = -3; d <= 3; d += 1) out.push(t + d * 30 * 60_000, t + d * 30 * 60_000 + 59_999);
    }
  }
  return out;
}

describe('cached working time equals the uncached computation', () => {
  properties(300);

  it('at every clock change of every zone from 2010 to 2030', () => {
    const hours: WorkingHours = { start: '00:00', end: '23:59' };
    for (const zone of ZONES) {
      for (const at of clockChanges(zone)) {
        expect(endOfStoreDay(at, 1, hours, zone)).toBe(uncachedEndOfStoreDay(at, 1, hours, zone));
        expect(workingTimeBetween(at - 2 * DAY, at, OFFICIAL, hours, zone)).toBe(uncachedWorkingTimeBetween(at - 2 * DAY, at, OFFICIAL, hours, zone));
        expect(addWorkingTime(at, 3_600_000, OFFICIAL, hours, zone)).toBe(uncachedAddWorkingTime(at, 3_600_000, OFFICIAL, hours, zone));
      }
    }
  });

  it('refuses broken hours and durations the same way', () => {
    const broken: WorkingHours = { start: '21:00', end: '09:00' };
    same(() => addWorkingTime(FROM, 3_600_000, OFFICIAL, broken, 'Asia/Shanghai'), () => uncachedAddWorkingTime(FROM, 3_600_000, OFFICIAL, broken, 'Asia/Shanghai'));
    same(() => addWorkingTime(FROM, -1, OFFICIAL, { start: '09:00', end: '21:00' }, 'Asia/Shanghai'), () => uncachedAddWorkingTime(FROM, -1, OFFICIAL, { start: '09:00', end: '21:00' }, 'Asia/Shanghai'));
    same(() => workingTimeBetween(Number.NaN, FROM, OFFICIAL, { start: '09:00', end: '21:00' }, 'Asia/Shanghai'), () => uncachedWorkingTimeBetween(Number.NaN, FROM, OFFICIAL, { start: '09:00', end: '21:00' }, 'Asia/Shanghai'));
  });
});

describe('cached working time on a PC in another zone', () => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  // What was cached under the first zone must hold under this one too.
  properties(100);
});
