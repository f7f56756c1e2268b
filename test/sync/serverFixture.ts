import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { applyMigrations } from '../../electron/main/sync/server/migrate';
import { enrolCounter } from '../../electron/main/sync/server/enrol';
import type { SyncCredentials } from '../../shared/schema/sync';

const admin = () => inject('syncAdmin');

/** A store code of its own for each test (roles are shared by the whole server). */
export function uniqueStore(): string {
  return `T${randomBytes(3).toString('hex').toUpperCase().slice(0, 5)}`;
}

export async function adminClient(database: string): Promise<pg.Client> {
  const { host, port, user, password } = admin();
  const client = new pg.Client({ host, port, user, password, database });
  await client.connect();
  return client;
}

/** A fresh database with the migrations applied, and its administrator's connection. */
export async function freshDatabase(): Promise<{ database: string; admin: pg.Client }> {
  const database = `desk_${randomBytes(4).toString('hex')}`;
  const bootstrap = await adminClient('postgres');
  await bootstrap.query(`CREATE DATABASE ${database}`);
  await bootstrap.end();
  const client = await adminClient(database);
  await applyMigrations(client);
  return { database, admin: client };
}

/** Enrols a counter and gives the credentials its enrolment code would carry. */
export async function enrolled(adminDb: pg.Client, database: string, store: string, counter: string): Promise<SyncCredentials> {
  const { role, password } = await enrolCounter(adminDb, store, counter);
  const { host, port } = admin();
  return { host, port, database, user: role, password };
}

/** A raw connection as a counter's role, to try what the functions should refuse. */
export async function rawAs(credentials: SyncCredentials): Promise<pg.Client> {
  const client = new pg.Client(credentials);
  await client.connect();
  return client;
}

/** A raw entry as a counter makes it, for the tests that talk to the server directly. */
export function rawEntry(store: string, counter: string, seq: number, over: Record<string, unknown> = {}) {
  return {
    id: `${store}-${counter}-${seq}-${Math.random().toString(36).slice(2, 8)}`,
    recordType: 'storage',
    recordId: `rec-${seq}`,
    type: 'deposited',
    schemaVersion: 1,
    store,
    counter,
    seq,
    hlc: `0000000${seq}:0000:${counter}`,
    at: 1_790_000_000_000 + seq,
    by: '1001',
    data: { description: '黑色双肩包' },
    ...over,
  };
}

/**
 * A test file's own database on the run's server and the counters it
 * connects: made before the file's tests, every counter and the
 * administrator's connection closed after them.
 */
export function syncTestDatabase<C extends { close(): Promise<void> }>() {
  let database = '';
  let admin: pg.Client | undefined;
  const counters: C[] = [];
  beforeAll(async () => {
    ({ database, admin } = await freshDatabase());
  });
  afterAll(async () => {
    await Promise.all(counters.map((c) => c.close()));
    await admin?.end();
  });
  return {
    get database() {
      return database;
    },
    get admin(): pg.Client {
      if (!admin) throw new Error('the sync test database is made in beforeAll');
      return admin;
    },
    /** Counters to close after the file's tests. */
    counters,
  };
}
