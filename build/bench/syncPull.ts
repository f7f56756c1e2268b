import type { Clock } from '../../shared/domain/clock';
import type { PulledRow } from '../../shared/schema/sync';
import type { DeskContext } from '../../renderer/db/context';
import { DeskDatabase } from '../../renderer/db/database';
import { pullIncoming } from '../../renderer/db/sync/pull';
import type { SyncTransport } from '../../renderer/db/sync/transport';
import { newId } from '../../shared/domain/ids';

declare global {
  interface Window {
    /** Bound by the bench to a real server connection (the counter's role): one pull call. */
    benchPull(after: number, max: number): Promise<PulledRow[]>;
    loadPullRows(): Promise<number>;
    runSyncPullBench(store: string): Promise<{ readonly ms: number; readonly applied: number; readonly storageItems: number }>;
    runRawPullBench(): Promise<{ readonly ms: number; readonly rows: number }>;
  }
}

const BATCH = 1000;

/**
 * The server's rows fetched once into the page, so both figures time the
 * counter's own work from the same rows in memory (the bench's binding to
 * Node is far slower than Electron's IPC and would swamp both).
 */
let loaded: PulledRow[][] = [];

window.loadPullRows = async () => {
  loaded = [];
  let after = 0;
  for (;;) {
    const batch = await window.benchPull(after, BATCH);
    if (batch.length === 0) break;
    loaded.push(batch);
    after = batch[batch.length - 1]!.order;
    if (batch.length < BATCH) break;
  }
  return loaded.reduce((n, b) => n + b.length, 0);
};

/** Serves the loaded rows as the server would: the batch after the cursor. */
function fromMemory(after: number): PulledRow[] {
  return loaded.find((b) => b[0]!.order > after) ?? [];
}

/** First pull into an empty counter: every entry applied through the incoming path, projections built. */
window.runSyncPullBench = async (store: string) => {
  const name = `bench-pull-${newId()}`;
  const db = new DeskDatabase(name);
  const clock: Clock = { now: () => Date.now() };
  const ctx: DeskContext = { db, clock, session: { store, counter: 'C9', staffNo: 'sync', timeZone: 'Asia/Shanghai' } };
  const transport: SyncTransport = { push: () => Promise.reject(new Error('pull only')), pull: (after) => Promise.resolve(fromMemory(after)) };
  const start = performance.now();
  const summary = await pullIncoming(ctx, transport, BATCH);
  const ms = performance.now() - start;
  const storageItems = await db.storageItems.count();
  db.close();
  await DeskDatabase.delete(name);
  return { ms, applied: summary.applied, storageItems };
};

/** The floor: the same rows put into a bare IndexedDB store, one transaction per batch, no projection. */
window.runRawPullBench = async () => {
  const name = `bench-raw-${newId()}`;
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const start = performance.now();
  let after = 0;
  let rows = 0;
  for (;;) {
    const batch = fromMemory(after);
    if (batch.length === 0) break;
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('entries', 'readwrite');
      const store = tx.objectStore('entries');
      for (const row of batch) store.put(row.entry);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    });
    rows += batch.length;
    after = batch[batch.length - 1]!.order;
    if (batch.length < BATCH) break;
  }
  const ms = performance.now() - start;
  idb.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve(undefined);
  });
  return { ms, rows };
};
