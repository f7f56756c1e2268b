import chineseDaysJson from 'chinese-days/dist/chinese-days.json';
import type { WorkingCalendarData } from './types';

/**
 * The official holidays and make-up working days (调休) as published by the
 * State Council, from the `chinese-days` package, converted once into our
 * plain calendar data; from then on the calendar is ours and a supervisor
 * edits it (a new year's dates, a store-specific change).
 *
 * Why the package's data file and not its functions: its date functions
 * parse "2026-10-01" as UTC midnight but read the day back in the PC's own
 * zone, so on a PC west of UTC every date comes out one day early (checked
 * with chinese-days 1.5.7 under TZ=America/Los_Angeles). The data file has
 * no time zone in it at all.
 */
export interface ChineseDaysData {
  /** Date -> "English name,中文名,days" for every day off of a holiday period (weekends within it included). */
  readonly holidays: Readonly<Record<string, string>>;
  /** Date -> the holiday a weekend working day makes up for. */
  readonly workdays: Readonly<Record<string, string>>;
}

export const CHINESE_DAYS_DATA: ChineseDaysData = chineseDaysJson;

function inYears(date: string, fromYear: number | undefined, toYear: number | undefined): boolean {
  const year = Number(date.slice(0, 4));
  return (fromYear === undefined || year >= fromYear) && (toYear === undefined || year <= toYear);
}

/** The package's days as calendar data, optionally only the years from..to (both included). */
export function calendarDataFromChineseDays(
  data: ChineseDaysData = CHINESE_DAYS_DATA,
  fromYear?: number,
  toYear?: number,
): WorkingCalendarData {
  return {
    holidays: Object.keys(data.holidays)
      .filter((d) => inYears(d, fromYear, toYear))
      .sort(),
    makeUpWorkdays: Object.keys(data.workdays)
      .filter((d) => inYears(d, fromYear, toYear))
      .sort(),
  };
}

/** The holiday's Chinese name for a date, for showing in the calendar editor ("国庆节"), or undefined. */
export function chineseHolidayName(date: string, data: ChineseDaysData = CHINESE_DAYS_DATA): string | undefined {
  const text = data.holidays[date] ?? data.workdays[date];
  return text?.split(',')[1];
}
