// Runs the complaints queue bench and prints its header (called from run.mjs, which prints the figures).
import { onDiskPage } from './giftsReport.mjs';
import { benchRecords } from './records.mjs';

const ms = (n) => n.toFixed(1);
const part = (label, t) => `${label} ${ms(t.p50)}/${ms(t.p95)}`;

/**
 * 100,000 closed complaints are about half a gigabyte of rows: like the
 * gifts bench, this one keeps IndexedDB on disk as the desk does.
 */
export async function reportComplaintsBench(benchPage) {
  // Open complaints are the queue's size, not the store's: --records sets the closed ones.
  const open = Number(process.env.BENCH_COMPLAINTS_OPEN ?? 5_000);
  const closed = benchRecords('BENCH_COMPLAINTS_CLOSED', 100_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runComplaintsBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('complaints bench page is not cross-origin isolated: timings would be rounded');
    const r = await page.evaluate(([o, c]) => window.runComplaintsBench(o, c), [open, closed]);
    const { parts } = r;
    console.log(
      `\nComplaints (Chromium, IndexedDB on disk, ${r.open.toLocaleString('en')} open + ${r.closed.toLocaleString('en')} closed complaints, ${r.entries.toLocaleString('en')} entries, seeded in ${(r.seedMs / 1000).toFixed(1)} s; ${r.queueRows.toLocaleString('en')} in the queue, ${r.overdue.toLocaleString('en')} overdue)`,
    );
    console.log(`  the whole queue computed, part by part (p50/p95 ms): ${[part('read', parts.read), part('limits', parts.limits), part('sort', parts.sort), part('table', parts.table)].join(', ')}`);
    return r;
  } finally {
    await close();
  }
}
