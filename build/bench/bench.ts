import { newId } from '../../shared/domain/ids';
import { DeskDatabase } from '../../renderer/db/database';
import { depositItem, findTicket } from '../../renderer/db/storage/bulky';
import { seedStorage } from './seedStorage';
import { time, type Timing } from './stats';
import './returns';
import './gifts';
import './complaints';
import './service';
import './supervisor';
import './syncPull';
import { BENCH_NOW, openBenchDesk } from './benchDesk';

export interface StorageBenchResult {
  readonly records: number;
  readonly seedMs: number;
  readonly deposit: Timing;
  readonly lookup: Timing;
  readonly rawLookup: Timing;
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

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

window.runStorageBench = async (records: number) => {
  const { name, db, ctx } = await openBenchDesk('bench');
  const now = BENCH_NOW;
  const seedStart = performance.now();
  const numbers = await seedStorage(db, records, now - 366 * 86_400_000, ['C2', 'C3', 'C4']);
  const seedMs = performance.now() - seedStart;
  // Warm up both paths so the first-open costs are not counted as lookups.
  await findTicket(db, numbers[0]);
  const idb = await openRaw(name);
  await rawLookup(idb, numbers[0]!);
  const pick = (i: number) => numbers[(i * 7919) % numbers.length]!;
  const deposit = await time(300, () => depositItem(ctx, newId(), { description: '黑色拉杆箱', count: '1', phone: '13800138000', slot: 'A-03' }));
  const lookup = await time(1000, (i) => findTicket(db, pick(i)));
  const raw = await time(1000, (i) => rawLookup(idb, pick(i)));
  idb.close();
  db.close();
  await DeskDatabase.delete(name);
  return { records, seedMs, deposit, lookup, rawLookup: raw };
};
