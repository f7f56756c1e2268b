import type { ServiceCall } from './types';

/** Fixed on the first visit: counts for the first-time fix rate. */
export function isFirstTimeFix(call: ServiceCall): boolean {
  return call.visits[0]?.outcome === 'fixedOnSite';
}

/** Of the calls whose first visit is recorded, the share fixed on it (undefined with none). */
export function firstTimeFixRate(calls: readonly ServiceCall[]): number | undefined {
  const visited = calls.filter((c) => c.visits.length > 0);
  if (visited.length === 0) return undefined;
  return visited.filter(isFirstTimeFix).length / visited.length;
}
