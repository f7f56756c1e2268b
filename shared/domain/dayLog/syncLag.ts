import type { DayLogLine } from './lines';

/** A working counter that has sent nothing for this long, while the store is open, has probably stopped syncing. */
export const QUIET_COUNTER_MS = 60 * 60_000;

/**
 * Other counters that worked today whose newest entry this copy holds is
 * over an hour old while the store is still open: probably not syncing
 * (or just quiet: the supervisor looks). A counter with no entry today is
 * not judged, nor is any after closing.
 */
export function quietCounters(todaysLines: readonly DayLogLine[], thisCounter: string, now: number, storeOpen: boolean): string[] {
  if (!storeOpen) return [];
  const newest = new Map<string, number>();
  for (const l of todaysLines) {
    if (!l.isEntry || l.counter === thisCounter) continue;
    newest.set(l.counter, Math.max(newest.get(l.counter) ?? 0, l.at));
  }
  return [...newest].filter(([, at]) => now - at > QUIET_COUNTER_MS).map(([counter]) => counter).sort();
}
