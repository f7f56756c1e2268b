import { DeskDatabase } from '../../renderer/db/database';
import { readSupervisorReport } from '../../renderer/db/reports/readReport';
import { chartSvg } from '../../renderer/print/reportChart';
import { reportPeriod } from '../../shared/domain/reports/period';
import type { DeskContext } from '../../renderer/db/context';
import { createStaff } from '../../renderer/db/staff';
import { openBenchDesk } from './benchDesk';
import { jsHeapMiB, type BenchFigure, type HeapReading } from './figure';
import { describePuts, openRaw, replayRaw, type installWriteCapture } from './rawFloor';
import { seedSupervisorMonth, type SupervisorSeed } from './seedSupervisor';
import { timeInterleaved, type Paired } from './stats';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { dayRange } from '../../shared/domain/clock';
import { filterDayLog, NO_FILTER } from '../../shared/domain/dayLog/filter';
import { closeDay } from '../../renderer/db/dayClose/close';
import { dayLogLines } from '../../renderer/db/dayLog';
import { LogTable } from '../../renderer/features/supervisor/LogTable';

/** What every figure of the supervisor's bench works on: the seeded month, its database and the supervisor's context. */
export interface SupervisorBenchDesk {
  readonly db: DeskDatabase;
  readonly ctx: DeskContext;
  readonly idb: IDBDatabase;
  readonly writes: ReturnType<typeof installWriteCapture>;
  readonly seed: SupervisorSeed;
}

/** Run `i` of a figure's app path and of its floor; the floor does the same reads (and puts) in raw IndexedDB. */
interface FigurePaths {
  readonly app: (i: number) => Promise<unknown>;
  readonly floor: (i: number) => Promise<unknown>;
  /** What the floor is, when it depends on what the warm-up did (the puts a write made). */
  readonly floorName?: string;
  /** The figure's name, when it says the size of what was seeded (a day's entries grow with `--records`). */
  readonly name?: string;
}

/**
 * One figure of the supervisor's bench: `warmUp` runs the app's path and its
 * floor once (first-open costs not counted) and gives the paths to time
 * interleaved. A new figure is one more entry in FIGURES.
 */
export interface SupervisorFigure extends Omit<BenchFigure, 'bench' | keyof Paired> {
  readonly runs: number;
  readonly warmUp: (desk: SupervisorBenchDesk) => Promise<FigurePaths>;
}

export interface SupervisorBenchResult {
  readonly entries: number;
  readonly facts: number;
  readonly seedMs: number;
  readonly figures: readonly BenchFigure[];
  readonly heap: HeapReading;
}

declare global {
  interface Window {
    runSupervisorBench(entries: number): Promise<SupervisorBenchResult>;
  }
}

/** The seeded month: October 2026, complete before the bench's clock (2026-11-25). */
const MONTH = '2026-10';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('raw read failed'));
  });
}

/** The rows the monthly report reads, by the same index ranges, with raw IndexedDB in one transaction: nothing built. */
async function rawMonthRows(idb: IDBDatabase, timeZone: string): Promise<number> {
  const p = reportPeriod('month', `${MONTH}-01`, timeZone)!;
  const range = IDBKeyRange.bound(p.start, p.end, false, true);
  const hours = IDBKeyRange.bound(Math.floor(p.start / 3_600_000) * 3_600_000, p.end, false, true);
  const tx = idb.transaction(['deskFacts', 'complaintFacts', 'serviceJobs', 'serviceOpinions', 'surveyFacts', 'returnFacts', 'campaigns', 'giftStocks', 'handoutFacts', 'stores', 'calendars', 'staff'], 'readonly');
  const all = await Promise.all([
    request(tx.objectStore('deskFacts').index('day').getAll(IDBKeyRange.bound(p.from, p.to))),
    request(tx.objectStore('complaintFacts').index('receivedAt').getAll(range)),
    request(tx.objectStore('serviceJobs').index('at').getAll(range)),
    request(tx.objectStore('serviceOpinions').index('at').getAll(range)),
    request(tx.objectStore('surveyFacts').getAll(hours)),
    request(tx.objectStore('returnFacts').getAll(hours)),
    request(tx.objectStore('campaigns').getAll()),
    request(tx.objectStore('giftStocks').getAll()),
    request(tx.objectStore('handoutFacts').getAll(hours)),
    request(tx.objectStore('stores').get('store')),
    request(tx.objectStore('calendars').get('calendar')),
    request(tx.objectStore('staff').getAll()),
  ]);
  return all.length;
}

/** 报表 of a month with every chart drawn: rows read, the model built, each chart's SVG made. */
async function monthlyReport(desk: SupervisorBenchDesk): Promise<number> {
  const { report } = await readSupervisorReport(desk.ctx, { kind: 'month', date: `${MONTH}-01`, area: '', counter: '' });
  let svg = 0;
  for (const section of report.sections) for (const chart of section.charts) svg += chartSvg(chart, 'zh').length;
  return svg;
}

/** A day of the seeded month (1-based), yyyy-MM-dd. */
const dayOfMonth = (n: number) => `${MONTH}-${String(n).padStart(2, '0')}`;
/** The day the log figure opens: about 5,000 entries across the 4 counters at the default size. */
const LOG_DAY = dayOfMonth(15);
/** "~5,000 entries": a day's size as the figures' names say it. */
const aboutEntries = (n: number) => `~${(Math.round(n / 100) * 100).toLocaleString('en')} entries`;

/** 日志 as the supervisor opens it, filtered to one counter's storage work: the day's lines read and merged, then the table's first window drawn. */
async function dailyLogFirstRender(desk: SupervisorBenchDesk, host: HTMLElement): Promise<number> {
  const lines = await dayLogLines(desk.db, LOG_DAY, desk.ctx.session.timeZone);
  const shown = filterDayLog(lines, { ...NO_FILTER, counter: 'C2', area: 'storage' });
  const root = createRoot(host);
  flushSync(() => root.render(createElement(LogTable, { lines: shown, timeZone: desk.ctx.session.timeZone, who: (s: string) => s, labelledBy: 'bench' })));
  const rows = host.querySelectorAll('tr').length;
  root.unmount();
  host.remove();
  return rows;
}

/** The same day's rows read with raw IndexedDB by the same index ranges: nothing merged, nothing drawn. */
async function rawDayRows(idb: IDBDatabase, day: string, timeZone: string): Promise<number> {
  const range = dayRange(day, timeZone)!;
  const at = IDBKeyRange.bound(range.from, range.to, false, true);
  const tx = idb.transaction(['entries', 'audit', 'lateEntries'], 'readonly');
  const [entries] = await Promise.all([
    request(tx.objectStore('entries').index('at').getAll(at)),
    request(tx.objectStore('audit').index('at').getAll(at)),
    request(tx.objectStore('lateEntries').index('day').getAllKeys(day)),
  ]);
  return entries.length;
}

/** A host laid out like the log's place on screen, so the virtual table draws the window it would. */
function logHost(): HTMLElement {
  const host = document.createElement('div');
  host.style.cssText = 'width:1200px;height:900px;position:absolute;left:0;top:0';
  document.body.append(host);
  return host;
}

/** The day's entries read with raw IndexedDB by the same index range as the close reads them: nothing counted, nothing hashed. */
async function rawDayEntries(idb: IDBDatabase, day: string, timeZone: string): Promise<number> {
  const range = dayRange(day, timeZone)!;
  const entries = await request(idb.transaction('entries', 'readonly').objectStore('entries').index('at').getAll(IDBKeyRange.bound(range.from, range.to, false, true)));
  return entries.length;
}

/** Reads (and, for a write, puts) against their raw floor, run once each before timing. */
async function warmedUp(app: (i: number) => Promise<unknown>, floor: (i: number) => Promise<unknown>): Promise<FigurePaths> {
  await app(-1);
  await floor(-1);
  return { app, floor };
}

// The report and the log read the same rows as their floors and then build on them: the report a model and
// its charts' SVG (3x, as much again as the read, twice over), the log a merge and a window of rows drawn (2x, as
// a lookup). The close is a write: its read and its puts, 3x as any counter write.
export const FIGURES: SupervisorFigure[] = [
  {
    name: 'monthly report with charts',
    floorName: 'raw read of the month\'s rows',
    maxRatio: 3,
    budgetMs: 1000,
    runs: 10,
    warmUp: (desk) =>
      warmedUp(
        () => monthlyReport(desk),
        () => rawMonthRows(desk.idb, desk.ctx.session.timeZone),
      ),
  },
  {
    name: 'daily log rendered',
    floorName: 'raw read of the day\'s rows',
    maxRatio: 2,
    budgetMs: 200,
    runs: 20,
    warmUp: async (desk) => ({
      ...(await warmedUp(
        () => dailyLogFirstRender(desk, logHost()),
        () => rawDayRows(desk.idb, LOG_DAY, desk.ctx.session.timeZone),
      )),
      name: `daily log (${aboutEntries(await rawDayEntries(desk.idb, LOG_DAY, desk.ctx.session.timeZone))}) rendered`,
    }),
  },
  {
    name: 'daily close',
    floorName: 'raw read of the day + its puts',
    maxRatio: 3,
    budgetMs: 500,
    runs: 10,
    // A day is closed once: the warm-up signs the 1st (its puts captured for the floor), run i the (i + 2)th.
    warmUp: async (desk) => {
      const tz = desk.ctx.session.timeZone;
      const close = (i: number) => closeDay(desk.ctx, { day: dayOfMonth(i + 2), notes: '' }, { staffNo: '9001', pin: '900100' });
      const puts = await desk.writes.capture(() => close(-1));
      const floor = async (i: number) => {
        await rawDayEntries(desk.idb, dayOfMonth(i + 2), tz);
        await replayRaw(desk.idb, puts, i);
      };
      await floor(-1);
      const name = `daily close (${aboutEntries(await rawDayEntries(desk.idb, dayOfMonth(1), tz))})`;
      return { app: close, floor, floorName: `raw read of the day + its ${describePuts(puts)}`, name };
    },
  },
];

window.runSupervisorBench = async (entries: number) => {
  const { name, db, ctx, writes } = await openBenchDesk('bench-supervisor');
  for (const [i, staffNo] of ['3001', '3002', '3003', '3004', '3005', '3006'].entries()) {
    await createStaff(ctx, { staffNo, name: `技术员${i + 1}`, role: 'technician', pin: '300100', pinAgain: '300100' });
  }
  const seedStart = performance.now();
  const seed = await seedSupervisorMonth(db, MONTH, entries);
  const seedMs = performance.now() - seedStart;
  const afterSeedMiB = await jsHeapMiB();
  const desk: SupervisorBenchDesk = { db, ctx, idb: await openRaw(name), writes, seed };
  const figures: BenchFigure[] = [];
  for (const { runs, warmUp, ...figure } of FIGURES) {
    const paths = await warmUp(desk);
    const timed = await timeInterleaved(runs, paths.app, paths.floor);
    figures.push({ bench: 'supervisor', ...figure, name: paths.name ?? figure.name, floorName: paths.floorName ?? figure.floorName, ...timed });
  }
  const afterRunMiB = await jsHeapMiB();
  desk.idb.close();
  db.close();
  await DeskDatabase.delete(name);
  return { entries: seed.entries, facts: seed.facts, seedMs, figures, heap: { afterSeedMiB, afterRunMiB } };
};
