import { newId } from '../../shared/domain/ids';
import { DeskDatabase } from '../../renderer/db/database';
import { registerServiceCall } from '../../renderer/db/service/calls';
import { readServiceBoard } from '../../renderer/db/service/queries';
import { readMonth } from '../../renderer/db/service/reports';
import { monthRange } from '../../shared/domain/returns/days';
import { setTechnicianProfile } from '../../renderer/db/service/technicians';
import { createStaff } from '../../renderer/db/staff';
import { openServiceBoard } from './serviceBoardRender';
import { BENCH_NOW, openBenchDesk } from './benchDesk';
import { seedServiceCalls, TECHNICIANS } from './seedService';
import { percentile, type Timing } from './stats';

export interface ServiceBenchResult {
  readonly calls: number;
  readonly entries: number;
  readonly seedMs: number;
  readonly register: Timing;
  /** The same rows a registration writes (entry, call row, outbox line, audit line), put with raw IndexedDB in one transaction. */
  readonly rawRegister: Timing;
  readonly boardOpen: number;
  /** Table rows in the page once the board is rendered. */
  readonly boardRows: number;
  readonly board: Timing;
  /** The open rows read by the same index with raw IndexedDB, nothing computed. */
  readonly rawBoard: Timing;
  readonly monthJobs: number;
  /** 月度考评: a month's job and opinion rows read, per technician figures with arrival targets on the calendar. */
  readonly month: Timing;
  /** The same job and opinion rows read by the same index ranges with raw IndexedDB, nothing computed. */
  readonly rawMonth: Timing;
}

declare global {
  interface Window {
    runServiceBench(open: number, closed: number, registerWith: number): Promise<ServiceBenchResult>;
  }
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

function rawPut(idb: IDBDatabase, rows: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(Object.keys(rows), 'readwrite');
    for (const [store, value] of Object.entries(rows)) tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw put failed'));
  });
}

function rawRange(idb: IDBDatabase, store: string, start: number, end: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store, 'readonly').objectStore(store).index('at').getAll(IDBKeyRange.bound(start, end, false, true));
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error('raw read failed'));
  });
}

function rawOpenRows(idb: IDBDatabase): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction('serviceCalls', 'readonly').objectStore('serviceCalls').index('open').getAll(1);
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error('raw read failed'));
  });
}

const summary = (samples: readonly number[]): Timing => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length });

/** Times `a` and `b` alternately (A, B, A, B…) so load on the machine hits both alike. */
async function interleaved(runs: number, a: (i: number) => Promise<unknown>, b: (i: number) => Promise<unknown>): Promise<[Timing, Timing]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await a(i);
    as.push(performance.now() - start);
    start = performance.now();
    await b(i);
    bs.push(performance.now() - start);
  }
  return [summary(as), summary(bs)];
}

/**
 * Register a call with `registerWith` calls in the database, and the dispatch
 * board (`open` open among `closed` closed calls: rows read, arrival targets
 * on the working-day calendar, sorted), each beside its raw IndexedDB floor.
 */
window.runServiceBench = async (open: number, closed: number, registerWith: number) => {
  const { name, db, ctx } = await openBenchDesk('bench-service');
  await createStaff(ctx, { staffNo: '1001', name: '李小红', role: 'clerk', pin: '100100', pinAgain: '100100' });
  for (const [i, staffNo] of TECHNICIANS.entries()) {
    await createStaff(ctx, { staffNo, name: `技术员${i + 1}`, role: 'technician', pin: '300100', pinAgain: '300100' });
    await setTechnicianProfile(ctx, staffNo, { areas: i % 2 ? ['inTown', 'outOfTown'] : ['inTown'], skills: ['aircon', 'washer', 'fridge'].slice(0, 1 + (i % 3)) });
  }
  const clerk = { ...ctx, session: { ...ctx.session, staffNo: '1001' } };
  const seedStart = performance.now();
  const seeded = await seedServiceCalls(db, open, Math.max(closed, registerWith - open), BENCH_NOW);
  const seedMs = performance.now() - seedStart;
  const idb = await openRaw(name);
  const form = (i: number) => ({
    customerName: '陈女士', phone: '13800138000', address: `五一路 ${i} 号`, area: 'inTown', productKind: 'aircon', productName: '格力空调', model: '', serial: '',
    purchaseDate: '', problem: '不制冷', requestType: 'repair', serviceType: 'free', receivedAt: BENCH_NOW - 60_000,
  });
  const onBoard = await readServiceBoard(db, BENCH_NOW);
  const boardOpen = onBoard.waiting.length + onBoard.out.length;
  const host = document.body.appendChild(document.createElement('div'));
  const boardRows = await openServiceBoard(db, BENCH_NOW, ctx.session.timeZone, host);
  const [board, rawBoard] = await interleaved(
    30,
    (i) => openServiceBoard(db, BENCH_NOW + i * 60_000, ctx.session.timeZone, host),
    () => rawOpenRows(idb),
  );
  host.remove();
  // The month before the bench's: the seeded closed calls fill it (about 21,600 jobs at full size).
  const month = '2026-10';
  const { start, end } = monthRange(month, ctx.session.timeZone);
  const monthJobs = await db.serviceJobs.where('at').between(start, end, true, false).count();
  const [monthTiming, rawMonth] = await interleaved(
    20,
    () => readMonth(db, month, ctx.session.timeZone),
    () => Promise.all([rawRange(idb, 'serviceJobs', start, end), rawRange(idb, 'serviceOpinions', start, end)]),
  );
  // The board is timed first: the registrations below would add to it.
  const sample = await db.serviceCalls.limit(1).first();
  const entry = await db.entries.limit(1).first();
  const [register, rawRegister] = await interleaved(
    300,
    (i) => registerServiceCall(clerk, newId(), form(i)),
    async (i) => {
      const id = `raw-${i}`;
      await rawPut(idb, {
        entries: { ...entry, id: newId(), recordId: id, seq: 10_000_000 + i },
        serviceCalls: { ...sample, id, number: `RAW-${i}` },
        outbox: { seq: 10_000_000 + i, entryId: id },
        audit: { id: newId(), at: BENCH_NOW, staffNo: '1001', counter: 'C1', action: 'serviceCall.registered', summary: id },
      });
    },
  );
  idb.close();
  db.close();
  await DeskDatabase.delete(name);
  return { calls: open + Math.max(closed, registerWith - open), entries: seeded.entries, seedMs, register, rawRegister, boardOpen, boardRows, board, rawBoard, monthJobs, month: monthTiming, rawMonth };
};
