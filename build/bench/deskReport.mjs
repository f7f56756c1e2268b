// Runs the desk bench (customer history, invoice requests) and prints its header (called from run.mjs, which prints the figures).
import { onDiskPage } from './giftsReport.mjs';
import { benchRecords } from './records.mjs';

/** On disk, as the desk keeps IndexedDB: 500,000 records with their trail rows are more than an in-memory page holds. */
export async function reportDeskBench(benchPage) {
  const records = benchRecords('BENCH_DESK_RECORDS', 500_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runDeskBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('desk bench page is not cross-origin isolated: timings would be rounded');
    const r = await page.evaluate((n) => window.runDeskBench(n), records);
    console.log(
      `\nDesk (Chromium, IndexedDB on disk, ${r.records.toLocaleString('en')} records of which ${r.invoices.toLocaleString('en')} invoice requests, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`,
    );
    return r;
  } finally {
    await close();
  }
}
