import { TZDate } from '@date-fns/tz';

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
