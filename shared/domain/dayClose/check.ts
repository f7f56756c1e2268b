import type { Entry } from '../entry';
import { byCounter } from './close';
import { counterDayHash } from './hash';
import { isCoveredByClose, isLateForClose } from './lock';
import type { DayClose } from './types';

/** One counter's signed day checked against the entries this copy holds now. */
export interface CounterCheck {
  readonly counter: string;
  /** The entries the close counted still hash to what was signed. */
  readonly hashMatches: boolean;
  /** The signed day's link to this counter's previous close is the previous close's hash. */
  readonly chainMatches: boolean;
  readonly signedEntries: number;
  /** Of the entries the close counted, how many this copy holds now. */
  readonly coveredNow: number;
  /** Business entries of the day that came after the close (a late sync): kept and flagged. */
  readonly late: readonly Entry[];
  /** Set-up entries made after the close (allowed, not counted). */
  readonly after: number;
}

/**
 * Recomputes each counter's hash from the entries the close counted and
 * compares it, and its link, with what was signed: a changed, lost or added
 * entry shows at its counter.
 */
export function checkDayClose(close: Pick<DayClose, 'counters'>, entriesNow: readonly Entry[], previousHashes: ReadonlyMap<string, string>): CounterCheck[] {
  const groups = byCounter(entriesNow);
  const counters = [...new Set([...close.counters.map((c) => c.counter), ...groups.keys()])].sort();
  const checks: CounterCheck[] = [];
  for (const counter of counters) {
    const signed = close.counters.find((c) => c.counter === counter);
    const now = groups.get(counter) ?? [];
    const covered = now.filter((e) => isCoveredByClose(e, close));
    const late = now.filter((e) => isLateForClose(e, close));
    const hashMatches = signed ? counterDayHash(signed.previousHash, covered) === signed.hash && covered.length === signed.entries : covered.length === 0;
    checks.push({
      counter,
      hashMatches,
      chainMatches: !signed || signed.previousHash === (previousHashes.get(counter) ?? ''),
      signedEntries: signed?.entries ?? 0,
      coveredNow: covered.length,
      late,
      after: now.length - covered.length - late.length,
    });
  }
  return checks;
}
