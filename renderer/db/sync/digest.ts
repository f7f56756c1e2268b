import type { CounterDigest } from '../../../shared/schema/sync';
import type { DeskDatabase } from '../database';
import { sha256Hex } from '../../../shared/domain/sha256';


/**
 * "Copies agree": per counter, how many of its entries this copy holds and
 * the SHA-256 of their ids in sequence order, joined by commas: the same
 * figure the server gives (desk.digest), so two copies compare cheaply.
 */
export async function localDigest(db: DeskDatabase, store: string): Promise<CounterDigest[]> {
  const byCounter = new Map<string, { seq: number; id: string }[]>();
  await db.entries.each((e) => {
    if (e.store !== store) return;
    const list = byCounter.get(e.counter) ?? [];
    list.push({ seq: e.seq, id: e.id });
    byCounter.set(e.counter, list);
  });
  const out: CounterDigest[] = [];
  for (const counter of [...byCounter.keys()].sort()) {
    const list = byCounter.get(counter)!.sort((a, b) => a.seq - b.seq);
    out.push({ counter, entries: list.length, lastSeq: list[list.length - 1]!.seq, hash: sha256Hex(list.map((e) => e.id).join(',')) });
  }
  return out;
}
