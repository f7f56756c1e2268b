// Runs the complaints queue bench and prints its figures (called from run.mjs).
import { availableParallelism, loadavg } from 'node:os';
import { onDiskPage } from './giftsReport.mjs';

const ms = (n) => n.toFixed(2);
const BUDGET_MS = 200;
const verdict = (t) => (t.p95 < BUDGET_MS ? 'PASS' : 'FAIL');

/**
 * 100,000 closed complaints are about half a gigabyte of rows: like the
 * gifts bench, this one keeps IndexedDB on disk as the desk does.
 */
export async function reportComplaintsBench(benchPage) {
  const open = Number(process.env.BENCH_COMPLAINTS_OPEN ?? 5_000);
  const closed = Number(process.env.BENCH_COMPLAINTS_CLOSED ?? 100_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runComplaintsBench === 'function');
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('complaints bench page is not cross-origin isolated: timings would be rounded');
    const r = await page.evaluate(([o, c]) => window.runComplaintsBench(o, c), [open, closed]);
    const line = (label, t, target = false) =>
      console.log(`  ${label.padEnd(28)} p50 ${ms(t.p50)} ms   p95 ${ms(t.p95)} ms   (${t.runs} runs${target ? `; target p95 < ${BUDGET_MS} ms) ${verdict(t)}` : ')'}`);
    console.log(`\nComplaints (Chromium, IndexedDB on disk, ${r.open.toLocaleString('en')} open + ${r.closed.toLocaleString('en')} closed complaints, ${r.entries.toLocaleString('en')} entries, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`);
    console.log(`  queue: ${r.queueRows.toLocaleString('en')} rows, ${r.overdue.toLocaleString('en')} overdue; the table put ${r.domElements.toLocaleString('en')} elements in the page${r.domElements === 0 ? ' (ComplaintQueueTable is still a stub)' : ''}`);
    // Other work on the machine shows in every figure: say how busy it was while measuring (the last minute).
    console.log(`  machine: ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(1)} over the last minute`);
    line('queue rows read', r.read);
    line('(c) deadlines + sort alone', r.deadlines);
    line('(a) read + deadlines + sort', r.queue, true);
    line('(b) queue renders (DOM)', r.render, true);
    line('    ... and laid out', r.renderLaidOut);
  } finally {
    await close();
  }
}
