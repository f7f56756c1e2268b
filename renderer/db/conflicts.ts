import type { DeskDatabase } from './database';

/** Rules that span counters, broken while offline (released twice, left twice, refunded beyond the receipt): records waiting for a supervisor. */
export async function countConflicts(db: DeskDatabase): Promise<number> {
  const [storage, lost, receipts] = await Promise.all([
    db.storageItems.where('conflict').equals(1).count(),
    db.lostItems.where('conflict').equals(1).count(),
    db.receipts.where('conflict').equals(1).count(),
  ]);
  return storage + lost + receipts;
}
