// How many records a bench seeds, and the Chromium flags every bench page runs with.

/** `--records N` (BENCH_RECORDS) sets every bench's size; else the bench's own variable, else its default. */
export function benchRecords(variable, fallback) {
  return Number(process.env.BENCH_RECORDS ?? process.env[variable] ?? fallback);
}

/**
 * measureUserAgentSpecificMemory answers at once instead of after the next garbage collection (up to 20 s);
 * where it is refused (the headless shell), performance.memory gives the real heap, not a fixed bucket (10 MB);
 * gc() lets a heap reading collect first (jsHeapMiB), so garbage does not read as growth.
 */
export const BENCH_CHROMIUM_ARGS = ['--enable-blink-features=ForceEagerMeasureMemory', '--enable-precise-memory-info', '--js-flags=--expose-gc'];
