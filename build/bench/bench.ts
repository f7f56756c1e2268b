import { newId } from '../../shared/domain/ids';
import { DeskDatabase } from '../../renderer/db/database';
import { depositItem, findTicket } from '../../renderer/db/storage/bulky';
import { seedStorage } from './seedStorage';
import { jsHeapMiB, type BenchFigure, type HeapReading } from './figure';
import { describePuts, openRaw, replayRaw } from './rawFloor';
import { timeInterleaved } from './stats';
import './returns';
import './gifts';
import './complaints';
import './service';
import './supervisor';
import './desk';
import './syncPull';
import { BENCH_NOW, openBenchDesk } from './benchDesk';

export interface StorageBenchResult {
  readonly records: number;
  readonly seedMs: number;
  readonly figures: readonly BenchFigure[];
  readonly heap: HeapReading;
}

declare global {
  interface Window {
    runStorageBench(records: number): Promise<StorageBenchResult>;
  }
}

/** A plain IndexedDB get by the `number` index: the floor any lookup through Dexie is compared with. */
function rawLookup(idb: IDBDatabase, number: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction('storageItems', 'readonly').objectStore('storageItems').index('number').get(number);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('raw lookup failed'));
  });
}

window.runStorageBench = async (records: number) => {
  const { name, db, ctx, writes } = await openBenchDesk('bench');
  const now = BENCH_NOW;
  const seedStart = performance.now();
  const numbers = await seedStorage(db, records, now - 366 * 86_400_000, ['C2', 'C3', 'C4']);
  const seedMs = performance.now() - seedStart;
  const afterSeedMiB = await jsHeapMiB();
  // Warm up both paths so the first-open costs are not counted.
  await findTicket(db, numbers[0]);
  const idb = await openRaw(name);
  await rawLookup(idb, numbers[0]!);
  const deposit = () => depositItem(ctx, newId(), { description: '黑色拉杆箱', count: '1', phone: '13800138000', slot: 'A-03' });
  const depositPuts = await writes.capture(deposit);
  await replayRaw(idb, depositPuts, -1);
  const pick = (i: number) => numbers[(i * 7919) % numbers.length]!;
  const deposits = await timeInterleaved(300, deposit, (i) => replayRaw(idb, depositPuts, i));
  // The floor looks up another ticket than the app, one nothing has read yet: the app's would be in the cache.
  const LOOKUPS = 1000;
  const lookup = await timeInterleaved(LOOKUPS, (i) => findTicket(db, pick(i)), (i) => rawLookup(idb, pick(LOOKUPS + i)));
  const afterRunMiB = await jsHeapMiB();
  idb.close();
  db.close();
  await DeskDatabase.delete(name);
  const figures: BenchFigure[] = [
    { bench: 'storage', name: 'deposit write', ...deposits, floorName: `raw: its ${describePuts(depositPuts)}`, maxRatio: 3, budgetMs: 20 },
    { bench: 'storage', name: 'lookup by ticket no.', ...lookup, floorName: 'raw index get', maxRatio: 2, budgetMs: 5 },
  ];
  return { records, seedMs, figures, heap: { afterSeedMiB, afterRunMiB } };
};
