import type { Entry } from '../../../shared/domain/entry';
import { MAX_ENTRY_BYTES, syncEntry } from '../../../shared/schema/sync';
import type { DeskDatabase, OutboxEntry } from '../database';
import type { SyncTransport } from './transport';

export interface PushSummary {
  /** Taken by the server now (or already there: a repeated push). */
  readonly acknowledged: number;
  /** Refused and kept in the outbox for a supervisor (sequence reused, malformed). */
  readonly problems: number;
}

/** The outbox lines still to send, oldest first (those the server refused stay, marked, and are not sent again). */
export async function pendingOutbox(db: DeskDatabase, limit: number): Promise<OutboxEntry[]> {
  const lines: OutboxEntry[] = [];
  await db.outbox.orderBy('seq').until(() => lines.length >= limit).each((line) => {
    if (!line.problem) lines.push(line);
  });
  return lines;
}

/** Why an entry cannot be sent as it is (it would be refused by the gate or the server), or undefined. */
export function unsendable(entry: Entry | undefined): string | undefined {
  if (!entry) return 'missingEntry';
  if (!syncEntry.safeParse(entry).success) return 'malformed';
  return new TextEncoder().encode(JSON.stringify(entry)).length > MAX_ENTRY_BYTES ? 'tooLarge' : undefined;
}

/**
 * Sends the outbox in batches. A line goes only once the server has
 * acknowledged its entry (taken, or already held); a refused one stays,
 * marked with why, and never holds up the lines after it. A failure
 * (network, server) leaves every unacknowledged line for the next try.
 */
export async function pushOutbox(db: DeskDatabase, transport: SyncTransport, now: () => number, batchSize = 500): Promise<PushSummary> {
  let acknowledged = 0;
  let problems = 0;
  for (;;) {
    const lines = await pendingOutbox(db, batchSize);
    if (lines.length === 0) return { acknowledged, problems };
    const found = await db.entries.bulkGet(lines.map((l) => l.entryId));
    // One bad entry must not hold up the batch: it is set aside here, the rest go.
    const refusedHere = new Map<string, string>();
    const entries: Entry[] = [];
    lines.forEach((line, i) => {
      const entry = found[i];
      const problem = unsendable(entry);
      if (problem) refusedHere.set(line.entryId, problem);
      else if (entry) entries.push(entry);
    });
    const result = entries.length > 0 ? await transport.push(entries) : { results: [], serverTime: now() };
    const outcome = new Map(result.results.map((r) => [r.id, r]));
    for (const [id, reason] of refusedHere) outcome.set(id, { id, status: 'setAside', reason });
    await db.transaction('rw', db.outbox, async () => {
      for (const line of lines) {
        const r = outcome.get(line.entryId);
        if (!r) continue;
        if (r.status === 'accepted' || r.status === 'duplicate') {
          await db.outbox.delete(line.seq);
          acknowledged += 1;
        } else {
          await db.outbox.put({ ...line, problem: { status: r.status, reason: r.reason, at: now() } });
          problems += 1;
        }
      }
    });
    // A batch the server answered for none of: stop rather than send it again at once.
    if (!lines.some((l) => outcome.has(l.entryId))) return { acknowledged, problems };
  }
}
