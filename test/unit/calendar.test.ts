import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  addWorkingTime,
  calendarDataFromChineseDays,
  calendarProblems,
  chineseHolidayName,
  datesBetween,
  DEFAULT_WORKING_HOURS,
  EMPTY_CALENDAR,
  endOfStoreDay,
  isIsoDate,
  isWorkingDay,
  toWorkingCalendar,
  weekdayOf,
  withDayKind,
  workingHoursProblem,
  workingTimeBetween,
  type WorkingCalendar,
} from '../../shared/domain/calendar';
import { calendarDayInput, workingCalendarDataInput, workingCalendarInput, workingHoursInput } from '../../shared/schema/complaints';

const TZ = 'Asia/Shanghai';
const HOURS = DEFAULT_WORKING_HOURS; // 09:00-21:00
const H = 3_600_000;
/** A Shanghai wall time (UTC+8, no daylight saving) as an instant. */
const sh = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);

const CN: WorkingCalendar = toWorkingCalendar(calendarDataFromChineseDays(undefined, 2025, 2026));

describe('calendar dates', () => {
  it('knows real dates and weekdays without the PC zone', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(weekdayOf('2026-10-01')).toBe(4);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it.each([
    ['2026-10-01', false, 'National Day (Thursday)'],
    ['2026-10-10', true, 'make-up Saturday for National Day'],
    ['2026-09-20', true, 'make-up Sunday'],
    ['2026-02-14', true, 'make-up Saturday for Spring Festival'],
    ['2026-02-16', false, 'Spring Festival (Monday)'],
    ['2026-11-28', false, 'a plain Saturday'],
    ['2026-11-30', true, 'a plain Monday'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(isWorkingDay(CN, date)).toBe(working);
  });
});

describe('chinese-days conversion', () => {
  it('carries the 2026 National Day and Spring Festival days off and make-up days', () => {
    const data = calendarDataFromChineseDays(undefined, 2026, 2026);
    expect(data.holidays).toEqual(expect.arrayContaining(['2026-10-01', '2026-10-07', '2026-09-25', '2026-02-15', '2026-02-23']));
    expect(data.makeUpWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(data.holidays.every((d) => d.startsWith('2026-'))).toBe(true);
    expect(chineseHolidayName('2026-10-01')).toBe('国庆节');
  });

  it('the whole package converts to a valid calendar (no overlap, real dates)', () => {
    expect(calendarProblems(calendarDataFromChineseDays())).toEqual([]);
  });
});

describe('calendar validation', () => {
  it('refuses a day that is both a holiday and a make-up working day, and invalid dates', () => {
    expect(calendarProblems({ holidays: ['2026-10-01', '2026-13-01'], makeUpWorkdays: ['2026-10-01', 'soon'] })).toEqual([
      { kind: 'invalidDate', list: 'holidays', index: 1, value: '2026-13-01' },
      { kind: 'invalidDate', list: 'makeUpWorkdays', index: 1, value: 'soon' },
      { kind: 'overlap', date: '2026-10-01' },
    ]);
  });

  it('the schema shows the problems at the field, as i18n keys', () => {
    const r = workingCalendarDataInput.safeParse({ holidays: ['2026-10-01', '2026-02-30'], makeUpWorkdays: ['2026-10-10', '2026-10-01'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['holidays.1', 'error.calendarDate'],
      ['makeUpWorkdays.1', 'error.calendarOverlap'],
    ]);
    const ok = workingCalendarInput.parse({ holidays: ['2026-10-01'], makeUpWorkdays: ['2026-10-10'] });
    expect(ok.holidays.has('2026-10-01')).toBe(true);
    expect(calendarDayInput.safeParse({ date: '2026-02-29', kind: 'holiday' }).error?.issues[0]?.message).toBe('error.calendarDate');
  });

  it('a supervisor marking a day takes it out of the other list', () => {
    const edited = withDayKind(CN, '2026-10-10', 'holiday');
    expect(edited.makeUpWorkdays.has('2026-10-10')).toBe(false);
    expect(edited.holidays.has('2026-10-10')).toBe(true);
    expect(isWorkingDay(withDayKind(CN, '2026-10-01', 'regular'), '2026-10-01')).toBe(true);
  });

  it('working hours are HH:mm with the end after the start', () => {
    expect(workingHoursProblem({ start: '09:00', end: '21:00' })).toBeUndefined();
    expect(workingHoursProblem({ start: '21:00', end: '09:00' })).toBe('endNotAfterStart');
    expect(workingHoursProblem({ start: '9', end: '21:00' })).toBe('invalidTime');
    expect(workingHoursInput.safeParse({ start: '10:00', end: '10:00' }).error?.issues[0]?.message).toBe('error.workingHoursOrder');
    expect(() => addWorkingTime(0, H, CN, { start: '21:00', end: '09:00' }, TZ)).toThrow(RangeError);
  });
});

describe('working time (09:00-21:00 Shanghai)', () => {
  it.each([
    ['within a day', sh(2026, 11, 23, 10), 2 * H, sh(2026, 11, 23, 12)],
    ['before opening starts at opening', sh(2026, 11, 23, 7), H, sh(2026, 11, 23, 10)],
    ['ends exactly at closing, not next morning', sh(2026, 11, 23, 9), 12 * H, sh(2026, 11, 23, 21)],
    ['across closing to the next morning', sh(2026, 11, 23, 20), 2 * H, sh(2026, 11, 24, 10)],
    ['across a weekend', sh(2026, 11, 27, 20), 2 * H, sh(2026, 11, 30, 10)],
    ['from a Saturday', sh(2026, 11, 28, 15), H, sh(2026, 11, 30, 10)],
    ['onto a make-up Sunday', sh(2026, 9, 19, 10), H, sh(2026, 9, 20, 10)],
    ['over the Mid-autumn Friday-Sunday', sh(2026, 9, 24, 20), 2 * H, sh(2026, 9, 28, 10)],
    ['zero duration is the start itself, even at night', sh(2026, 11, 23, 23), 0, sh(2026, 11, 23, 23)],
  ])('%s', (_name, start, duration, expected) => {
    expect(addWorkingTime(start, duration, CN, HOURS, TZ)).toBe(expected);
  });

  it('3 working days over National Day land on the make-up Saturday 10-10', () => {
    // 09-30 15:00-21:00 (6 h), 10-01..07 off, 10-08 and 10-09 (24 h), 10-10 make-up day 09:00-15:00.
    expect(addWorkingDays(sh(2026, 9, 30, 15), 3, CN, HOURS, TZ)).toBe(sh(2026, 10, 10, 15));
    // Without the holidays: Oct 1-2 are worked, the weekend skipped, so Monday 10-05.
    expect(addWorkingDays(sh(2026, 9, 30, 15), 3, EMPTY_CALENDAR, HOURS, TZ)).toBe(sh(2026, 10, 5, 15));
  });

  it('2 working days over Spring Festival count the make-up Saturday 02-14', () => {
    // 02-13 10:00-21:00 (11 h), 02-14 make-up (12 h), 02-15..23 off, 02-24 09:00-10:00.
    expect(addWorkingDays(sh(2026, 2, 13, 10), 2, CN, HOURS, TZ)).toBe(sh(2026, 2, 24, 10));
  });

  it('from outside the hours, N working days end at the close of the N-th working day', () => {
    expect(addWorkingDays(sh(2026, 11, 27, 22), 1, CN, HOURS, TZ)).toBe(sh(2026, 11, 30, 21));
  });

  it('measures working time between two instants', () => {
    expect(workingTimeBetween(sh(2026, 11, 27, 20), sh(2026, 11, 30, 10), CN, HOURS, TZ)).toBe(2 * H);
    expect(workingTimeBetween(sh(2026, 10, 1, 0), sh(2026, 10, 8, 0), CN, HOURS, TZ)).toBe(0);
    expect(workingTimeBetween(sh(2026, 10, 8, 0), sh(2026, 10, 1, 0), CN, HOURS, TZ)).toBe(0);
  });

  it('"the same day" ends at closing, or at midnight when already after closing', () => {
    expect(endOfStoreDay(sh(2026, 10, 3, 15), 1, HOURS, TZ)).toBe(sh(2026, 10, 3, 21));
    expect(endOfStoreDay(sh(2026, 10, 3, 22), 1, HOURS, TZ)).toBe(sh(2026, 10, 4, 0));
    expect(endOfStoreDay(sh(2026, 10, 3, 15), 2, HOURS, TZ)).toBe(sh(2026, 10, 4, 21));
  });

  it('honours configured hours', () => {
    expect(addWorkingTime(sh(2026, 11, 23, 17), 2 * H, CN, { start: '08:30', end: '18:00' }, TZ)).toBe(sh(2026, 11, 24, 9, 30));
  });
});

describe('working time on a PC in another zone', () => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it('gives the same Shanghai instants (the PC is in Los Angeles, with daylight saving)', () => {
    expect(new Date(sh(2026, 7, 1)).getTimezoneOffset()).toBe(420);
    expect(addWorkingDays(sh(2026, 9, 30, 15), 3, CN, HOURS, TZ)).toBe(sh(2026, 10, 10, 15));
    expect(addWorkingDays(sh(2026, 2, 13, 10), 2, CN, HOURS, TZ)).toBe(sh(2026, 2, 24, 10));
    // Across the Los Angeles daylight-saving change (2026-11-01) nothing moves in Shanghai.
    expect(addWorkingTime(sh(2026, 10, 30, 20), 2 * H, CN, HOURS, TZ)).toBe(sh(2026, 11, 2, 10));
    expect(calendarDataFromChineseDays(undefined, 2026, 2026).makeUpWorkdays).toContain('2026-10-10');
  });
});

describe('working time properties', () => {
  const start = fc.integer({ min: sh(2025, 1, 1), max: sh(2026, 12, 1) });
  const duration = fc.integer({ min: 0, max: 20 * 12 * H });
  const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2025-01-01', n));

  it('a deadline is never before its start, and the working time up to it is the duration', () => {
    fc.assert(
      fc.property(start, duration, (s, d) => {
        const due = addWorkingTime(s, d, CN, HOURS, TZ);
        expect(due).toBeGreaterThanOrEqual(s);
        expect(workingTimeBetween(s, due, CN, HOURS, TZ)).toBe(d);
      }),
    );
  });

  it('adding a holiday never makes a deadline earlier', () => {
    fc.assert(
      fc.property(start, duration, day, (s, d, holiday) => {
        const before = addWorkingTime(s, d, CN, HOURS, TZ);
        const after = addWorkingTime(s, d, withDayKind(CN, holiday, 'holiday'), HOURS, TZ);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('the same holds for working days', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 10 }), day, (s, n, holiday) => {
        const before = addWorkingDays(s, n, CN, HOURS, TZ);
        expect(before).toBeGreaterThanOrEqual(s);
        expect(addWorkingDays(s, n, withDayKind(CN, holiday, 'holiday'), HOURS, TZ)).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('more working days is never earlier', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 10 }), (s, n) => {
        expect(addWorkingDays(s, n + 1, CN, HOURS, TZ)).toBeGreaterThan(addWorkingDays(s, n, CN, HOURS, TZ));
      }),
    );
  });
});
