import { sortEntries, type Entry, type RecordType } from '../../shared/domain/entry';
import type { DeskContext } from './context';
import type { DeskDatabase } from './database';
import { projectionTables, rebuildRecord } from './projectors';
import { writeEntries } from './writePath';

/**
 * Applies entries made at other counters (what sync pulls). Already-known ids
 * are skipped, so a repeated pull is harmless. Each touched record is rebuilt
 * from all its entries in the shared order, so a late entry with an old clock
 * lands in the right place, and a rule it breaks shows as a conflict.
 */
export async function applyIncomingEntries(ctx: DeskContext, incoming: readonly Entry[]): Promise<number> {
  return writeEntries(ctx, async (tx) => {
    const fresh: Entry[] = [];
    for (const entry of incoming) {
      if (!(await tx.db.entries.get(entry.id))) fresh.push(entry);
    }
    if (fresh.length === 0) return 0;
    await tx.db.entries.bulkAdd(fresh);
    const touched = new Map<string, { recordType: RecordType; recordId: string }>();
    for (const e of fresh) touched.set(`${e.recordType}/${e.recordId}`, { recordType: e.recordType, recordId: e.recordId });
    for (const { recordType, recordId } of touched.values()) await rebuildRecord(tx.db, recordType, recordId);
    await tx.observe(fresh);
    await tx.audit({ action: 'sync.received', summary: `${fresh.length} entries` });
    return fresh.length;
  });
}

/** Rebuilds every projection from the entries alone: the same entries give the same state. */
export async function rebuildAllProjections(db: DeskDatabase): Promise<void> {
  await db.transaction('rw', [db.entries, ...projectionTables(db)], async () => {
    await Promise.all(projectionTables(db).map((t) => t.clear()));
    const keys = new Map<string, { recordType: RecordType; recordId: string }>();
    for (const e of sortEntries(await db.entries.toArray())) keys.set(`${e.recordType}/${e.recordId}`, e);
    for (const { recordType, recordId } of keys.values()) await rebuildRecord(db, recordType, recordId);
  });
}

