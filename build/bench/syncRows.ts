// The rows the sync bench works on, and the two ways they reach PostgreSQL: the app's push and the floor's COPY.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Entry } from '../../shared/domain/entry';
import type { SyncConnection } from '../../electron/main/sync/connection';
import { seedEntry } from './seedEntry';

export const STORE = 'S01';
/** Entries per push call, as the counter's sync loop sends them. */
export const BATCH = 1000;
const T0 = Date.UTC(2026, 0, 1);

/** A deposit of about 1 KB, or a release of an earlier one, as counter `counter` would make it. */
export function entriesOf(counter: string, count: number, firstSeq: number, withReleases: boolean): Entry[] {
  const out: Entry[] = [];
  const held: string[] = [];
  for (let i = 0; i < count; i++) {
    const seq = firstSeq + i;
    const at = T0 + seq * 1000;
    if (withReleases && held.length > 0 && i % 4 === 3) {
      const recordId = held.shift()!;
      out.push(seedEntry({ recordType: 'storage', recordId, schemaVersion: 1, counter, seq, at }, 'released', { mode: 'ticket' }));
      continue;
    }
    const recordId = `${counter}-item-${seq}`;
    held.push(recordId);
    out.push(
      seedEntry({ recordType: 'storage', recordId, schemaVersion: 1, counter, seq, at }, 'deposited', {
        number: `JC-${STORE}-${counter}-260101-${String(seq).padStart(6, '0')}`,
        description: `黑色双肩包，内有衣物与书本，外袋有雨伞一把。${'寄存说明'.repeat(70)}`,
        count: 1,
        slot: `A-${seq % 200}`,
        source: 'counter',
        customerName: '张先生',
        phone: '13800138000',
      }),
    );
  }
  return out;
}

/** The app's push of `entries`, a batch at a time; every entry must be accepted. */
export async function pushAll(connection: SyncConnection, entries: readonly Entry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += BATCH) {
    const result = await connection.push(entries.slice(i, i + BATCH));
    if (result.results.some((r) => r.status !== 'accepted')) throw new Error('bench push refused an entry');
  }
}

/** The floor's table: shaped like desk.entries (same columns, keys and indexes), no function in between. */
export const CREATE_FLOOR_TABLE = 'CREATE TABLE bench_copy (LIKE desk.entries INCLUDING ALL)';
/** The columns the push fills, in the order `rowValues` gives them. */
export const FLOOR_COLUMNS = 'entry_id, store, counter, counter_seq, hlc, record_type, record_id, entry_type, schema_version, data';

/** An entry as the push stores it: its columns, then the whole entry as JSON. */
export function rowValues(e: Entry): string[] {
  return [e.id, e.store, e.counter, String(e.seq), e.hlc, e.recordType, e.recordId, e.type, String(e.schemaVersion), JSON.stringify(e)];
}

const csv = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The CSV a COPY of these entries reads (made before timing: the floor times PostgreSQL, not string building). */
export function csvLines(entries: readonly Entry[]): string[] {
  return entries.map((e) => `${rowValues(e).map(csv).join(',')}\n`);
}

/** The floor of a push: COPY of the same rows into bench_copy, a COPY (and its commit) for each batch the push sends. */
export async function copyRows(admin: pg.Client, lines: readonly string[]): Promise<void> {
  for (let i = 0; i < lines.length; i += BATCH) {
    await pipeline(Readable.from(lines.slice(i, i + BATCH)), admin.query(copyFrom(`COPY bench_copy (${FLOOR_COLUMNS}) FROM STDIN WITH (FORMAT csv)`)));
  }
}
