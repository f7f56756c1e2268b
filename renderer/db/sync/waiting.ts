import { isKnownRecordType, type Entry } from '../../../shared/domain/entry';
import { isReadableEntry } from '../../../shared/domain/schemaVersions';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { rebuildRecords } from '../projectors';
import { writeEntries } from '../writePath';

const WAITING_KEY = 'sync.waitingForUpdate';

/** An entry from a newer build, kept and not projected: enough to find it again once this build reads it. */
interface WaitingEntry {
  readonly id: string;
  readonly recordType: string;
  readonly recordId: string;
  readonly schemaVersion: number;
}

export async function readWaitingEntries(db: DeskDatabase): Promise<WaitingEntry[]> {
  const row = await db.meta.get(WAITING_KEY);
  return Array.isArray(row?.value) ? (row.value as WaitingEntry[]) : [];
}

/** Notes the entries of a batch this build cannot project (inside the batch's transaction); an id already noted is not counted twice. */
export async function noteWaitingEntries(db: DeskDatabase, entries: readonly Entry[]): Promise<number> {
  const newer = entries.filter((e) => !isReadableEntry(e));
  if (newer.length === 0) return 0;
  const list = await readWaitingEntries(db);
  const known = new Set(list.map((w) => w.id));
  const added = newer.filter((e) => !known.has(e.id)).map(({ id, recordType, recordId, schemaVersion }) => ({ id, recordType, recordId, schemaVersion }));
  await db.meta.put({ key: WAITING_KEY, value: [...list, ...added] });
  return added.length;
}

/**
 * After this app was updated: the kept entries it now reads are projected,
 * each of their records rebuilt from all its entries in the shared order.
 */
export async function projectNowReadable(ctx: DeskContext): Promise<number> {
  if ((await readWaitingEntries(ctx.db)).length === 0) return 0;
  return writeEntries(ctx, 'sync.projectAfterUpdate', async (tx) => {
    const list = await readWaitingEntries(tx.db);
    const ready = list.filter(isReadableEntry);
    if (ready.length === 0) return 0;
    const keys = new Map(ready.flatMap((w) => (isKnownRecordType(w.recordType) ? [[`${w.recordType}/${w.recordId}`, { recordType: w.recordType, recordId: w.recordId }] as const] : [])));
    await rebuildRecords(tx.db, [...keys.values()]);
    await tx.db.meta.put({ key: WAITING_KEY, value: list.filter((w) => !isReadableEntry(w)) });
    await tx.audit({ action: 'sync.projectedAfterUpdate', summary: `${ready.length} entries` });
    return ready.length;
  });
}
