import { TZDate } from '@date-fns/tz';
import { DEFAULT_TIME_ZONE, formatInZone } from '../clock';

/**
 * A campaign runs over whole store days: from 00:00:00 of its first day to
 * 23:59:59.999 of its last day, in the store's time zone (the poster says
 * "11月1日至11月7日", and the 7th counts to closing and beyond).
 */
export interface CampaignPeriod {
  readonly start: number;
  readonly end: number;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a store day `yyyy-MM-dd`, as UTC ms; undefined for a date that does not exist. */
export function storeDayStart(day: string, timeZone: string = DEFAULT_TIME_ZONE): number | undefined {
  const m = DAY_PATTERN.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new TZDate(y, mo - 1, d, 0, 0, 0, 0, timeZone);
  // new Date(2026, 1, 30) rolls over to March: such a date was not a real day.
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return undefined;
  return at.getTime();
}

/** The period from the first to the last day, both inclusive. */
export function campaignPeriod(startDay: string, endDay: string, timeZone: string = DEFAULT_TIME_ZONE): CampaignPeriod | undefined {
  const start = storeDayStart(startDay, timeZone);
  const endStart = storeDayStart(endDay, timeZone);
  if (start === undefined || endStart === undefined) return undefined;
  const [y, mo, d] = endDay.split('-').map(Number);
  const next = new TZDate(y!, mo! - 1, d! + 1, 0, 0, 0, 0, timeZone).getTime();
  return { start, end: next - 1 };
}

/** The period's days again, for showing and editing. */
export function periodDays(period: CampaignPeriod, timeZone: string = DEFAULT_TIME_ZONE): { readonly startDay: string; readonly endDay: string } {
  return { startDay: formatInZone(period.start, 'yyyy-MM-dd', timeZone), endDay: formatInZone(period.end, 'yyyy-MM-dd', timeZone) };
}
