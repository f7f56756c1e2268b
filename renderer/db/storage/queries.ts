import { normalizeRecordNumber, parseRecordNumber } from '../../../shared/domain/numbering';
import type { DeskDatabase, StorageItemRow } from '../database';

export interface StorageSearch {
  readonly text: string;
  /** Deposit time range (UTC ms), inclusive. */
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly limit?: number;
}

/**
 * Search the way a clerk asks: a ticket number (whole or its start), the last
 * four digits or the whole phone, or words of the description or name,
 * optionally within a deposit date range; newest first.
 */
export async function searchStorage(db: DeskDatabase, search: StorageSearch): Promise<StorageItemRow[]> {
  const limit = search.limit ?? 50;
  const text = search.text.trim();
  const inRange = (i: StorageItemRow) =>
    (search.from === undefined || i.depositedAt >= search.from) && (search.to === undefined || i.depositedAt <= search.to);
  const newestFirst = (rows: StorageItemRow[]) => rows.filter(inRange).sort((a, b) => b.depositedAt - a.depositedAt).slice(0, limit);

  const asNumber = normalizeRecordNumber(text);
  if (parseRecordNumber(asNumber)) return newestFirst(await db.storageItems.where('number').equals(asNumber).toArray());
  if (/^[A-Z]{2}-/.test(asNumber)) return newestFirst(await db.storageItems.where('number').startsWith(asNumber).limit(limit * 4).toArray());
  const digits = text.replace(/[\s-]/g, '');
  if (/^\d{4,}$/.test(digits)) {
    const rows = await db.storageItems.where('phoneTail').equals(digits.slice(-4)).toArray();
    return newestFirst(rows.filter((i) => (i.phone ?? '').endsWith(digits)));
  }
  const range = db.storageItems
    .where('depositedAt')
    .between(search.from ?? 0, search.to ?? Number.MAX_SAFE_INTEGER, true, true)
    .reverse();
  if (!text) return range.limit(limit).toArray();
  const needle = text.toLowerCase();
  return range
    .filter((i) => i.description.toLowerCase().includes(needle) || (i.customerName ?? '').toLowerCase().includes(needle) || i.slot.toLowerCase() === needle)
    .limit(limit)
    .toArray();
}

/** Everything still held, oldest first (the overnight list at closing). */
export function heldItems(db: DeskDatabase): Promise<StorageItemRow[]> {
  return db.storageItems.where('status').equals('held').sortBy('depositedAt');
}

/** Items with a conflict from another counter, for a supervisor to settle. */
export function storageConflicts(db: DeskDatabase): Promise<StorageItemRow[]> {
  return db.storageItems.where('conflict').equals(1).toArray();
}
