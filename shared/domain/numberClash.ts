import type { RecordType } from './entry';
import type { NumberedRecordType } from './numbering';

/**
 * A human record number held by two or more records of one type: a counter
 * that lost its daily sequence (restored from an old backup, set up again
 * with its storage cleared) gave a number again. Both records are kept; the
 * clash waits for a supervisor, one per number, the same on every counter.
 */

/** The record types that carry a human number and are kept as records. */
export type NumberedRecord = Extract<RecordType, NumberedRecordType>;

/** A record holding the number, named by the entry that made it (its first in the shared order). */
export interface NumberHolder {
  readonly recordId: string;
  /** The counter where the record was made. */
  readonly counter: string;
  readonly by: string;
  readonly at: number;
}

export interface NumberClash {
  readonly number: string;
  readonly recordType: NumberedRecord;
  /** Every record holding the number, by record id. */
  readonly records: readonly NumberHolder[];
  /**
   * When the number was first used twice: the second of the records made
   * (wall time of the entries that made them). Read from the entries, not
   * from when a counter noticed, so every counter keeps the same row.
   */
  readonly firstSeenAt: number;
}

/**
 * The clash of a number, given the records that hold it; undefined while
 * fewer than two different records hold it. The same holders in any order
 * give the same clash.
 */
export function numberClashOf(number: string, recordType: NumberedRecord, holders: readonly NumberHolder[]): NumberClash | undefined {
  const byId = new Map<string, NumberHolder>();
  for (const h of holders) {
    const seen = byId.get(h.recordId);
    // The same record named twice (read twice): keep one, whichever order it came in.
    if (!seen || compareHolders(h, seen) < 0) byId.set(h.recordId, h);
  }
  if (byId.size < 2) return undefined;
  const records = [...byId.values()].sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
  const times = records.map((r) => r.at).sort((a, b) => a - b);
  return { number, recordType, records, firstSeenAt: times[1]! };
}

function compareHolders(a: NumberHolder, b: NumberHolder): number {
  if (a.at !== b.at) return a.at - b.at;
  const ka = `${a.counter}\u0000${a.by}`;
  const kb = `${b.counter}\u0000${b.by}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
