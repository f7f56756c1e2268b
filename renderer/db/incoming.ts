import Dexie from 'dexie';
import { sortEntries, type Entry, type RecordType } from '../../shared/domain/entry';
import type { DeskContext } from './context';
import { wantMissingFiles } from './complaints/attachmentWants';
import type { DeskDatabase } from './database';
import { projectionTables, rebuildRecord, rebuildRecords, recordKeyOf } from './projectors';
import { writeEntries, type WriteTx } from './writePath';
import { countEntries } from './deskFacts';
import { flagLateEntries } from './dayClose/lock';

/**
 * Applies entries made at other counters (what sync pulls). Already-known ids
 * are skipped, so a repeated pull is harmless. Each touched record is rebuilt
 * from all its entries in the shared order, so a late entry with an old clock
 * lands in the right place, and a rule it breaks shows as a conflict. Files
 * the entries refer to and this counter lacks are noted for sync to fetch.
 * `afterApply` runs in the same transaction (sync moves its cursor there, so
 * the cursor never gets ahead of what is applied). `recordsHeld`, when
 * given, is every record this counter holds entries of (kept up to date
 * here): a record outside it is built from the batch without a read.
 */
export async function applyIncomingEntries(
  ctx: DeskContext,
  incoming: readonly Entry[],
  afterApply?: (tx: WriteTx) => Promise<void>,
  recordsHeld?: Set<string>,
): Promise<number> {
  return writeEntries(ctx, 'sync.intake', async (tx) => {
    await afterApply?.(tx);
    const fresh = await addUnknown(tx.db, incoming);
    if (fresh.length === 0) return 0;
    await countEntries(tx.db, fresh, ctx.session.timeZone);
    const touched = new Map<string, { recordType: RecordType; recordId: string }>();
    const newRecords = new Map<string, Entry[]>();
    for (const e of fresh) {
      const key = recordKeyOf(e);
      touched.set(key, { recordType: e.recordType, recordId: e.recordId });
      // A record this counter held no entry of: its entries are exactly these (no read needed).
      if (recordsHeld && !recordsHeld.has(key)) newRecords.set(key, [...(newRecords.get(key) ?? []), e]);
    }
    await rebuildRecords(tx.db, [...touched.values()], newRecords);
    await flagLateEntries(tx.db, fresh, ctx.session.timeZone, tx.now);
    for (const key of touched.keys()) recordsHeld?.add(key);
    await wantMissingFiles(tx.db.complaintAttachments, tx.db.attachmentWants, fresh, tx.now);
    tx.observe(fresh);
    await tx.audit({ action: 'sync.received', summary: `${fresh.length} entries` });
    return fresh.length;
  });
}

/** Adds the entries whose ids are not stored yet and returns them: a repeated or overlapping pull is harmless. */
async function addUnknown(db: DeskDatabase, incoming: readonly Entry[]): Promise<Entry[]> {
  try {
    await db.entries.bulkAdd(incoming);
    return [...incoming];
  } catch (error) {
    // An id already stored fails alone and Dexie keeps the transaction: one write instead of a read before it.
    if (!(error instanceof Dexie.BulkError)) throw error;
    return incoming.filter((_, i) => !(i in error.failuresByPos));
  }
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

