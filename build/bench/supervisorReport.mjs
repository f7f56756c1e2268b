// Runs the supervisor's bench (日志, 日结, 报表 over a seeded month) and prints each figure beside its raw floor (called from run.mjs).
import { availableParallelism, loadavg } from 'node:os';
import { onDiskPage } from './giftsReport.mjs';

const ms = (n) => n.toFixed(2);

export async function reportSupervisorBench(benchPage) {
  const entries = Number(process.env.BENCH_SUPERVISOR_ENTRIES ?? 150_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runSupervisorBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('supervisor bench page is not cross-origin isolated: timings would be rounded');
    const load = loadavg()[0];
    const cores = availableParallelism();
    const r = await page.evaluate((n) => window.runSupervisorBench(n), entries);
    console.log(`\nSupervisor (Chromium, IndexedDB on disk, a month of ${r.entries.toLocaleString('en')} entries across 4 counters = ${r.facts.toLocaleString('en')} day facts, seeded in ${(r.seedMs / 1000).toFixed(1)} s; load ${load.toFixed(2)} on ${cores} cores${load > cores ? ' — WARNING: busier than its cores' : ''})`);
    for (const f of r.figures) {
      const ok = f.app.p95 < f.targetMs ? 'OK' : 'MISSED';
      console.log(`  ${f.label}   p50 ${ms(f.app.p50)} ms   p95 ${ms(f.app.p95)} ms   (${f.app.runs} runs; target p95 < ${f.targetMs} ms) ${ok}`);
      console.log(`  raw IndexedDB read of the same rows   p50 ${ms(f.raw.p50)} ms   p95 ${ms(f.raw.p95)} ms   → app / raw (p95) ${(f.app.p95 / f.raw.p95).toFixed(2)}x`);
    }
  } finally {
    await close();
  }
}
