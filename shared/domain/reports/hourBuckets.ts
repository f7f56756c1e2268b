import { factHour } from '../returns/facts';

/**
 * Small report facts of the records made in one UTC hour, each packed as a
 * string by record id, kept the way the returns summary keeps its facts
 * (see ReturnFactBucket, the same shape): a month is ~744 rows instead of
 * one per record, and IndexedDB's cost grows with the rows and characters
 * handed back. Keyed by record id, so filing a record's fact again
 * replaces it.
 */
export interface HourBucket {
  /** UTC epoch ms of the hour's start. */
  readonly hour: number;
  readonly facts: Readonly<Record<string, string>>;
}

/** A record's fact to file under its time; `before`: the time it was filed under so far, when that may have changed. */
export interface FiledFact {
  readonly id: string;
  readonly at: number;
  readonly packed: string;
  readonly before?: number | undefined;
}

/** The hours filing these facts touches: the ones they go to, and the ones they leave. */
export function hoursTouched(facts: readonly FiledFact[]): number[] {
  const hours = new Set<number>();
  for (const f of facts) {
    hours.add(factHour(f.at));
    if (f.before !== undefined) hours.add(factHour(f.before));
  }
  return [...hours];
}

/**
 * The touched buckets after filing (`stored`: those kept so far, by hour):
 * each fact put in its hour's bucket, and taken out of the hour it left.
 */
export function filedBuckets(stored: ReadonlyMap<number, HourBucket>, facts: readonly FiledFact[]): HourBucket[] {
  const buckets = new Map<number, Record<string, string>>();
  const factsOf = (hour: number) => {
    let kept = buckets.get(hour);
    if (!kept) {
      kept = { ...stored.get(hour)?.facts };
      buckets.set(hour, kept);
    }
    return kept;
  };
  for (const f of facts) {
    const hour = factHour(f.at);
    if (f.before !== undefined && factHour(f.before) !== hour) delete factsOf(factHour(f.before))[f.id];
    factsOf(hour)[f.id] = f.packed;
  }
  return [...buckets].map(([hour, kept]) => ({ hour, facts: kept }));
}

export function unpackBuckets<T>(buckets: Iterable<HourBucket>, unpack: (text: string) => T): T[] {
  const out: T[] = [];
  for (const b of buckets) for (const text of Object.values(b.facts)) out.push(unpack(text));
  return out;
}
