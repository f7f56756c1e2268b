/** `--records N` (BENCH_RECORDS) sets every bench's size; else the bench's own variable, else its default. */
export function benchRecords(variable: string, fallback: number): number;

/** Flags every bench page's Chromium runs with. */
export const BENCH_CHROMIUM_ARGS: readonly string[];
