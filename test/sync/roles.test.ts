import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { applyMigrations, readMigrations } from '../../electron/main/sync/server/migrate';
import { enrolHeadOffice, revokeCounter } from '../../electron/main/sync/server/enrol';
import { SyncConnection } from '../../electron/main/sync/connection';
import { enrolled, freshDatabase, rawAs, rawEntry, uniqueStore } from './serverFixture';

describe('the server: migrations and what each role may do', () => {
  let database: string;
  let admin: pg.Client;
  const store = uniqueStore();
  const other = uniqueStore();

  beforeAll(async () => {
    ({ database, admin } = await freshDatabase());
  });
  afterAll(async () => {
    await admin.end();
  });

  it('applying the migrations again changes nothing', async () => {
    expect(await applyMigrations(admin)).toEqual([]);
    const { rows } = await admin.query<{ name: string }>('SELECT name FROM public.desk_migrations ORDER BY version');
    expect(rows.map((r) => r.name)).toEqual((await readMigrations()).map((m) => m.name));
    expect(rows[0]?.name).toBe('001_entries.sql');
  });

  it('a counter pushes and pulls through the functions, and a repeated push is harmless', async () => {
    const c1 = await SyncConnection.open(await enrolled(admin, database, store, 'C1'));
    const batch = [rawEntry(store, 'C1', 1), rawEntry(store, 'C1', 2)];
    const first = await c1.push(batch);
    expect(first.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    const again = await c1.push(batch);
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.results.map((r) => r.order)).toEqual(first.results.map((r) => r.order));
    const pulled = await c1.pull(0, 100);
    expect(pulled.map((p) => (p.entry as { id: string }).id)).toEqual(batch.map((b) => b.id));
    expect(await c1.pull(pulled[1]!.order, 100)).toEqual([]);
    await c1.close();
  });

  it('a sequence number reused with another entry is refused and kept for a supervisor; a malformed entry is set aside and the ones after it still land', async () => {
    const c2 = await SyncConnection.open(await enrolled(admin, database, store, 'C2'));
    await c2.push([rawEntry(store, 'C2', 1)]);
    const result = await c2.push([rawEntry(store, 'C2', 1), { ...rawEntry(store, 'C2', 2), seq: 'two' }, rawEntry(store, 'C2', 3)]);
    expect(result.results.map((r) => [r.status, r.reason])).toEqual([
      ['sequenceReused', undefined],
      ['setAside', 'badSeq'],
      ['accepted', undefined],
    ]);
    const { rows } = await admin.query<{ reason: string }>('SELECT reason FROM desk.set_aside WHERE store = $1 AND counter = $2 ORDER BY id', [store, 'C2']);
    expect(rows.map((r) => r.reason)).toEqual(['sequenceReused', 'badSeq']);
    await c2.close();
  });

  it('an entry missing a field is set aside, not a failed push, and the ones after it still land', async () => {
    const own = uniqueStore();
    const c1 = await SyncConnection.open(await enrolled(admin, database, own, 'C1'));
    // A field set to undefined is left out of the JSON the counter sends.
    const missing = [rawEntry(own, 'C1', 1, { id: undefined }), rawEntry(own, 'C1', 2, { hlc: undefined }), rawEntry(own, 'C1', 3, { seq: undefined })];
    const result = await c1.push([...missing, rawEntry(own, 'C1', 4)]);
    expect(result.results.map((r) => [r.status, r.reason])).toEqual([
      ['setAside', 'badId'],
      ['setAside', 'missingField'],
      ['setAside', 'badSeq'],
      ['accepted', undefined],
    ]);
    await c1.close();
  });

  it('a counter cannot write as another counter or store, nor update, delete or read the table, nor see another store', async () => {
    const credentials = await enrolled(admin, database, store, 'C3');
    const c3 = await SyncConnection.open(credentials);
    const asOther = await c3.push([rawEntry(store, 'C1', 99), rawEntry(other, 'C3', 1)]);
    expect(asOther.results.map((r) => [r.status, r.reason])).toEqual([
      ['setAside', 'wrongCounter'],
      ['setAside', 'wrongCounter'],
    ]);
    const raw = await rawAs(credentials);
    for (const sql of [
      'SELECT * FROM desk.entries',
      "UPDATE desk.entries SET data = '{}'",
      'DELETE FROM desk.entries',
      "INSERT INTO desk.entries (entry_id, store, counter, counter_seq, hlc, record_type, record_id, entry_type, schema_version, data) VALUES ('x', 'S', 'C', 1, 'h', 'r', 'i', 't', 1, '{}')",
      'TRUNCATE desk.entries',
      'SELECT * FROM desk.counters',
      'SELECT * FROM desk.overview()',
      "SELECT * FROM desk.pull_store('" + store + "', 0, 10)",
    ]) {
      await expect(raw.query(sql), sql).rejects.toMatchObject({ code: expect.stringMatching(/^(42501|28000)$/) as unknown });
    }
    await raw.end();

    // A counter of another store sees none of this store's entries.
    const stranger = await SyncConnection.open(await enrolled(admin, database, other, 'C1'));
    expect(await stranger.pull(0, 100)).toEqual([]);
    await stranger.push([rawEntry(other, 'C1', 1)]);
    expect((await stranger.pull(0, 100)).map((p) => (p.entry as { store: string }).store)).toEqual([other]);
    expect((await c3.pull(0, 1000)).every((p) => (p.entry as { store: string }).store === store)).toBe(true);
    await stranger.close();
    await c3.close();
  });

  it('the head office reads every store, and cannot push', async () => {
    const { role, password } = await enrolHeadOffice(admin, `HQ${store}`);
    const hq = await rawAs({ host: admin.host, port: admin.port, database, user: role, password });
    const { rows } = await hq.query<{ store: string; counter: string; entries: string }>('SELECT store, counter, entries FROM desk.overview()');
    expect(rows.filter((r) => r.store === store).map((r) => [r.counter, Number(r.entries)])).toEqual([
      ['C1', 2],
      ['C2', 2],
      ['C3', 0],
    ]);
    expect(rows.some((r) => r.store === other)).toBe(true);
    const { rows: pulled } = await hq.query('SELECT server_order FROM desk.pull_store($1, 0, 100)', [store]);
    expect(pulled).toHaveLength(4);
    await expect(hq.query("SELECT desk.push('[]'::jsonb)")).rejects.toMatchObject({ code: '42501' });
    await expect(hq.query(`SELECT desk.report('{"unsynced":0,"conflicts":0,"waiting":0,"copy":[]}'::jsonb)`)).rejects.toMatchObject({ code: '42501' });
    await hq.end();
  });

  it('a revoked counter can no longer log in', async () => {
    const credentials = await enrolled(admin, database, store, 'C4');
    await revokeCounter(admin, store, 'C4');
    await expect(SyncConnection.open(credentials)).rejects.toMatchObject({ kind: 'permanent' });
  });
});
