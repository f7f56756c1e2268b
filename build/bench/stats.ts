/** Percentile of a sample (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Timing {
  readonly p50: number;
  readonly p95: number;
  readonly runs: number;
}

export const timingOf = (samples: readonly number[]): Timing => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length });

export interface Paired {
  readonly app: Timing;
  readonly floor: Timing;
  /**
   * The app's time over its floor's, pair by pair (each app run against
   * the floor run beside it): a stall hits one pair, not the median.
   */
  readonly ratio: { readonly p50: number; readonly p95: number };
}

/** Timings of runs taken in pairs (app i beside floor i), with the ratio of each pair. */
export function pairedTiming(appSamples: readonly number[], floorSamples: readonly number[]): Paired {
  if (appSamples.length !== floorSamples.length) throw new Error('paired timings need as many floor runs as app runs');
  // A floor below the timer's resolution would make a pair's ratio infinite: it counts at one resolution step.
  const ratios = appSamples.map((a, i) => a / Math.max(floorSamples[i]!, TIMER_STEP_MS));
  return { app: timingOf(appSamples), floor: timingOf(floorSamples), ratio: { p50: percentile(ratios, 50), p95: percentile(ratios, 95) } };
}

/** performance.now()'s step on a cross-origin isolated page (5 µs). */
const TIMER_STEP_MS = 0.005;

/**
 * The app's path and its floor (the same work in raw IndexedDB) timed in
 * turn, A, B, A, B…, so whatever else the machine is doing hits both alike
 * and their ratio holds where the absolute figures move. `before` runs
 * untimed ahead of each pair (the change a refresh is to pick up).
 */
export async function timeInterleaved(
  runs: number,
  app: (i: number) => Promise<unknown>,
  floor: (i: number) => Promise<unknown>,
  before?: (i: number) => Promise<unknown>,
): Promise<Paired> {
  const appSamples: number[] = [];
  const floorSamples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await before?.(i);
    let start = performance.now();
    await app(i);
    appSamples.push(performance.now() - start);
    start = performance.now();
    await floor(i);
    floorSamples.push(performance.now() - start);
  }
  return pairedTiming(appSamples, floorSamples);
}
