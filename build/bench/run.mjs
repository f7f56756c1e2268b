// npm run bench: builds the bench page, runs it in Chromium (test/e2e/browser.mjs), prints figures.
// npm run bench -- complaints (or storage, returns, gifts, sync, several): only those.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../test/e2e/browser.mjs';
import { serveStatic } from '../../test/e2e/server.mjs';

const BENCHES = ['storage', 'returns', 'gifts', 'complaints', 'service', 'supervisor', 'sync'];
const picked = process.argv.slice(2);
const unknown = picked.filter((name) => !BENCHES.includes(name));
if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}: pick from ${BENCHES.join(', ')}`);
const wanted = (name) => picked.length === 0 || picked.includes(name);

const root = resolve(import.meta.dirname, '../..');
// BENCH_OUT_DIR: build the page elsewhere (several people benching one work tree).
const outDir = process.env.BENCH_OUT_DIR ?? join(root, 'out', 'bench');
execFileSync('npx', ['vite', 'build', '--config', 'build/bench/vite.config.ts', '--outDir', outDir], { cwd: root, stdio: 'inherit' });

const RECORDS = Number(process.env.BENCH_STORAGE_RECORDS ?? 200_000);
const server = await serveStatic(outDir, { isolated: true });
const browser = await launchChromium();
const ms = (n) => n.toFixed(2);
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(server.url);
  await page.waitForFunction(() => typeof window.runStorageBench === 'function');
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('bench page is not cross-origin isolated: timings would be rounded');
  if (wanted('storage')) {
    const r = await page.evaluate((n) => window.runStorageBench(n), RECORDS);
    const ratio = r.lookup.p95 / r.rawLookup.p95;
    console.log(`\nStorage (Chromium, ${r.records.toLocaleString('en')} storage records, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`);
    console.log(`  deposit write          p50 ${ms(r.deposit.p50)} ms   p95 ${ms(r.deposit.p95)} ms   (${r.deposit.runs} runs; target p95 < 20 ms) ${r.deposit.p95 < 20 ? 'OK' : 'MISSED'}`);
    console.log(`  lookup by ticket no.   p50 ${ms(r.lookup.p50)} ms   p95 ${ms(r.lookup.p95)} ms   (${r.lookup.runs} runs; target p95 < 5 ms) ${r.lookup.p95 < 5 ? 'OK' : 'MISSED'}`);
    console.log(`  raw IndexedDB lookup   p50 ${ms(r.rawLookup.p50)} ms   p95 ${ms(r.rawLookup.p95)} ms`);
    console.log(`  app / raw (p95)        ${ratio.toFixed(2)}x   (target within 3x) ${ratio <= 3 ? 'OK' : 'MISSED'}`);
  }
  if (wanted('returns')) await (await import('./returnsReport.mjs')).reportReturnsBench(page);
  if (wanted('gifts')) await (await import('./giftsReport.mjs')).reportGiftsBench(page);
  if (wanted('complaints')) await (await import('./complaintsReport.mjs')).reportComplaintsBench(page);
  if (wanted('service')) await (await import('./serviceReport.mjs')).reportServiceBench(page);
  if (wanted('supervisor')) await (await import('./supervisorReport.mjs')).reportSupervisorBench(page);
} finally {
  await browser.close();
  await server.close();
}
// Sync runs its own PostgreSQL and Chromium page (TypeScript on the Node side, through tsx).
if (wanted('sync')) execFileSync('npx', ['tsx', 'build/bench/syncBench.ts'], { cwd: root, stdio: 'inherit' });
