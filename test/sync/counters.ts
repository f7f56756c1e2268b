import type pg from 'pg';
import { SyncConnection } from '../../electron/main/sync/connection';
import type { DeskContext } from '../../renderer/db/context';
import type { DeskDatabase } from '../../renderer/db/database';
import { pullIncoming } from '../../renderer/db/sync/pull';
import { pushOutbox } from '../../renderer/db/sync/push';
import type { AttachmentTransport, SyncTransport } from '../../renderer/db/sync/transport';
import { enrolled } from './serverFixture';

/** A counter of the test store: its own database, and its own role on the real server. */
export interface TestCounter {
  readonly name: string;
  readonly ctx: DeskContext;
  readonly transport: SyncTransport & AttachmentTransport;
  close(): Promise<void>;
}

export async function connectCounter(admin: pg.Client, database: string, ctx: DeskContext): Promise<TestCounter> {
  const connection = await SyncConnection.open(await enrolled(admin, database, ctx.session.store, ctx.session.counter));
  return { name: ctx.session.counter, ctx, transport: connection, close: () => connection.close() };
}

/** One round of sync as the app runs it: push the outbox, then pull what is new. */
export async function syncOnce(counter: TestCounter): Promise<void> {
  await pushOutbox(counter.ctx.db, counter.transport, () => counter.ctx.clock.now());
  await pullIncoming({ ...counter.ctx, session: { ...counter.ctx.session, staffNo: 'sync' } }, counter.transport);
}

/** Every counter syncs, twice over, so each has what the others pushed. */
export async function syncAll(counters: readonly TestCounter[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const c of counters) await syncOnce(c);
}

/** What a counter shows: every projection table, in primary-key order. */
export async function projections(db: DeskDatabase): Promise<Record<string, unknown[]>> {
  const tables = ['storageItems', 'lostItems', 'lockerDoors', 'staff', 'stores', 'receipts', 'returns', 'campaigns', 'giftStocks', 'handouts', 'complaints', 'calendars', 'numberClashes'] as const;
  const out: Record<string, unknown[]> = {};
  for (const name of tables) {
    out[name] = (await db.table(name).toArray()) as unknown[];
  }
  return out;
}
