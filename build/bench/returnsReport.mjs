// Runs the returns bench on the bench page and prints its figures (called from run.mjs).
const ms = (n) => n.toFixed(2);

export async function reportReturnsBench(page) {
  const records = Number(process.env.BENCH_RETURNS_RECORDS ?? 300_000);
  await page.waitForFunction(() => typeof window.runReturnsBench === 'function');
  const r = await page.evaluate((n) => window.runReturnsBench(n), records);
  console.log(`\nReturns (Chromium, ${r.records.toLocaleString('en')} returns, seeded in ${(r.seedMs / 1000).toFixed(1)} s)`);
  console.log(`  register a return      p50 ${ms(r.register.p50)} ms   p95 ${ms(r.register.p95)} ms   (${r.register.runs} runs; target p95 < 20 ms) ${r.register.p95 < 20 ? 'OK' : 'MISSED'}`);
  console.log(`  monthly summary        p50 ${ms(r.summary.p50)} ms   p95 ${ms(r.summary.p95)} ms   (${r.summary.runs} runs, ${r.monthReturns.toLocaleString('en')} returns in the month; target < 300 ms) ${r.summary.p95 < 300 ? 'OK' : 'MISSED'}`);
}
