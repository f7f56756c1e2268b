import type { DeskApi } from '../../../shared/ipc';
import type { CounterDigest, SyncStatus } from '../../../shared/schema/sync';
import type { DeskDatabase, OutboxEntry } from '../database';
import { deskValue as value } from '../../bridge/deskValue';
import { DeskError } from '../errors';
import { digestDifferences } from '../../../shared/domain/sync/copies';
import { localDigest } from './digest';

export async function readSyncStatus(desk: DeskApi): Promise<SyncStatus> {
  return value(await desk['sync:status'](undefined));
}

/** Enrols this counter with the code from the server's administrator; the server must know it as this store and counter. */
export async function enrolWithCode(desk: DeskApi, identity: { readonly store: string; readonly counter: string }, code: string): Promise<SyncStatus> {
  if (!code.trim()) throw new DeskError('error.required', 'code');
  return value(await desk['sync:enrol']({ code, store: identity.store, counter: identity.counter }), 'code');
}

export async function testSyncConnection(desk: DeskApi): Promise<SyncStatus> {
  return value(await desk['sync:test'](undefined));
}

export async function setSyncPaused(desk: DeskApi, paused: boolean): Promise<SyncStatus> {
  return value(await desk['sync:setPaused']({ paused }));
}

export async function forgetSyncServer(desk: DeskApi): Promise<SyncStatus> {
  return value(await desk['sync:forget'](undefined));
}

export interface CopiesCheck {
  readonly mine: readonly CounterDigest[];
  readonly server: readonly CounterDigest[];
  readonly differences: ReturnType<typeof digestDifferences>;
}

/** "Copies agree": this counter's copy against the server's, counter by counter. */
export async function checkCopies(db: DeskDatabase, desk: DeskApi, store: string): Promise<CopiesCheck> {
  const server = value(await desk['sync:digest'](undefined));
  const mine = await localDigest(db, store);
  return { mine, server, differences: digestDifferences(mine, server) };
}

/** The outbox lines the server refused, with their entries, for a supervisor. */
export async function refusedEntries(db: DeskDatabase): Promise<{ readonly line: OutboxEntry; readonly summary: string }[]> {
  const lines = (await db.outbox.toArray()).filter((l) => l.problem);
  const entries = await db.entries.bulkGet(lines.map((l) => l.entryId));
  return lines.map((line, i) => {
    const e = entries[i];
    return { line, summary: e ? `${e.recordType} ${e.type} · #${e.seq}` : line.entryId };
  });
}
