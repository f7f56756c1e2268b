// Runs the technician service bench and prints its header (called from run.mjs, which prints the figures).
import { onDiskPage } from './giftsReport.mjs';
import { benchRecords } from './records.mjs';

export async function reportServiceBench(benchPage) {
  // Open calls are the board's size, not the store's: --records leaves them alone.
  const open = Number(process.env.BENCH_SERVICE_OPEN ?? 2_000);
  const closed = benchRecords('BENCH_SERVICE_CLOSED', 200_000);
  const registerWith = benchRecords('BENCH_SERVICE_CALLS', 300_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runServiceBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('service bench page is not cross-origin isolated: timings would be rounded');
    const r = await page.evaluate(([o, c, n]) => window.runServiceBench(o, c, n), [open, closed, registerWith]);
    console.log(`\nService (Chromium, IndexedDB on disk, ${r.calls.toLocaleString('en')} calls, ${r.entries.toLocaleString('en')} entries, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`);
    return r;
  } finally {
    await close();
  }
}
