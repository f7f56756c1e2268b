import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { compareUrgency, queueRow, type QueueRow } from '../../shared/domain/complaints/queue';
import type { ComplaintRules } from '../../shared/domain/complaints/rules';
import { DeskDatabase } from '../../renderer/db/database';
import { watchComplaintQueue } from '../../renderer/db/complaints/liveQueue';
import { openComplaints, readComplaintQueue } from '../../renderer/db/complaints/queries';
import { readComplaintRules } from '../../renderer/db/complaints/rules';
import { ComplaintQueueTable } from '../../renderer/features/complaints/queue/ComplaintQueueTable';
import { seedComplaints } from './seedComplaints';
import { jsHeapMiB, type BenchFigure, type HeapReading } from './figure';
import { openRaw } from './rawFloor';
import { timeInterleaved, timingOf, type Paired, type Timing } from './stats';
import { BENCH_NOW, openBenchDesk } from './benchDesk';

/** Where a whole computation of the queue spends its time, part by part (measured one after another, not against a floor). */
export interface QueueParts {
  readonly read: Timing;
  readonly limits: Timing;
  readonly sort: Timing;
  readonly table: Timing;
}

export interface ComplaintsBenchResult {
  readonly open: number;
  readonly closed: number;
  readonly entries: number;
  readonly seedMs: number;
  readonly queueRows: number;
  readonly overdue: number;
  readonly parts: QueueParts;
  readonly figures: readonly BenchFigure[];
  readonly heap: HeapReading;
}

declare global {
  interface Window {
    runComplaintsBench(open: number, closed: number): Promise<ComplaintsBenchResult>;
  }
}

const FIRST_OPEN_RUNS = 60;
const REFRESH_RUNS = 60;
const MINUTE = 60_000;
const SETTLE_MS = 30_000;
const ignore = () => undefined;

/** The raw read of the open complaints' rows: the queue table, every row, by its key. */
function rawOpenRows(idb: IDBDatabase): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction('complaintQueue', 'readonly').objectStore('complaintQueue').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('raw read failed'));
  });
}

const table = (rows: readonly QueueRow[], now: number) => createElement(ComplaintQueueTable, { rows, now, onOpen: ignore });

/** A fresh root in the page, as the screen opening makes one. */
function mount(): { root: Root; remove(): void } {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  return {
    root,
    remove() {
      root.unmount();
      container.remove();
    },
  };
}

/** The queue computed whole, each part timed: read the open rows, every limit, the order, the table drawn. */
async function timeParts(db: DeskDatabase, rules: ComplaintRules, runs: number, at: (i: number) => number): Promise<QueueParts> {
  const samples = { read: [] as number[], limits: [] as number[], sort: [] as number[], table: [] as number[] };
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const open = await openComplaints(db);
    const t1 = performance.now();
    const rows = open.map((c) => queueRow(c, rules, at(i)));
    const t2 = performance.now();
    rows.sort(compareUrgency);
    const t3 = performance.now();
    const page = mount();
    flushSync(() => page.root.render(table(rows, at(i))));
    const t4 = performance.now();
    page.remove();
    samples.read.push(t1 - t0);
    samples.limits.push(t2 - t1);
    samples.sort.push(t3 - t2);
    samples.table.push(t4 - t3);
  }
  return { read: timingOf(samples.read), limits: timingOf(samples.limits), sort: timingOf(samples.sort), table: timingOf(samples.table) };
}

/** The rows in the queue and the overdue ones, for the header. */
function countQueue(rows: readonly QueueRow[]): { rows: number; overdue: number } {
  return { rows: rows.length, overdue: rows.filter((r) => r.next?.overdue).length };
}

/**
 * The screen shown: the queue watched and drawn once, then refreshed a
 * minute at a time, one complaint's row written before each (untimed), each
 * beside the raw read of the open rows.
 */
async function timeRefreshes(db: DeskDatabase, rules: ComplaintRules, idb: IDBDatabase, at: (i: number) => number): Promise<Paired> {
  const unwatch = watchComplaintQueue(db, ignore);
  const page = mount();
  try {
    const first = await readComplaintQueue(db, rules, at(0));
    flushSync(() => page.root.render(table(first, at(0))));
    const written = await openComplaints(db);
    return await timeInterleaved(
      REFRESH_RUNS,
      async (i) => {
        const now = at(i + 1);
        const shown = await readComplaintQueue(db, rules, now);
        flushSync(() => page.root.render(table(shown, now)));
      },
      () => rawOpenRows(idb),
      (i) => db.complaintQueue.put(written[(i * 7919) % written.length]!),
    );
  } finally {
    page.remove();
    unwatch();
  }
}

/**
 * The open-complaints queue with `open` open and `closed` closed complaints
 * in the database, under the store's rules (official calendar,
 * Asia/Shanghai, working-day limits), each figure beside the raw read of
 * the open rows in the same run:
 * - the first open: nothing kept yet, every row read and its limits
 *   computed, sorted, the table drawn into a fresh root;
 * - the refresh the screen does each minute while it is shown: one
 *   complaint's row written before it (as a step here or a synced entry
 *   writes it), then the queue a minute later, drawn again.
 */
window.runComplaintsBench = async (open: number, closed: number) => {
  const { name, db } = await openBenchDesk('bench-complaints');
  const seedStart = performance.now();
  const seed = await seedComplaints(db, open, closed, BENCH_NOW, ['C1', 'C2', 'C3']);
  const seedMs = performance.now() - seedStart;
  // Half a gigabyte arrived in a minute: let the store finish compacting it, as on a desk that grew over a year.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const afterSeedMiB = await jsHeapMiB();
  const rules = await readComplaintRules(db);
  const idb = await openRaw(name);
  const at = (i: number) => BENCH_NOW + i * MINUTE;

  const openQueue = async (i: number) => {
    const unwatch = watchComplaintQueue(db, ignore);
    try {
      const rows = await readComplaintQueue(db, rules, at(i));
      const page = mount();
      flushSync(() => page.root.render(table(rows, at(i))));
      page.remove();
      return rows;
    } finally {
      unwatch();
    }
  };
  // Warm up: the first read opens the store, the first render loads the components.
  const queued = countQueue(await openQueue(-1));
  await rawOpenRows(idb);
  const parts = await timeParts(db, rules, FIRST_OPEN_RUNS, at);
  const firstOpen = await timeInterleaved(FIRST_OPEN_RUNS, openQueue, () => rawOpenRows(idb));

  const refresh = await timeRefreshes(db, rules, idb, at);

  const afterRunMiB = await jsHeapMiB();
  idb.close();
  db.close();
  await DeskDatabase.delete(name);
  const floorName = 'raw read of the open rows';
  const figures: BenchFigure[] = [
    // The same rows as the floor read, then every limit computed once (about 0.6x of the read, see the parts) and a screenful drawn.
    { bench: 'complaints', name: `queue first open (${seed.open.toLocaleString('en')} open)`, ...firstOpen, floorName, maxRatio: 2.5, budgetMs: 200 },
    // One row read, only it, the rows fallen due and the paused ones computed: rereading would be 1x and more, computing every limit again about 0.6x.
    { bench: 'complaints', name: 'queue refresh, a row changed', ...refresh, floorName, maxRatio: 0.25, budgetMs: 200 },
  ];
  return {
    open: seed.open,
    closed: seed.closed,
    entries: seed.entries,
    seedMs,
    queueRows: queued.rows,
    overdue: queued.overdue,
    parts,
    figures,
    heap: { afterSeedMiB, afterRunMiB },
  };
};
