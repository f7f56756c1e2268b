import type { Paired } from './stats';

/**
 * One measured figure, as every bench returns it to the runner: the app's
 * timing beside its floor measured interleaved in the same run, judged by
 * the ratio (a busy machine moves both). `budgetMs` is the absolute target
 * on a quiet machine, printed for reference, not judged.
 */
export interface BenchFigure extends Paired {
  readonly bench: string;
  readonly name: string;
  /** What the floor is: "raw IndexedDB puts of the same rows", "raw read of the same rows"… */
  readonly floorName: string;
  /** The target: the median of the paired ratios (each app run over the floor run beside it) within this. */
  readonly maxRatio: number;
  readonly budgetMs?: number;
}

/** The page's JS heap in MiB: the precise measure where the page is cross-origin isolated, else Chromium's estimate. */
export async function jsHeapMiB(): Promise<number> {
  // The last IndexedDB read's rows stay reachable until a task after the code awaiting them resumed (a month of
  // returns: 17 MiB at once, 4.9 MiB a task later, then no lower): collect after that.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // What is still held, not what awaits collection: growth then means retention (gc is exposed by BENCH_CHROMIUM_ARGS).
  (globalThis as { gc?: () => void }).gc?.();
  const withMeasure = performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> };
  if (crossOriginIsolated && withMeasure.measureUserAgentSpecificMemory) {
    // Some builds (headless shell among them) refuse it even where the page is isolated.
    const measured = await withMeasure.measureUserAgentSpecificMemory().catch(() => undefined);
    if (measured) return measured.bytes / 2 ** 20;
  }
  const estimate = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return estimate ? estimate.usedJSHeapSize / 2 ** 20 : Number.NaN;
}

export interface HeapReading {
  readonly afterSeedMiB: number;
  readonly afterRunMiB: number;
}
