// Prints figures as the benches return them, and the one summary table at the end of `npm run bench`.
import { availableParallelism, loadavg } from 'node:os';

const ms = (n) => n.toFixed(2);
/** The heap grew by more than this across a run: flagged (a leak shows as growth run after run). */
const HEAP_GROWTH_FLAG = 1.5;

/** The judged ratio: the median of each app run over the floor run beside it (a stall on a busy machine hits one pair, not the median). */
export const ratioOf = (figure) => figure.ratio.p50;
/** The tails' ratio, printed for reference: a p95 is one scheduler stall on a busy machine, in the app's runs or the floor's. */
const tailRatioOf = (figure) => figure.app.p95 / figure.floor.p95;
export const verdictOf = (figure) => (ratioOf(figure) <= figure.maxRatio ? 'OK' : 'MISSED');

/** Cores and load, with a warning when the machine is busier than its cores. */
export function machineLine() {
  const cores = availableParallelism();
  const load = loadavg()[0];
  return `machine: ${cores} cores, load ${load.toFixed(2)} over the last minute${load > cores ? ' (WARNING: busier than its cores; judge by the ratios)' : ''}`;
}

export function printFigure(f) {
  console.log(`  ${f.name.padEnd(34)} p50 ${ms(f.app.p50)} ms   p95 ${ms(f.app.p95)} ms   (${f.app.runs} runs${f.budgetMs ? `; ${f.budgetMs} ms on a quiet machine` : ''})`);
  console.log(`  ${`  floor: ${f.floorName}`.padEnd(34)} p50 ${ms(f.floor.p50)} ms   p95 ${ms(f.floor.p95)} ms   → ratio ${ratioOf(f).toFixed(2)}x (median of pairs; target ≤ ${f.maxRatio}x) ${verdictOf(f)}; p95 over p95 ${tailRatioOf(f).toFixed(2)}x`);
}

export function printHeap(heap) {
  const growth = heap.afterRunMiB / heap.afterSeedMiB;
  const flag = growth > HEAP_GROWTH_FLAG ? `  FLAG: grew ${growth.toFixed(2)}x during the run` : '';
  console.log(`  JS heap: ${heap.afterSeedMiB.toFixed(1)} MiB after seeding, ${heap.afterRunMiB.toFixed(1)} MiB after the run${flag}`);
}

export function printSummary(figures) {
  if (figures.length === 0) return;
  console.log(`\nSummary (${machineLine()}); the ratio to the floor is the target: the median of each run over the floor run beside it`);
  console.log(`  ${'bench'.padEnd(11)}${'figure'.padEnd(36)}${'p95 ms'.padStart(10)}${'floor ms'.padStart(10)}${'p95/p95'.padStart(9)}${'ratio'.padStart(8)}${'target'.padStart(8)}  verdict`);
  for (const f of figures) {
    console.log(
      `  ${f.bench.padEnd(11)}${f.name.padEnd(36)}${ms(f.app.p95).padStart(10)}${ms(f.floor.p95).padStart(10)}${`${tailRatioOf(f).toFixed(2)}x`.padStart(9)}${`${ratioOf(f).toFixed(2)}x`.padStart(8)}${`≤${f.maxRatio}x`.padStart(8)}  ${verdictOf(f)}`,
    );
  }
}
