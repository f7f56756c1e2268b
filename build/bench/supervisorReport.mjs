// Runs the supervisor's bench (日志, 日结, 报表 over a seeded month), prints its header and returns its figures (called from run.mjs).
import { onDiskPage } from './giftsReport.mjs';
import { benchRecords } from './records.mjs';

export async function reportSupervisorBench(benchPage) {
  const entries = benchRecords('BENCH_SUPERVISOR_ENTRIES', 150_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runSupervisorBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('supervisor bench page is not cross-origin isolated: timings would be rounded');
    const r = await page.evaluate((n) => window.runSupervisorBench(n), entries);
    console.log(`\nSupervisor (Chromium, IndexedDB on disk, a month of ${r.entries.toLocaleString('en')} entries across 4 counters = ${r.facts.toLocaleString('en')} day facts, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`);
    return r;
  } finally {
    await close();
  }
}
