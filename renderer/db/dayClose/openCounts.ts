import type { Table } from 'dexie';
import { NOTHING_CARRIED, type CarriedArea } from '../../../shared/domain/dayClose/carried';
import type { CarriedItems } from '../../../shared/domain/dayClose/types';
import type { DeskDatabase } from '../database';

/**
 * A running total of what the close carries to tomorrow, one row per area,
 * moved by the projectors in the transaction that writes the record (a
 * count of 100,000 held bags through their index took most of the close).
 */
export interface OpenCountRow {
  readonly area: CarriedArea;
  readonly count: number;
}

/** What counts from the rows can be read through: the database, or an upgrade's transaction. */
interface Tables {
  table(name: string): Table;
}

/** The open rows counted through their indexes: what the totals always equal (the upgrade fills them with it). */
export async function recountOpen(db: Tables): Promise<CarriedItems> {
  const [storageHeld, lostItemsKept, complaintsOpen, serviceCallsOpen] = await Promise.all([
    db.table('storageItems').where('status').equals('held').count(),
    db.table('lostItems').where('status').equals('kept').count(),
    db.table('complaints').where('open').equals(1).count(),
    db.table('serviceCalls').where('open').equals(1).count(),
  ]);
  return { storageHeld, lostItemsKept, complaintsOpen, serviceCallsOpen };
}

/** The totals kept as rows (the table is filled at the upgrade, so a missing row is an area with nothing open yet). */
export async function readOpenCounts(db: DeskDatabase): Promise<CarriedItems> {
  const counts: Record<CarriedArea, number> = { ...NOTHING_CARRIED };
  for (const row of await db.openCounts.toArray()) counts[row.area] = row.count;
  return counts;
}

export function openCountRows(counts: CarriedItems): OpenCountRow[] {
  return (Object.keys(counts) as CarriedArea[]).map((area) => ({ area, count: counts[area] }));
}

/** Adds a write's steps to the totals (inside the write's transaction). */
export async function addToOpenCounts(db: DeskDatabase, steps: Partial<Record<CarriedArea, number>>): Promise<void> {
  const areas = Object.keys(steps) as CarriedArea[];
  if (areas.length === 0) return;
  const rows = await db.openCounts.bulkGet(areas);
  await db.openCounts.bulkPut(areas.map((area, i) => ({ area, count: (rows[i]?.count ?? 0) + steps[area]! })));
}
