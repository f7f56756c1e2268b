import type { Clock } from '../../shared/domain/clock';
import type { PulledRow } from '../../shared/schema/sync';
import type { DeskContext } from '../../renderer/db/context';
import { DeskDatabase } from '../../renderer/db/database';
import { pullIncoming } from '../../renderer/db/sync/pull';
import type { SyncTransport } from '../../renderer/db/sync/transport';
import { newId } from '../../shared/domain/ids';
import { jsHeapMiB } from './figure';
import { openRaw } from './rawFloor';

declare global {
  interface Window {
    /** Set by the bench: where a pull is answered from the real server (the counter's role), `?after=&max=`. */
    benchPullUrl: string;
    runSyncPullBench(store: string): Promise<{ readonly ms: number; readonly applied: number }>;
    runRawPullBench(): Promise<{ readonly ms: number; readonly rows: number }>;
    benchHeapMiB(): Promise<number>;
  }
}

const BATCH = 1000;

/**
 * Time spent waiting for a batch from the server: taken out of both figures,
 * which time the counter's own work (the bench's HTTP hop is not Electron's
 * IPC). Fetching each batch as it is wanted keeps one batch in the page, not
 * the whole store.
 */
let waitedMs = 0;

async function fetchBatch(after: number): Promise<PulledRow[]> {
  const start = performance.now();
  const response = await fetch(`${window.benchPullUrl}?after=${after}&max=${BATCH}`);
  if (!response.ok) throw new Error(`bench pull failed: ${await response.text()}`);
  const batch = (await response.json()) as PulledRow[];
  waitedMs += performance.now() - start;
  return batch;
}

/** How long `work` took, less its waits for the server. */
async function ownMs<T>(work: () => Promise<T>): Promise<{ readonly ms: number; readonly result: T }> {
  waitedMs = 0;
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start - waitedMs, result };
}

/** First pull into an empty counter: every entry applied through the incoming path, projections built. */
window.runSyncPullBench = async (store: string) => {
  const name = `bench-pull-${newId()}`;
  const db = new DeskDatabase(name);
  const clock: Clock = { now: () => Date.now() };
  const ctx: DeskContext = { db, clock, session: { store, counter: 'C9', staffNo: 'sync', timeZone: 'Asia/Shanghai' } };
  const transport: SyncTransport = { push: () => Promise.reject(new Error('pull only')), pull: fetchBatch };
  const { ms, result: summary } = await ownMs(() => pullIncoming(ctx, transport, BATCH));
  db.close();
  await DeskDatabase.delete(name);
  return { ms, applied: summary.applied };
};

/** The floor: the same entries put with raw IndexedDB into a new desk's entries store (its indexes), one transaction per batch, nothing projected. */
window.runRawPullBench = async () => {
  const name = `bench-raw-${newId()}`;
  const desk = new DeskDatabase(name);
  await desk.open();
  desk.close();
  const idb = await openRaw(name);
  const { ms, result: rows } = await ownMs(async () => {
    let after = 0;
    let rows = 0;
    for (;;) {
      const batch = await fetchBatch(after);
      if (batch.length === 0) return rows;
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction('entries', 'readwrite');
        const store = tx.objectStore('entries');
        for (const row of batch) store.put(row.entry);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('put failed'));
      });
      rows += batch.length;
      after = batch[batch.length - 1]!.order;
      if (batch.length < BATCH) return rows;
    }
  });
  idb.close();
  await DeskDatabase.delete(name);
  return { ms, rows };
};

window.benchHeapMiB = jsHeapMiB;
