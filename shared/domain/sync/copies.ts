import type { CounterDigest } from '../../schema/sync';

/** Counters whose copies differ, with what each side holds. */
export function digestDifferences(mine: readonly CounterDigest[], theirs: readonly CounterDigest[]): { counter: string; mine?: CounterDigest; theirs?: CounterDigest }[] {
  const counters = [...new Set([...mine.map((d) => d.counter), ...theirs.map((d) => d.counter)])].sort();
  return counters.flatMap((counter) => {
    const a = mine.find((d) => d.counter === counter);
    const b = theirs.find((d) => d.counter === counter);
    return a?.hash === b?.hash && a?.entries === b?.entries ? [] : [{ counter, mine: a, theirs: b }];
  });
}

export interface StoreCounterFigures {
  readonly counter: string;
  /** The server's count and hash of this counter's entries. */
  readonly server: CounterDigest;
  /** The counter's own copy, as it last reported it (every counter's entries it holds). */
  readonly reportedCopy?: readonly CounterDigest[] | undefined;
}

/**
 * Head office's "copies agree", per counter of a store: its reported copy
 * against the server's figures for every counter of the store. Undefined
 * when the counter has not reported yet; else the counters that differ.
 */
export function copiesAgreement(counters: readonly StoreCounterFigures[]): Map<string, string[] | undefined> {
  const server = counters.filter((c) => c.server.entries > 0).map((c) => c.server);
  return new Map(counters.map((c) => [c.counter, c.reportedCopy && digestDifferences(c.reportedCopy, server).map((d) => d.counter)]));
}
