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

export async function time(runs: number, once: (i: number) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await once(i);
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs };
}

export interface Paired {
  readonly app: Timing;
  readonly floor: Timing;
}

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
  const timing = (samples: number[]): Timing => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), runs });
  return { app: timing(appSamples), floor: timing(floorSamples) };
}
