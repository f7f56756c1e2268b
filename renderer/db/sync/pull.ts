import type { Entry } from '../../../shared/domain/entry';
import { syncEntry, toEntry } from '../../../shared/schema/sync';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { applyIncomingEntries } from '../incoming';
import { recordKeyOf } from '../projectors';
import type { SyncTransport } from './transport';
import { noteWaitingEntries, projectNowReadable, readWaitingEntries } from './waiting';

const CURSOR_KEY = 'sync.cursor';
const REJECTED_KEY = 'sync.rejected';

export async function readSyncCursor(db: DeskDatabase): Promise<number> {
  const row = await db.meta.get(CURSOR_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** Pulled rows this build could not read, and entries kept for a newer build: for the settings screen and the head office. */
export async function readPullCounts(db: DeskDatabase): Promise<{ readonly rejected: number; readonly waiting: number }> {
  const [rejected, waiting] = await Promise.all([db.meta.get(REJECTED_KEY), readWaitingEntries(db)]);
  return { rejected: typeof rejected?.value === 'number' ? rejected.value : 0, waiting: waiting.length };
}

async function addCount(db: DeskDatabase, key: string, n: number): Promise<void> {
  if (n === 0) return;
  const row = await db.meta.get(key);
  await db.meta.put({ key, value: (typeof row?.value === 'number' ? row.value : 0) + n });
}

/** Up to this many entries, a pull lists the records this counter holds first (a new counter, a first pull). */
const LIST_RECORDS_UP_TO = 5_000;

/**
 * The records this counter holds entries of, when it holds few (a first
 * pull into a new counter): records outside the list are built from the
 * pulled batch alone, without reading them back. Undefined for a copy that
 * is already large, whose records are read as they are touched.
 */
async function recordsHeld(db: DeskDatabase): Promise<Set<string> | undefined> {
  if ((await db.entries.count()) > LIST_RECORDS_UP_TO) return undefined;
  const keys = await db.entries.orderBy('[recordType+recordId]').uniqueKeys();
  return new Set(keys.flatMap((k) => (Array.isArray(k) ? [recordKeyOf({ recordType: String(k[0]), recordId: String(k[1]) })] : [])));
}

export interface PullSummary {
  readonly applied: number;
  /** Pulled rows that are not entries this build can read: skipped, counted for a supervisor. */
  readonly rejected: number;
  /** Entries from a newer build (a record type or schema version this build does not read): kept, projected after an update. */
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
  await projectNowReadable(ctx);
  const held = await recordsHeld(ctx.db);
  let cursor = await readSyncCursor(ctx.db);
  for (;;) {
    const rows = await transport.pull(cursor, batchSize);
    if (rows.length === 0) return { applied, rejected, waiting, cursor };
    const entries: Entry[] = [];
    let batchRejected = 0;
    for (const row of rows) {
      const parsed = syncEntry.safeParse(row.entry);
      if (!parsed.success) {
        batchRejected += 1;
        continue;
      }
      entries.push(toEntry(parsed.data));
    }
    const next = rows[rows.length - 1]!.order;
    let batchWaiting = 0;
    applied += await applyIncomingEntries(ctx, entries, async (tx) => {
      await tx.db.meta.put({ key: CURSOR_KEY, value: next });
      await addCount(tx.db, REJECTED_KEY, batchRejected);
      batchWaiting = await noteWaitingEntries(tx.db, entries);
    }, held);
    rejected += batchRejected;
    waiting += batchWaiting;
    cursor = next;
    onBatch?.({ applied, rejected, waiting, cursor });
    if (rows.length < batchSize) return { applied, rejected, waiting, cursor };
  }
}
