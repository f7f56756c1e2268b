import { formatInZone } from '../../../shared/domain/clock';
import { formatYuan, type Fen } from '../../../shared/domain/money';
import type { Campaign } from '../../../shared/domain/gifts/types';

/** Money on screen: always yuan with two decimals, from integer fen. */
export function yuan(fen: Fen): string {
  return formatYuan(fen);
}

export function day(ms: number, timeZone: string): string {
  return formatInZone(ms, 'yyyy-MM-dd', timeZone);
}

export function dateTime(ms: number, timeZone: string): string {
  return formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone);
}

/** "2026-11-20 – 2026-11-30": the days printed on the poster. */
export function periodText(c: Pick<Campaign, 'start' | 'end'>, timeZone: string): string {
  return `${day(c.start, timeZone)} – ${day(c.end, timeZone)}`;
}

/** The store day `days` after now, as yyyy-MM-dd (form defaults; the store's zone has no daylight saving). */
export function storeDayAfter(now: number, days: number, timeZone: string): string {
  return formatInZone(now + days * 86_400_000, 'yyyy-MM-dd', timeZone);
}
