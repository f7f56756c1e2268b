// Runs the storage bench and prints its header (called from run.mjs, which prints the figures).
import { onDiskPage } from './giftsReport.mjs';
import { benchRecords } from './records.mjs';

/**
 * On disk, as the desk keeps IndexedDB (and as the other benches run): an
 * incognito page's in-memory store refuses 1,000,000 storage records.
 */
export async function reportStorageBench(benchPage) {
  const records = benchRecords('BENCH_STORAGE_RECORDS', 200_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runStorageBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('storage bench page is not cross-origin isolated: timings would be rounded');
    const r = await page.evaluate((n) => window.runStorageBench(n), records);
    console.log(`\nStorage (Chromium, IndexedDB on disk, ${r.records.toLocaleString('en')} storage records, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`);
    return r;
  } finally {
    await close();
  }
}
