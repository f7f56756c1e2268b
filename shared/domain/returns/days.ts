import { TZDate } from '@date-fns/tz';
import { storeDay } from '../clock';

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-MM-dd (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * Whole store-local calendar days from the purchase date to today: bought
 * today = 0, yesterday = 1. Counted on the store's calendar, not on 24-hour
 * spans, so a purchase at 21:00 and a return the next morning is one day.
 */
export function daysSincePurchase(purchaseDate: string, now: number, timeZone: string): number {
  const from = Date.parse(`${purchaseDate}T00:00:00Z`);
  const to = Date.parse(`${storeDay(now, timeZone)}T00:00:00Z`);
  return Math.round((to - from) / DAY_MS);
}

/** A store-local month written yyyy-MM. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The instants [start, end) of a store-local month, for an index range query. */
export function monthRange(month: string, timeZone: string): { readonly start: number; readonly end: number } {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new RangeError(`Not a month: ${month}`);
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  return {
    start: new TZDate(year, index, 1, 0, 0, 0, 0, timeZone).getTime(),
    end: new TZDate(year, index + 1, 1, 0, 0, 0, 0, timeZone).getTime(),
  };
}
