import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The store's time zone; China has one zone and no daylight saving. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A source of "now", so tests and the e2e run can move time without sleeping. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Recent results: one write formats its one instant several times (number, its day, the day's facts), and a zoned date is costly to make. */
const formatted = new Map<string, string>();
const FORMATTED_KEPT = 256;

export function formatInZone(ms: number, pattern: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const key = `${ms}|${pattern}|${timeZone}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const text = format(new TZDate(ms, timeZone), pattern);
  if (formatted.size >= FORMATTED_KEPT) formatted.clear();
  formatted.set(key, text);
  return text;
}

/** The store's calendar day of an instant, as yyyy-MM-dd. */
export function storeDay(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  return formatInZone(ms, 'yyyy-MM-dd', timeZone);
}

/** The instant a store-local wall time (HH:mm on the day of `ms`) falls at. */
export function storeTimeOnDay(ms: number, hhmm: string, timeZone: string = DEFAULT_TIME_ZONE): number {
  const day = new TZDate(ms, timeZone);
  const [h, m] = hhmm.split(':').map(Number);
  const at = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), h ?? 0, m ?? 0, 0, 0, timeZone);
  return at.getTime();
}

/** The instants a store-local day (yyyy-MM-dd) starts and ends at; undefined for a bad date. */
export function dayRange(day: string, timeZone: string): { readonly from: number; readonly to: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const from = new TZDate(y, mo, d, 0, 0, 0, 0, timeZone).getTime();
  // The next local midnight, not +24 h: right even in a zone with daylight saving.
  const to = new TZDate(y, mo, d + 1, 0, 0, 0, 0, timeZone).getTime();
  return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : undefined;
}
