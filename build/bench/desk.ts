import { DeskDatabase } from '../../renderer/db/database';
import { readCustomerHistory } from '../../renderer/db/customers/history';
import { registerInvoiceRequest } from '../../renderer/db/invoices/requests';
import { newId } from '../../shared/domain/ids';
import { BENCH_NOW, openBenchDesk } from './benchDesk';
import { jsHeapMiB, type BenchFigure, type HeapReading } from './figure';
import { describePuts, openRaw, replayRaw } from './rawFloor';
import { customerName, customerPhone, DESK_CUSTOMERS, seedDesk } from './seedDesk';
import { timeInterleaved } from './stats';

export interface DeskBenchResult {
  readonly records: number;
  readonly invoices: number;
  readonly seedMs: number;
  /** Records the timed customers had on average (by phone). */
  readonly perCustomer: number;
  readonly figures: readonly BenchFigure[];
  readonly heap: HeapReading;
}

declare global {
  interface Window {
    runDeskBench(records: number): Promise<DeskBenchResult>;
  }
}

/** The trail rows of one index range with raw IndexedDB, nothing matched or sorted: the history's floor. */
function rawTrailRange(idb: IDBDatabase, index: string, value: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction('customerTrail', 'readonly').objectStore('customerTrail').index(index).getAll(IDBKeyRange.bound([value, -Infinity], [value, [[]]]));
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error('raw read failed'));
  });
}

/**
 * The desk's other duties with `records` of them in the database (three in
 * five invoice requests): one customer's history by phone and by the last
 * four digits with the name, each beside the raw read of its index range;
 * and registering an invoice request (checks, numbering, the request and
 * its receipt entry, projections, trail, audit, outbox) beside raw puts of
 * the rows it wrote.
 */
window.runDeskBench = async (records: number) => {
  const { name, db, ctx, writes } = await openBenchDesk('bench-desk');
  const seedStart = performance.now();
  const { invoices } = await seedDesk(db, records, BENCH_NOW - 365 * 86_400_000, ['C2', 'C3', 'C4']);
  const seedMs = performance.now() - seedStart;
  const afterSeedMiB = await jsHeapMiB();
  const idb = await openRaw(name);
  // Customers spread over the seeded ones (the warm-up's -1 included).
  const customers = Math.min(DESK_CUSTOMERS, records);
  const customer = (i: number) => (((i * 7919) % customers) + customers) % customers;
  // Each read, the app's and the floor's, is of a customer nothing has read yet: the floor reading the range the app
  // has just read would find it in the cache (at 1,000,000 records a 20-row range took 4.7 ms cold and 1.3 ms warm).
  const LOOKUPS = 300;
  const appPhone = (i: number) => customerPhone(customer(i));
  const floorPhone = (i: number) => customerPhone(customer(LOOKUPS + i));
  const appTail = (i: number) => customer(2 * LOOKUPS + i);
  const floorTail = (i: number) => customerPhone(customer(3 * LOOKUPS + i)).slice(-4);
  let found = 0;
  const byPhone = (i: number) => readCustomerHistory(ctx, { phone: appPhone(i) }).then((r) => (found += r.rows.length));
  const byTail = (i: number) => readCustomerHistory(ctx, { phone: customerPhone(appTail(i)).slice(-4), name: customerName(appTail(i)) });
  // Warm up both paths (first-open costs are not a lookup).
  await byPhone(-1);
  await rawTrailRange(idb, '[phone+at]', customerPhone(customer(4 * LOOKUPS)));
  const phone = await timeInterleaved(LOOKUPS, byPhone, (i) => rawTrailRange(idb, '[phone+at]', floorPhone(i)));
  const perCustomer = found / (LOOKUPS + 1);
  const tail = await timeInterleaved(LOOKUPS, byTail, (i) => rawTrailRange(idb, '[phoneTail+at]', floorTail(i)));
  const request = (i: number) => ({
    id: newId(),
    request: {
      receipts: [{ receiptNo: `POS-BENCH-${String(i + 10).padStart(6, '0')}`, receiptTotal: '199.00', amount: '199.00' }],
      title: '张三',
      buyer: 'person',
      kind: 'ordinary',
      medium: 'electronic',
      phone: '13800138000',
    },
  });
  // Warm up; the capture is a request like the timed ones (a new receipt).
  await registerInvoiceRequest(ctx, request(-1));
  const requestPuts = await writes.capture(() => registerInvoiceRequest(ctx, request(-2)));
  await replayRaw(idb, requestPuts, -1);
  const register = await timeInterleaved(
    300,
    (i) => registerInvoiceRequest(ctx, request(i)),
    (i) => replayRaw(idb, requestPuts, i),
  );
  const afterRunMiB = await jsHeapMiB();
  idb.close();
  db.close();
  await DeskDatabase.delete(name);
  const figures: BenchFigure[] = [
    // The read is one index range; the app adds the session's staff row (a second read) and the match and sort.
    { bench: 'desk', name: `customer history by phone (${perCustomer.toFixed(0)} records)`, ...phone, floorName: 'raw read of its index range', maxRatio: 3, budgetMs: 50 },
    { bench: 'desk', name: 'customer history by last four + name', ...tail, floorName: 'raw read of its index range', maxRatio: 3, budgetMs: 50 },
    { bench: 'desk', name: 'register an invoice request', ...register, floorName: `raw: its ${describePuts(requestPuts)}`, maxRatio: 3, budgetMs: 20 },
  ];
  return { records, invoices, seedMs, perCustomer, figures, heap: { afterSeedMiB, afterRunMiB } };
};
