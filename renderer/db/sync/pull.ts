import { isKnownRecordType, type Entry } from '../../../shared/domain/entry';
import { syncEntry, toEntry } from '../../../shared/schema/sync';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { applyIncomingEntries } from '../incoming';
import type { SyncTransport } from './transport';

const CURSOR_KEY = 'sync.cursor';
const REJECTED_KEY = 'sync.rejected';
const WAITING_KEY = 'sync.waitingForUpdate';

export async function readSyncCursor(db: DeskDatabase): Promise<number> {
  const row = await db.meta.get(CURSOR_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

async function addCount(db: DeskDatabase, key: string, n: number): Promise<void> {
  if (n === 0) return;
  const row = await db.meta.get(key);
  await db.meta.put({ key, value: (typeof row?.value === 'number' ? row.value : 0) + n });
}

export interface PullSummary {
  readonly applied: number;
  /** Pulled rows that are not entries this build can read: skipped, counted for a supervisor. */
  readonly rejected: number;
  /** Entries of a record type this build does not know: kept, projected after an update. */
  readonly waiting: number;
  readonly cursor: number;
}

/**
 * Pulls the store's entries after this counter's cursor, by the server's
 * order, in batches; each batch is applied through the incoming path and the
 * cursor moves in the same Dexie transaction, so a crash mid-apply pulls the
 * batch again (already-known ids are skipped) and nothing is lost.
 */
export async function pullIncoming(
  ctx: DeskContext,
  transport: SyncTransport,
  batchSize = 1000,
  onBatch?: (sofar: PullSummary) => void,
): Promise<PullSummary> {
  let applied = 0;
  let rejected = 0;
  let waiting = 0;
  let cursor = await readSyncCursor(ctx.db);
  for (;;) {
    const rows = await transport.pull(cursor, batchSize);
    if (rows.length === 0) return { applied, rejected, waiting, cursor };
    const entries: Entry[] = [];
    let batchRejected = 0;
    let batchWaiting = 0;
    for (const row of rows) {
      const parsed = syncEntry.safeParse(row.entry);
      if (!parsed.success) {
        batchRejected += 1;
        continue;
      }
      if (!isKnownRecordType(parsed.data.recordType)) batchWaiting += 1;
      entries.push(toEntry(parsed.data));
    }
    const next = rows[rows.length - 1]!.order;
    applied += await applyIncomingEntries(ctx, entries, async (tx) => {
      await tx.db.meta.put({ key: CURSOR_KEY, value: next });
      await addCount(tx.db, REJECTED_KEY, batchRejected);
      await addCount(tx.db, WAITING_KEY, batchWaiting);
    });
    rejected += batchRejected;
    waiting += batchWaiting;
    cursor = next;
    onBatch?.({ applied, rejected, waiting, cursor });
    if (rows.length < batchSize) return { applied, rejected, waiting, cursor };
  }
}
