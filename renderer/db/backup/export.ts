import type { Table } from 'dexie';
import { BackupBody, backupLineOf, type RowKey } from '../../../shared/domain/backup/body';
import type { Clock } from '../../../shared/domain/clock';
import { DEFAULT_TIME_ZONE } from '../../../shared/domain/clock';
import type { DeskApi } from '../../../shared/ipc';
import { BACKUP_FORMAT, type BackupFile, type BackupManifest } from '../../../shared/schema/backup';
import { deskValue } from '../../bridge/deskValue';
import type { DeskDatabase } from '../database';
import { readCounterIdentity, readStoreProfile } from '../staff';

export interface BackupProgress {
  readonly phase: 'reading' | 'writing';
  readonly done: number;
  readonly total: number;
}

/** Rows fetched at a time inside the read transaction. */
const PAGE_ROWS = 1000;
/** Text per part sent to the main process. */
export const WRITE_PART_CHARS = 2_000_000;

/** Every table, in a fixed order (the body's hash depends on it). */
export function backupTables(db: DeskDatabase): Table[] {
  return [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
}

function rowKey(key: unknown): RowKey {
  if (typeof key === 'string' || typeof key === 'number') return key;
  if (Array.isArray(key) && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  throw new TypeError(`unexpected primary key ${String(key)}`);
}

export interface ReadBackup {
  readonly manifest: BackupManifest;
  /** Whole lines, about WRITE_PART_CHARS each. */
  readonly parts: readonly string[];
}

/**
 * The whole database as backup lines, read in one read transaction so the
 * copy is of one moment (entries, projections and the counter's sequence
 * agree). Undefined on a counter not set up: there is nothing to keep.
 */
export async function readBackup(db: DeskDatabase, clock: Clock, onProgress: (p: BackupProgress) => void = () => undefined): Promise<ReadBackup | undefined> {
  const identity = await readCounterIdentity(db);
  if (!identity) return undefined;
  const timeZone = (await readStoreProfile(db))?.timeZone ?? DEFAULT_TIME_ZONE;
  const tables = backupTables(db);
  return db.transaction('r', tables, async () => {
    const total = (await Promise.all(tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
    const body = new BackupBody();
    const parts: string[] = [];
    let part = '';
    let done = 0;
    for (const table of tables) {
      // A table whose key is not in its rows keeps the key on the line.
      const outbound = !table.schema.primKey.keyPath;
      const keys = await table.toCollection().primaryKeys();
      for (let from = 0; from < keys.length; from += PAGE_ROWS) {
        const page = keys.slice(from, from + PAGE_ROWS);
        const rows = await table.bulkGet(page);
        rows.forEach((row, i) => {
          part += backupLineOf(table.name, row, outbound ? rowKey(page[i]) : undefined);
          if (part.length >= WRITE_PART_CHARS) {
            body.add(part);
            parts.push(part);
            part = '';
          }
        });
        done += page.length;
        onProgress({ phase: 'reading', done, total });
      }
    }
    if (part) {
      body.add(part);
      parts.push(part);
    }
    const counts = Object.fromEntries(tables.map((t) => [t.name, body.counts[t.name] ?? 0]));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      schemaVersion: db.verno,
      store: identity.store,
      counter: identity.counter,
      timeZone,
      madeAt: clock.now(),
      counts,
      sha256: body.digest(),
    };
    return { manifest, parts };
  });
}

/** Backs the database up to the main process's backup folder; undefined when this counter is not set up. */
export async function backUp(db: DeskDatabase, desk: DeskApi, clock: Clock, onProgress: (p: BackupProgress) => void = () => undefined): Promise<BackupFile | undefined> {
  const read = await readBackup(db, clock, onProgress);
  if (!read) return undefined;
  const { writeId } = deskValue(await desk['backup:begin'](read.manifest));
  for (const [i, lines] of read.parts.entries()) {
    deskValue(await desk['backup:write']({ writeId, lines }));
    onProgress({ phase: 'writing', done: i + 1, total: read.parts.length });
  }
  return deskValue(await desk['backup:commit']({ writeId }));
}
