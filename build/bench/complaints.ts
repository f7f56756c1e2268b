import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { complaintQueue } from '../../shared/domain/complaints/queue';
import { DeskDatabase } from '../../renderer/db/database';
import { openComplaints, readComplaintQueue } from '../../renderer/db/complaints/queries';
import { readComplaintRules } from '../../renderer/db/complaints/rules';
import { ComplaintQueueTable } from '../../renderer/features/complaints/queue/ComplaintQueueTable';
import { seedComplaints } from './seedComplaints';
import { percentile, time, type Timing } from './stats';
import { BENCH_NOW, openBenchDesk } from './benchDesk';

export interface ComplaintsBenchResult {
  readonly open: number;
  readonly closed: number;
  readonly entries: number;
  readonly seedMs: number;
  /** The open complaints' queue rows read, nothing computed. */
  readonly read: Timing;
  /** (a) read + every limit computed + sorted by urgency: readComplaintQueue. */
  readonly queue: Timing;
  /** (b) (a) + the queue table rendered by React until its DOM is in the page. */
  readonly render: Timing;
  /** (b) and the page laid out, as the clerk would see it. */
  readonly renderLaidOut: Timing;
  /** (c) the limits alone: complaintQueue on the open complaints already in memory. */
  readonly deadlines: Timing;
  readonly queueRows: number;
  readonly overdue: number;
  /** Elements the table put in the page (0 while it is still a stub). */
  readonly domElements: number;
}

declare global {
  interface Window {
    runComplaintsBench(open: number, closed: number): Promise<ComplaintsBenchResult>;
  }
}

const RUNS = 20;
const MINUTE = 60_000;
const SETTLE_MS = 30_000;
const ignore = () => undefined;

/**
 * The open-complaints queue with `open` open and `closed` closed complaints
 * in the database, as the queue screen does it: the store's rules (official
 * calendar, Asia/Shanghai, working-day limits), the open rows by their
 * index, every limit computed, sorted, and the table rendered. Each run is a
 * minute later, as the screen refreshes, and renders into a fresh root (the
 * screen opened, not an update of the same rows).
 */
window.runComplaintsBench = async (open: number, closed: number) => {
  const { name, db } = await openBenchDesk('bench-complaints');
  const seedStart = performance.now();
  const seed = await seedComplaints(db, open, closed, BENCH_NOW, ['C1', 'C2', 'C3']);
  const seedMs = performance.now() - seedStart;
  // Half a gigabyte arrived in a minute: let the store finish compacting it, as on a desk that grew over a year.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const rules = await readComplaintRules(db);
  const at = (i: number) => BENCH_NOW + i * MINUTE;

  const renderQueue = async (i: number, layout: boolean) => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const start = performance.now();
    const rows = await readComplaintQueue(db, rules, at(i));
    flushSync(() => root.render(createElement(ComplaintQueueTable, { rows, now: at(i), onOpen: ignore })));
    if (layout) container.getBoundingClientRect();
    const ms = performance.now() - start;
    const elements = container.getElementsByTagName('*').length;
    root.unmount();
    container.remove();
    return { ms, elements };
  };
  const timeRenders = async (layout: boolean): Promise<Timing> => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) samples.push((await renderQueue(i, layout)).ms);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs: RUNS };
  };

  // Warm up: the first read opens the index, the first render loads the components.
  const warm = await renderQueue(-1, true);
  const read = await time(RUNS, () => openComplaints(db));
  const queue = await time(RUNS, (i) => readComplaintQueue(db, rules, at(i)));
  const render = await timeRenders(false);
  const renderLaidOut = await timeRenders(true);
  const inMemory = await openComplaints(db);
  const deadlines = await time(RUNS, (i) => Promise.resolve(complaintQueue(inMemory, rules, at(i))));
  const rows = await readComplaintQueue(db, rules, BENCH_NOW);
  db.close();
  await DeskDatabase.delete(name);
  return {
    open: seed.open,
    closed: seed.closed,
    entries: seed.entries,
    seedMs,
    read,
    queue,
    render,
    renderLaidOut,
    deadlines,
    queueRows: rows.length,
    overdue: rows.filter((r) => r.next?.overdue).length,
    domElements: warm.elements,
  };
};
