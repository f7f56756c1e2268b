import type { Entry } from '../../shared/domain/entry';
import { countIntoFacts, factKeyOf, type DeskFact } from '../../shared/domain/dayLog/facts';
import type { DeskDatabase } from './database';

/** Counts newly stored entries into the day facts (inside the write's transaction: counted once, with the entry). */
export async function countEntries(db: DeskDatabase, entries: readonly Entry[], timeZone: string): Promise<void> {
  if (entries.length === 0) return;
  const keys = [...new Set(entries.map((e) => factKeyOf(e, timeZone).key))];
  const rows = await db.deskFacts.bulkGet(keys);
  const existing = new Map<string, DeskFact>();
  for (const row of rows) if (row) existing.set(row.key, row);
  await db.deskFacts.bulkPut(countIntoFacts(existing, entries, timeZone));
}

/** The facts of store-local days `from`..`to` (yyyy-MM-dd, both included). */
export function factsBetween(db: DeskDatabase, from: string, to: string): Promise<DeskFact[]> {
  return db.deskFacts.where('day').between(from, to, true, true).toArray();
}
