import { newId } from '../../shared/domain/ids';
import { storeTimeOnDay } from '../../shared/domain/clock';
import { DeskDatabase } from '../../renderer/db/database';
import { registerServiceCall } from '../../renderer/db/service/calls';
import { readServiceBoard } from '../../renderer/db/service/queries';
import { readMonth } from '../../renderer/db/service/reports';
import { monthRange } from '../../shared/domain/returns/days';
import { setTechnicianProfile } from '../../renderer/db/service/technicians';
import { createStaff } from '../../renderer/db/staff';
import { openServiceBoard } from './serviceBoardRender';
import { BENCH_NOW, openBenchDesk } from './benchDesk';
import { jsHeapMiB, type BenchFigure, type HeapReading } from './figure';
import { describePuts, openRaw, replayRaw } from './rawFloor';
import { seedServiceCalls, TECHNICIANS } from './seedService';
import { timeInterleaved } from './stats';

export interface ServiceBenchResult {
  readonly calls: number;
  readonly entries: number;
  readonly seedMs: number;
  readonly figures: readonly BenchFigure[];
  readonly heap: HeapReading;
}

declare global {
  interface Window {
    runServiceBench(open: number, closed: number, registerWith: number): Promise<ServiceBenchResult>;
  }
}

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const r = make();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('raw read failed'));
  });
}

/** Rows of a store by the `at` index in [start, end), nothing computed. */
function rawRange(idb: IDBDatabase, store: string, start: number, end: number): Promise<unknown[]> {
  return request(() => idb.transaction(store, 'readonly').objectStore(store).index('at').getAll(IDBKeyRange.bound(start, end, false, true)));
}

/** The calls the board reads (open ones, and those closed today by `closedAt`), by the same indexes, nothing computed. */
function rawBoardRows(idb: IDBDatabase, closedSince: number): Promise<unknown[]> {
  const calls = idb.transaction('serviceCalls', 'readonly').objectStore('serviceCalls');
  return Promise.all([request(() => calls.index('open').getAll(1)), request(() => calls.index('closedAt').getAll(IDBKeyRange.lowerBound(closedSince)))]);
}

/**
 * Register a call with `registerWith` calls in the database, the dispatch
 * board (`open` open among `closed` closed calls: rows read, arrival targets
 * on the working-day calendar, sorted, both tables rendered) and the
 * monthly technician report, each timed interleaved with its raw IndexedDB
 * floor on the same data.
 */
window.runServiceBench = async (open: number, closed: number, registerWith: number) => {
  const { name, db, ctx, writes } = await openBenchDesk('bench-service');
  await createStaff(ctx, { staffNo: '1001', name: '李小红', role: 'clerk', pin: '100100', pinAgain: '100100' });
  for (const [i, staffNo] of TECHNICIANS.entries()) {
    await createStaff(ctx, { staffNo, name: `技术员${i + 1}`, role: 'technician', pin: '300100', pinAgain: '300100' });
    await setTechnicianProfile(ctx, staffNo, { areas: i % 2 ? ['inTown', 'outOfTown'] : ['inTown'], skills: ['aircon', 'washer', 'fridge'].slice(0, 1 + (i % 3)) });
  }
  const clerk = { ...ctx, session: { ...ctx.session, staffNo: '1001' } };
  const seedStart = performance.now();
  const seeded = await seedServiceCalls(db, open, Math.max(closed, registerWith - open), BENCH_NOW);
  const seedMs = performance.now() - seedStart;
  const afterSeedMiB = await jsHeapMiB();
  const idb = await openRaw(name);
  const form = (i: number) => ({
    customerName: '陈女士', phone: '13800138000', address: `五一路 ${i} 号`, area: 'inTown', productKind: 'aircon', productName: '格力空调', model: '', serial: '',
    purchaseDate: '', problem: '不制冷', requestType: 'repair', serviceType: 'free', receivedAt: BENCH_NOW - 60_000,
  });
  const onBoard = await readServiceBoard(db, BENCH_NOW);
  const boardOpen = onBoard.waiting.length + onBoard.out.length;
  const host = document.body.appendChild(document.createElement('div'));
  const boardRows = await openServiceBoard(db, BENCH_NOW, ctx.session.timeZone, host);
  await rawBoardRows(idb, storeTimeOnDay(BENCH_NOW, '00:00', ctx.session.timeZone));
  const boardAt = (i: number) => BENCH_NOW + i * 60_000;
  const board = await timeInterleaved(
    40,
    (i) => openServiceBoard(db, boardAt(i), ctx.session.timeZone, host),
    (i) => rawBoardRows(idb, storeTimeOnDay(boardAt(i), '00:00', ctx.session.timeZone)),
  );
  host.remove();
  // The month before the bench's: the seeded closed calls fill it (about 21,600 jobs at full size).
  const month = '2026-10';
  const { start, end } = monthRange(month, ctx.session.timeZone);
  const monthJobs = await db.serviceJobs.where('at').between(start, end, true, false).count();
  const monthReport = await timeInterleaved(
    40,
    () => readMonth(db, month, ctx.session.timeZone),
    () => Promise.all([rawRange(idb, 'serviceJobs', start, end), rawRange(idb, 'serviceOpinions', start, end)]),
  );
  // The board is timed first: the registrations below would add to it. Warm-up, then one registration's rows captured for the floor.
  await registerServiceCall(clerk, newId(), form(-1));
  const registerPuts = await writes.capture(() => registerServiceCall(clerk, newId(), form(-2)));
  await replayRaw(idb, registerPuts, -1);
  const register = await timeInterleaved(
    300,
    (i) => registerServiceCall(clerk, newId(), form(i)),
    (i) => replayRaw(idb, registerPuts, i),
  );
  const afterRunMiB = await jsHeapMiB();
  idb.close();
  db.close();
  await DeskDatabase.delete(name);
  const figures: BenchFigure[] = [
    { bench: 'service', name: 'register a call', ...register, floorName: `raw: its ${describePuts(registerPuts)}`, maxRatio: 3, budgetMs: 20 },
    {
      bench: 'service',
      name: `dispatch board (${boardOpen.toLocaleString('en')} open, ${boardRows.toLocaleString('en')} rows)`,
      ...board,
      floorName: 'raw read: open + closed-today rows',
      // Beyond the read: arrival targets on the calendar, the order, suggestions and both tables rendered into
      // the DOM, which a raw read does not do (1.2–2.1x measured at p95 under load). Within 3x, as a write.
      maxRatio: 3,
      budgetMs: 200,
    },
    {
      bench: 'service',
      name: `monthly technician report (${monthJobs.toLocaleString('en')} jobs)`,
      ...monthReport,
      floorName: 'raw read: its job + opinion rows',
      // Reading the month's rows is nearly all of it (1.0–1.4x measured, under load): the figures per
      // technician are arithmetic over them. Within 2x, as a lookup; a read per job would show.
      maxRatio: 2,
      budgetMs: 300,
    },
  ];
  return { calls: open + Math.max(closed, registerWith - open), entries: seeded.entries, seedMs, figures, heap: { afterSeedMiB, afterRunMiB } };
};
