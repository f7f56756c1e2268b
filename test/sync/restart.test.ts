import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { newId } from '../../shared/domain/ids';
import { startEmbeddedServer, type EmbeddedServer } from '../../electron/main/sync/server/embedded';
import { depositItem } from '../../renderer/db/storage/bulky';
import { localDigest } from '../../renderer/db/sync/digest';
import { writeEntries } from '../../renderer/db/writePath';
import { makeDesk, TestClock } from '../renderer/deskFixture';
import { faultCounter, syncUntilClean, trySync } from './faultCounters';
import { FaultProxy } from './faultProxy';
import { freePort } from './freePort';
import { uniqueStore } from './serverFixture';

/** A server of this file's own, so restarting it disturbs no other test file; the proxy keeps the counters' address across restarts. */
describe('the embedded server restarted while counters push, and a malformed entry', () => {
  let dataDir: string;
  let server: EmbeddedServer;
  let admin: pg.Client;
  let proxy: FaultProxy;
  let port: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'desk-sync-restart-'));
    port = await freePort();
    server = await startEmbeddedServer({ dataDir, port });
    admin = new pg.Client(server.adminConfig);
    await admin.connect();
    proxy = await FaultProxy.start({ host: '127.0.0.1', port });
  });
  afterAll(async () => {
    await proxy.stop();
    await admin.end().catch(() => undefined);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its data across a restart mid-push; the counter retries and nothing is lost or doubled', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(Date.now(), store);
    const c1 = await faultCounter(admin, server.database, proxy, dataDir, desk.asClerk, new TestClock(Date.now()));
    const c2 = await faultCounter(admin, server.database, proxy, dataDir, desk.otherCounter('C2'), new TestClock(Date.now()));
    for (let i = 0; i < 300; i++) await depositItem(c1.ctx, newId(), { description: `箱 ${i}`, count: '1', customerName: '李', phone: '13800138000', slot: `R-${i}` });

    const pushing = trySync(c1);
    await admin.end();
    await server.stop();
    expect(await pushing).toBe(false);
    server = await startEmbeddedServer({ dataDir, port });
    expect(server.applied).toEqual([]);
    admin = new pg.Client(server.adminConfig);
    await admin.connect();

    await syncUntilClean(c1);
    await syncUntilClean(c2);
    const { rows } = await admin.query<{ n: string; max: string }>('SELECT count(*) AS n, max(counter_seq) AS max FROM desk.entries WHERE store = $1 AND counter = $2', [store, 'C1']);
    expect(Number(rows[0]!.n)).toBe(await c1.ctx.db.entries.filter((e) => e.counter === 'C1').count());
    expect(Number(rows[0]!.max)).toBe(Number(rows[0]!.n));
    expect(await localDigest(c2.ctx.db, store)).toEqual(await localDigest(c1.ctx.db, store));
    await Promise.all([c1.service.close(), c2.service.close()]);
  });

  it('a malformed entry in the outbox is set aside and the entries after it still reach the other counters', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(Date.now(), store);
    const c1 = await faultCounter(admin, server.database, proxy, dataDir, desk.asClerk, new TestClock(Date.now()));
    const c2 = await faultCounter(admin, server.database, proxy, dataDir, desk.otherCounter('C2'), new TestClock(Date.now()));
    // An entry larger than any record is allowed to be (a photo pasted into a text field, say).
    await writeEntries(c1.ctx, 'storage.deposit', (tx) =>
      tx.append({ recordType: 'store', recordId: 'store', type: 'noteAdded', schemaVersion: 1, data: { note: 'x'.repeat(300_000) }, summary: 'oversized' }),
    );
    const after = await depositItem(c1.ctx, newId(), { description: '后来的包', count: '1', customerName: '王', phone: '13800138000', slot: 'Z-1' });
    await syncUntilClean(c1);
    await syncUntilClean(c2);
    expect(await c2.ctx.db.storageItems.get(after.id)).toMatchObject({ number: after.number });
    const refused = (await c1.ctx.db.outbox.toArray()).filter((l) => l.problem);
    expect(refused.map((l) => l.problem?.reason)).toEqual(['tooLarge']);
    await Promise.all([c1.service.close(), c2.service.close()]);
  });
});
