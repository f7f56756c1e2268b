// Runs the returns bench and prints its header (called from run.mjs, which prints the figures).
import { onDiskPage } from './giftsReport.mjs';
import { benchRecords } from './records.mjs';

/**
 * On disk, as the desk keeps IndexedDB: the floor's puts then cost what
 * they cost at the counter, and 1,000,000 returns (--records) fit where an
 * incognito page's in-memory store would refuse them.
 */
export async function reportReturnsBench(benchPage) {
  const records = benchRecords('BENCH_RETURNS_RECORDS', 300_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runReturnsBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('returns bench page is not cross-origin isolated: timings would be rounded');
    const r = await page.evaluate((n) => window.runReturnsBench(n), records);
    console.log(`\nReturns (Chromium, IndexedDB on disk, ${r.records.toLocaleString('en')} returns, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`);
    return r;
  } finally {
    await close();
  }
}
