import type { WorkingCalendar, WorkingHours } from '../calendar/types';
import { addWorkingTime, endOfStoreDay, workingDayMs, workingTimeBetween } from '../calendar/workingTime';
import type { DeadlineLimit } from './policy';

/**
 * How a limit's time is counted: clock time, or working time. A limit is a
 * budget in its meter's measure; a pause stops the counting, an extension
 * raises the budget, and the due time is where the budget runs out.
 */
export interface Meter {
  /** Counted time from `from` to `to` (0 if `to` is not later). */
  measure(from: number, to: number): number;
  /** The earliest instant at which `amount` of counted time has passed since `from`. */
  advance(from: number, amount: number): number;
}

export const CLOCK_METER: Meter = {
  measure: (from, to) => Math.max(0, to - from),
  advance: (from, amount) => from + amount,
};

export function workingMeter(calendar: WorkingCalendar, hours: WorkingHours, timeZone: string): Meter {
  return {
    measure: (from, to) => workingTimeBetween(from, to, calendar, hours, timeZone),
    advance: (from, amount) => addWorkingTime(from, amount, calendar, hours, timeZone),
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface LimitClock {
  readonly meter: Meter;
  readonly budget: number;
}

/** The meter and budget of a limit that starts at `start`. */
export function limitClock(limit: DeadlineLimit, start: number, calendar: WorkingCalendar, hours: WorkingHours, timeZone: string): LimitClock {
  switch (limit.unit) {
    case 'minutes':
      return { meter: CLOCK_METER, budget: limit.amount * MINUTE };
    case 'hours':
      return { meter: CLOCK_METER, budget: limit.amount * HOUR };
    case 'days':
      return { meter: CLOCK_METER, budget: limit.amount * 24 * HOUR };
    case 'workingHours':
      return { meter: workingMeter(calendar, hours, timeZone), budget: limit.amount * HOUR };
    case 'workingDays':
      return { meter: workingMeter(calendar, hours, timeZone), budget: limit.amount * workingDayMs(hours) };
    case 'endOfDay':
      // "The same day" becomes clock time up to that day's close, so a pause pushes it like any other limit.
      return { meter: CLOCK_METER, budget: endOfStoreDay(start, limit.amount, hours, timeZone) - start };
  }
}
