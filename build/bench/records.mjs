// How many records a bench seeds, and the Chromium flags every bench page runs with.

/** `--records N` (BENCH_RECORDS) sets every bench's size; else the bench's own variable, else its default. */
export function benchRecords(variable, fallback) {
  return Number(process.env.BENCH_RECORDS ?? process.env[variable] ?? fallback);
}

/** measureUserAgentSpecificMemory answers at once instead of after the next garbage collection (up to 20 s). */
export const BENCH_CHROMIUM_ARGS = ['--enable-blink-features=ForceEagerMeasureMemory'];
