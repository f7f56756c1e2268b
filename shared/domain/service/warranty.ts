import { addDays } from '../calendar/days';
import { storeDay } from '../clock';

/** The usual manufacturer's warranty when the card says nothing else (months). */
export const DEFAULT_WARRANTY_MONTHS = 12;

export type WarrantyStatus = 'inWarranty' | 'outOfWarranty' | 'unknown';

/** Derived, never typed: under warranty on the day the call came in when bought within the warranty months. */
export function warrantyStatus(purchaseDate: string | undefined, receivedAt: number, timeZone: string, months = DEFAULT_WARRANTY_MONTHS): WarrantyStatus {
  if (!purchaseDate) return 'unknown';
  const [y, m, d] = purchaseDate.split('-').map(Number) as [number, number, number];
  const endMonth = m - 1 + months;
  const end = new Date(Date.UTC(y + Math.floor(endMonth / 12), endMonth % 12, 1));
  // The same day of the month, or the month's last day (bought 31 Jan, 1 month → 28/29 Feb); the last covered day is the day before.
  const lastOfMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  const sameDay = `${end.getUTCFullYear()}-${String(end.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, lastOfMonth)).padStart(2, '0')}`;
  const lastCovered = addDays(sameDay, -1);
  return storeDay(receivedAt, timeZone) <= lastCovered ? 'inWarranty' : 'outOfWarranty';
}
