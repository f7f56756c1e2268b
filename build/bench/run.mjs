// npm run bench: builds the bench page, runs it in Chromium (test/e2e/browser.mjs), prints figures.
// npm run bench -- complaints (or storage, returns, gifts, desk, sync, several): only those.
// npm run bench -- --records 1000000: every bench at that many records (BENCH_RECORDS does the same).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../test/e2e/browser.mjs';
import { serveStatic } from '../../test/e2e/server.mjs';
import { BENCH_CHROMIUM_ARGS } from './records.mjs';
import { machineLine, printFigure, printHeap, printSummary } from './summary.mjs';

const BENCHES = ['storage', 'returns', 'gifts', 'complaints', 'service', 'supervisor', 'desk', 'sync'];
const args = process.argv.slice(2);
const recordsAt = args.indexOf('--records');
if (recordsAt >= 0) {
  const records = args.splice(recordsAt, 2)[1];
  if (!/^\d+$/.test(records ?? '')) throw new Error('--records takes a whole number, e.g. --records 1000000');
  process.env.BENCH_RECORDS = records;
}
const picked = args;
const unknown = picked.filter((name) => !BENCHES.includes(name));
if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}: pick from ${BENCHES.join(', ')}`);
const wanted = (name) => picked.length === 0 || picked.includes(name);

const root = resolve(import.meta.dirname, '../..');
// BENCH_OUT_DIR: build the page elsewhere (several people benching one work tree).
const outDir = process.env.BENCH_OUT_DIR ?? join(root, 'out', 'bench');
execFileSync('npx', ['vite', 'build', '--config', 'build/bench/vite.config.ts', '--outDir', outDir], { cwd: root, stdio: 'inherit' });

console.log(`\n${machineLine()}`);
const figures = [];
/** Prints one bench's figures and heap as they come, and keeps the figures for the summary. */
const report = (result) => {
  if (!result) return;
  for (const f of result.figures) printFigure(f);
  if (result.heap) printHeap(result.heap);
  figures.push(...result.figures);
};

const server = await serveStatic(outDir, { isolated: true });
const browser = await launchChromium(BENCH_CHROMIUM_ARGS);
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(server.url);
  await page.waitForFunction(() => typeof window.runStorageBench === 'function');
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('bench page is not cross-origin isolated: timings would be rounded');
  if (wanted('storage')) report(await (await import('./storageReport.mjs')).reportStorageBench(page));
  if (wanted('returns')) report(await (await import('./returnsReport.mjs')).reportReturnsBench(page));
  if (wanted('gifts')) report(await (await import('./giftsReport.mjs')).reportGiftsBench(page));
  if (wanted('complaints')) report(await (await import('./complaintsReport.mjs')).reportComplaintsBench(page));
  if (wanted('service')) report(await (await import('./serviceReport.mjs')).reportServiceBench(page));
  if (wanted('supervisor')) report(await (await import('./supervisorReport.mjs')).reportSupervisorBench(page));
  if (wanted('desk')) report(await (await import('./deskReport.mjs')).reportDeskBench(page));
} finally {
  await browser.close();
  await server.close();
}
// Sync runs its own PostgreSQL and Chromium page (TypeScript on the Node side, through tsx); it prints its figures and hands them back in a file.
if (wanted('sync')) {
  const dir = mkdtempSync(join(tmpdir(), 'servicedesk-bench-sync-'));
  try {
    execFileSync('npx', ['tsx', 'build/bench/syncBench.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_FIGURES_FILE: join(dir, 'figures.json') } });
    figures.push(...JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8')).figures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
printSummary(figures);
