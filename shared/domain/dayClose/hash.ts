import { canonicalJson } from '../canonicalJson';
import type { Entry } from '../entry';
import { sha256Hex, sha256HexAsync } from '../sha256';

/** One entry as hashed: every field a record's history depends on. */
export function entryHashLine(e: Entry): string {
  return canonicalJson({ id: e.id, seq: e.seq, hlc: e.hlc, recordType: e.recordType, recordId: e.recordId, type: e.type, at: e.at, by: e.by, approvedBy: e.approvedBy, data: e.data });
}

/**
 * A counter's day in its hash chain: SHA-256 of the hash at its previous close
 * and the day's entries in sequence order. Changing, adding or dropping any
 * entry of the day, or of any earlier closed day, changes it.
 */
export function counterDayHash(previousHash: string, entries: readonly Entry[]): string {
  return sha256Hex(counterDayLines(previousHash, entries));
}

function counterDayLines(previousHash: string, entries: readonly Entry[]): string[] {
  return [previousHash, ...[...entries].sort((a, b) => a.seq - b.seq).map(entryHashLine)];
}

/** Each counter's day hash (as counterDayHash) by Web Crypto: outside a transaction only (it awaits more than IndexedDB). */
export async function counterDayHashes(groups: ReadonlyMap<string, readonly Entry[]>, previousHashes: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const hashes = await Promise.all([...groups].map(([counter, list]) => sha256HexAsync(counterDayLines(previousHashes.get(counter) ?? '', list))));
  return new Map([...groups.keys()].map((counter, i) => [counter, hashes[i]!]));
}
