import type { IsoDate } from './days';
import type { WorkingCalendar } from './types';

/** From November the coming year's days are due: the State Council publishes them in autumn, and limits near year end reach into January. */
const NEXT_YEAR_DUE_FROM_MONTH = 11;

/** Entered: the year has a holiday that is not a provisional one. */
function hasHolidayIn(calendar: WorkingCalendar, year: number): boolean {
  const prefix = `${year}-`;
  for (const day of calendar.holidays) if (day.startsWith(prefix) && !calendar.provisional?.has(day)) return true;
  return false;
}

/**
 * The year whose official days the calendar lacks and the working-day
 * limits need now: this year, or from November the next one. Undefined
 * when both are there. (Every year in China has public holidays, so a year
 * with none but the provisional statutory ones has not been entered.)
 */
export function missingCalendarYear(calendar: WorkingCalendar, today: IsoDate): number | undefined {
  const year = Number(today.slice(0, 4));
  if (!hasHolidayIn(calendar, year)) return year;
  if (Number(today.slice(5, 7)) >= NEXT_YEAR_DUE_FROM_MONTH && !hasHolidayIn(calendar, year + 1)) return year + 1;
  return undefined;
}
