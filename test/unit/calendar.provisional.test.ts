import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarDataFromChineseDays,
  DEFAULT_WORKING_HOURS,
  isWorkingDay,
  missingCalendarYear,
  provisionalYears,
  statutoryHolidays,
  toWorkingCalendar,
  withProvisionalYears,
} from '../../shared/domain/calendar';
import { complaintRulesOf } from '../../shared/domain/complaints/rules';
import type { CalendarState } from '../../shared/domain/calendar/record';

const TZ = 'Asia/Shanghai';
/** A Shanghai wall time (UTC+8) as an instant. */
const sh = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);

/** The package's calendar as it stands (official days up to 2026), with later years provisional. */
const defaultCalendar = complaintRulesOf(undefined, undefined).calendar;

describe('statutory holidays of a year', () => {
  it('2027: 元旦, 春节 eve + 3 days, 清明, 劳动节 2 days, 端午, 中秋, 国庆 3 days', () => {
    expect(statutoryHolidays(2027).map((d) => `${d.date} ${d.holiday}`)).toEqual([
      '2027-01-01 newYear',
      '2027-02-05 springFestival',
      '2027-02-06 springFestival',
      '2027-02-07 springFestival',
      '2027-02-08 springFestival',
      '2027-04-05 qingming',
      '2027-05-01 labourDay',
      '2027-05-02 labourDay',
      '2027-06-09 dragonBoat',
      '2027-09-15 midAutumn',
      '2027-10-01 nationalDay',
      '2027-10-02 nationalDay',
      '2027-10-03 nationalDay',
    ]);
  });

  it('every statutory day of 2008-2026 is a day off in the official data (lunar dates and 清明 included)', () => {
    const official = toWorkingCalendar(calendarDataFromChineseDays());
    // 清明, 端午 and 中秋 became days off in 2008; each official period contains the statutory day.
    for (let year = 2008; year <= 2026; year++) {
      const days = statutoryHolidays(year);
      const eve = days.find((d) => d.holiday === 'springFestival');
      for (const day of days) {
        // Before the 2024 amendment: 劳动节 was 1 May alone, and 除夕 was no statutory day from 2014.
        if (year < 2025 && day.date === `${year}-05-02`) continue;
        if (year >= 2014 && year < 2025 && day === eve) continue;
        expect(isWorkingDay(official, day.date), `${year} ${day.holiday} ${day.date}`).toBe(false);
      }
    }
  });
});

describe('a year without official days', () => {
  it('counts its statutory days off provisionally, and never guesses a make-up working day', () => {
    expect(missingCalendarYear(defaultCalendar, '2026-12-01')).toBe(2027);
    expect([...provisionalYears(defaultCalendar)]).toContain(2027);
    expect(isWorkingDay(defaultCalendar, '2027-01-01')).toBe(false);
    expect(isWorkingDay(defaultCalendar, '2027-10-01')).toBe(false);
    expect(defaultCalendar.provisional?.get('2027-02-06')).toBe('springFestival');
    expect([...defaultCalendar.makeUpWorkdays].filter((d) => d.startsWith('2027-'))).toEqual([]);
    // The official years are untouched: none of their days is provisional.
    expect([...(defaultCalendar.provisional?.keys() ?? [])].some((d) => d < '2027')).toBe(false);
  });

  it('a limit started 2026-12-31 10:00 for 1 working day ends 2027-01-04 10:00 (not on New Year’s Day)', () => {
    expect(addWorkingDays(sh(2026, 12, 31, 10), 1, defaultCalendar, DEFAULT_WORKING_HOURS, TZ)).toBe(sh(2027, 1, 4, 10));
    // Without the provisional days it lands on the holiday: the defect this guards against.
    const bare = toWorkingCalendar(calendarDataFromChineseDays());
    expect(addWorkingDays(sh(2026, 12, 31, 10), 1, bare, DEFAULT_WORKING_HOURS, TZ)).toBe(sh(2027, 1, 1, 10));
  });

  it('entering the official year replaces its provisional days and changes no other year', () => {
    // An official 2027 as the State Council might give it: a longer Spring Festival with make-up Saturdays.
    const official2027 = {
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03', ...['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => `2027-02-${d}`)],
      makeUpWorkdays: ['2027-02-20'],
    };
    const saved: CalendarState = {
      id: 'calendar',
      calendar: {
        holidays: [...calendarDataFromChineseDays().holidays, ...official2027.holidays],
        makeUpWorkdays: [...calendarDataFromChineseDays().makeUpWorkdays, ...official2027.makeUpWorkdays],
      },
      hours: DEFAULT_WORKING_HOURS,
      updatedAt: 0,
      updatedBy: 'S001',
      refusals: [],
      pendingEntries: 0,
    };
    const entered = complaintRulesOf(undefined, saved).calendar;
    expect(missingCalendarYear(entered, '2026-12-01')).toBeUndefined();
    expect(provisionalYears(entered).has(2027)).toBe(false);
    // 2027's days are now exactly the official ones: 10-01 is no longer a holiday until the supervisor says so.
    expect(isWorkingDay(entered, '2027-02-12')).toBe(false);
    expect(isWorkingDay(entered, '2027-02-20')).toBe(true);
    expect(isWorkingDay(entered, '2027-10-01')).toBe(true);
    // Other years: 2026 as before, 2028 still provisional.
    for (const date of ['2026-10-01', '2026-10-10', '2026-02-14', '2028-01-01', '2028-05-02']) {
      expect(isWorkingDay(entered, date), date).toBe(isWorkingDay(defaultCalendar, date));
    }
    expect(provisionalYears(entered).has(2028)).toBe(true);
  });

  it('leaves an empty calendar empty, and a typed make-up day wins over a provisional holiday', () => {
    const empty = toWorkingCalendar({ holidays: [], makeUpWorkdays: [] });
    expect(withProvisionalYears(empty)).toBe(empty);
    const typed = withProvisionalYears(toWorkingCalendar({ holidays: ['2026-01-01'], makeUpWorkdays: ['2027-05-02'] }));
    expect(isWorkingDay(typed, '2027-05-02')).toBe(true);
    expect(isWorkingDay(typed, '2027-05-01')).toBe(false);
  });
});
