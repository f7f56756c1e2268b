import { DeskDatabase } from '../../renderer/db/database';
import { readSupervisorReport } from '../../renderer/db/reports/readReport';
import { chartSvg } from '../../renderer/print/reportChart';
import { reportPeriod } from '../../shared/domain/reports/period';
import type { DeskContext } from '../../renderer/db/context';
import { createStaff } from '../../renderer/db/staff';
import { openBenchDesk } from './benchDesk';
import { seedSupervisorMonth, type SupervisorSeed } from './seedSupervisor';
import { percentile, type Timing } from './stats';
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
  readonly name: string;
  readonly db: DeskDatabase;
  readonly ctx: DeskContext;
  readonly idb: IDBDatabase;
  readonly seed: SupervisorSeed;
}

/**
 * One timed figure: the app's path (`app`) and, interleaved with it, a raw
 * IndexedDB read of the same rows (`raw`, the floor). A new figure (the daily
 * log's first render, the daily close) is one more entry in FIGURES.
 */
export interface SupervisorFigure {
  readonly name: string;
  readonly label: string;
  readonly targetMs: number;
  readonly runs: number;
  readonly app: (desk: SupervisorBenchDesk, i: number) => Promise<unknown>;
  readonly raw: (desk: SupervisorBenchDesk, i: number) => Promise<unknown>;
}

export interface SupervisorFigureResult {
  readonly name: string;
  readonly label: string;
  readonly targetMs: number;
  readonly app: Timing;
  readonly raw: Timing;
}

export interface SupervisorBenchResult {
  readonly entries: number;
  readonly facts: number;
  readonly seedMs: number;
  readonly figures: readonly SupervisorFigureResult[];
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
/** The day the log figure opens: about 5,000 entries across the 4 counters. */
const LOG_DAY = dayOfMonth(15);

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

export const FIGURES: SupervisorFigure[] = [
  {
    name: 'monthlyReport',
    label: 'monthly report with charts (read + model + SVG)',
    targetMs: 1000,
    runs: 10,
    app: (desk) => monthlyReport(desk),
    raw: (desk) => rawMonthRows(desk.idb, desk.ctx.session.timeZone),
  },
  {
    name: 'dailyLog',
    label: 'daily log of a day (~5,000 entries, 4 counters), filtered, to first render',
    targetMs: 200,
    runs: 20,
    app: (desk) => dailyLogFirstRender(desk, logHost()),
    raw: (desk) => rawDayRows(desk.idb, LOG_DAY, desk.ctx.session.timeZone),
  },
  {
    name: 'dayClose',
    label: 'daily close of a day (~5,000 entries: figures, hash chain, signed and written)',
    targetMs: 500,
    runs: 10,
    // Each run signs another day of the month (a day is closed once): the warm-up the 1st, then the 2nd, 3rd, ...
    app: (desk, i) => closeDay(desk.ctx, { day: dayOfMonth(i + 2), notes: '' }, { staffNo: '9001', pin: '900100' }),
    raw: (desk, i) => rawDayRows(desk.idb, dayOfMonth(i + 2), desk.ctx.session.timeZone),
  },
];

function openRaw(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

const summary = (samples: readonly number[]): Timing => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length });

/** Times the app's path and its floor alternately (A, B, A, B…) so load on the machine hits both alike; one warm-up of each first. */
async function interleaved(desk: SupervisorBenchDesk, figure: SupervisorFigure): Promise<[Timing, Timing]> {
  await figure.app(desk, -1);
  await figure.raw(desk, -1);
  const app: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < figure.runs; i++) {
    let start = performance.now();
    await figure.app(desk, i);
    app.push(performance.now() - start);
    start = performance.now();
    await figure.raw(desk, i);
    raw.push(performance.now() - start);
  }
  return [summary(app), summary(raw)];
}

window.runSupervisorBench = async (entries: number) => {
  const { name, db, ctx } = await openBenchDesk('bench-supervisor');
  for (const [i, staffNo] of ['3001', '3002', '3003', '3004', '3005', '3006'].entries()) {
    await createStaff(ctx, { staffNo, name: `技术员${i + 1}`, role: 'technician', pin: '300100', pinAgain: '300100' });
  }
  const seedStart = performance.now();
  const seed = await seedSupervisorMonth(db, MONTH, entries);
  const seedMs = performance.now() - seedStart;
  const desk: SupervisorBenchDesk = { name, db, ctx, idb: await openRaw(name), seed };
  const figures: SupervisorFigureResult[] = [];
  for (const figure of FIGURES) {
    const [app, raw] = await interleaved(desk, figure);
    figures.push({ name: figure.name, label: figure.label, targetMs: figure.targetMs, app, raw });
  }
  desk.idb.close();
  db.close();
  await DeskDatabase.delete(name);
  return { entries: seed.entries, facts: seed.facts, seedMs, figures };
};
