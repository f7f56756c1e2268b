// Runs the technician service bench and prints its figures beside their floors (called from run.mjs).
import { availableParallelism, loadavg } from 'node:os';
import { onDiskPage } from './giftsReport.mjs';

const ms = (n) => n.toFixed(2);

export async function reportServiceBench(benchPage) {
  const open = Number(process.env.BENCH_SERVICE_OPEN ?? 2_000);
  const closed = Number(process.env.BENCH_SERVICE_CLOSED ?? 200_000);
  const registerWith = Number(process.env.BENCH_SERVICE_CALLS ?? 300_000);
  const { page, close } = await onDiskPage(benchPage.url());
  try {
    await page.waitForFunction(() => typeof window.runServiceBench === 'function');
    const load = loadavg()[0];
    const cores = availableParallelism();
    const r = await page.evaluate(([o, c, n]) => window.runServiceBench(o, c, n), [open, closed, registerWith]);
    console.log(`\nService (Chromium, IndexedDB on disk, ${r.calls.toLocaleString('en')} calls, ${r.entries.toLocaleString('en')} entries, seeded in ${(r.seedMs / 1000).toFixed(1)} s; load ${load.toFixed(2)} on ${cores} cores${load > cores ? ' — WARNING: busier than its cores' : ''})`);
    const ratio = (a, b) => (a.p95 / b.p95).toFixed(2);
    console.log(`  register a call          p50 ${ms(r.register.p50)} ms   p95 ${ms(r.register.p95)} ms   (target p95 < 20 ms) ${r.register.p95 < 20 ? 'OK' : 'MISSED'}`);
    console.log(`  raw puts of its rows     p50 ${ms(r.rawRegister.p50)} ms   p95 ${ms(r.rawRegister.p95)} ms   → ${ratio(r.register, r.rawRegister)}x (target within 3x) ${r.register.p95 / r.rawRegister.p95 <= 3 ? 'OK' : 'MISSED'}`);
    console.log(`  dispatch board (${r.boardOpen.toLocaleString('en')} open: read, targets, order, ${r.boardRows.toLocaleString('en')} rows rendered)   p50 ${ms(r.board.p50)} ms   p95 ${ms(r.board.p95)} ms   (target p95 < 200 ms with render) ${r.board.p95 < 200 ? 'OK' : 'MISSED'}`);
    console.log(`  raw read of the open rows           p50 ${ms(r.rawBoard.p50)} ms   p95 ${ms(r.rawBoard.p95)} ms   → ${ratio(r.board, r.rawBoard)}x`);
    console.log(`  monthly technician report (${r.monthJobs.toLocaleString('en')} jobs)   p50 ${ms(r.month.p50)} ms   p95 ${ms(r.month.p95)} ms   (target p95 < 300 ms) ${r.month.p95 < 300 ? 'OK' : 'MISSED'}`);
    console.log(`  raw read of its rows                p50 ${ms(r.rawMonth.p50)} ms   p95 ${ms(r.rawMonth.p95)} ms   → ${ratio(r.month, r.rawMonth)}x`);
  } finally {
    await close();
  }
}
