import { TZDate } from '@date-fns/tz';
import { formatInZone } from '../../../../../shared/domain/clock';

export const STORE_DATE_TIME_PATTERN = 'yyyy-MM-dd HH:mm';

/** A wall time typed as yyyy-MM-dd HH:mm in the store's zone, as an instant; undefined when it is no real time. */
export function parseStoreDateTime(text: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const at = new TZDate(y, mo - 1, d, h, mi, 0, 0, timeZone);
  // A day or hour out of range rolls over (2026-02-30); such a text is refused, not moved.
  return formatInZone(at.getTime(), STORE_DATE_TIME_PATTERN, timeZone) === `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}` ? at.getTime() : undefined;
}
