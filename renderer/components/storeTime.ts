import { TZDate } from '@date-fns/tz';
import { formatInZone } from '../../shared/domain/clock';

/** The value of a datetime-local input showing `ms` as the store's wall time. */
export function toLocalInput(ms: number, timeZone: string): string {
  return formatInZone(ms, "yyyy-MM-dd'T'HH:mm", timeZone);
}

/**
 * What a clerk picked in a datetime-local input, read as the store's wall
 * time — not this PC's time zone, which may be set wrong on a counter PC.
 */
export function fromLocalInput(value: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return undefined;
  const at = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), 0, 0, timeZone).getTime();
  return Number.isFinite(at) ? at : undefined;
}
