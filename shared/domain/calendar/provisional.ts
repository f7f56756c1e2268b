import type { IsoDate } from './days';
import { statutoryHolidays, type StatutoryHoliday } from './statutory';
import type { WorkingCalendar } from './types';

/** How many years past the last one entered get provisional days: limits reach that far, and the list stays small. */
const PROVISIONAL_YEARS_AHEAD = 10;

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The calendar with its missing years filled in provisionally: every year
 * from the first one entered to ten years past the last that has no
 * holiday at all (every year in China has some, so it has not been
 * entered) gets its statutory days off. Make-up working days are never
 * added. A calendar with nothing entered is returned as it is.
 */
export function withProvisionalYears(calendar: WorkingCalendar): WorkingCalendar {
  const years = new Set([...calendar.holidays].map(yearOf));
  if (years.size === 0) return calendar;
  const first = Math.min(...years);
  const last = Math.max(...years) + PROVISIONAL_YEARS_AHEAD;
  const holidays = new Set(calendar.holidays);
  const provisional = new Map<IsoDate, StatutoryHoliday>();
  for (let year = first; year <= last; year++) {
    if (years.has(year)) continue;
    for (const day of statutoryHolidays(year)) {
      // A make-up working day typed for that year wins, as it does over any holiday.
      if (calendar.makeUpWorkdays.has(day.date) || provisional.has(day.date)) continue;
      holidays.add(day.date);
      provisional.set(day.date, day.holiday);
    }
  }
  return { holidays, makeUpWorkdays: calendar.makeUpWorkdays, provisional };
}

/** The years whose days off are provisional. */
export function provisionalYears(calendar: WorkingCalendar): ReadonlySet<number> {
  return new Set([...(calendar.provisional?.keys() ?? [])].map(yearOf));
}
