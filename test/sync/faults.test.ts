import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { inject } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { MAX_CLOCK_SKEW_MS } from '../../shared/schema/sync';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { localDigest } from '../../renderer/db/sync/digest';
import { readSyncCursor } from '../../renderer/db/sync/pull';
import { makeDesk, TestClock } from '../renderer/deskFixture';
import { makeTempDir } from '../main/support/tempDir';
import { faultCounter, syncUntilClean, trySync, type FaultCounter } from './faultCounters';
import { FaultProxy } from './faultProxy';
import { freshDatabase, uniqueStore } from './serverFixture';

const bag = (n: number) => ({ description: `双肩包 ${n}`, count: '1', customerName: '张先生', phone: '13800138000', slot: `A-${n}` });
const MINUTE = 60_000;

describe('sync under faults, through a TCP proxy that cuts connections', () => {
  let database: string;
  let admin: pg.Client;
  let proxy: FaultProxy;
  let dir: string;
  let removeDir: () => Promise<void>;
  let counters: FaultCounter[];
  let store: string;

  beforeAll(async () => {
    ({ database, admin } = await freshDatabase());
    const { port } = inject('syncAdmin');
    proxy = await FaultProxy.start({ host: '127.0.0.1', port });
    ({ dir, cleanup: removeDir } = await makeTempDir());
  });
  afterAll(async () => {
    await proxy.stop();
    await admin.end();
    await removeDir();
  });

  async function serverCount(counter: string): Promise<number> {
    const { rows } = await admin.query<{ n: string }>('SELECT count(*) AS n FROM desk.entries WHERE store = $1 AND counter = $2', [store, counter]);
    return Number(rows[0]!.n);
  }

  afterEach(async () => {
    await Promise.all(counters.map((c) => c.service.close()));
  });

  beforeEach(async () => {
    store = uniqueStore();
    const start = Date.now();
    const desk = await makeDesk(start, store);
    counters = [];
    // C2's clock runs 10 minutes slow, C3's 10 minutes fast: their entries are still taken, in the shared order.
    for (const [ctx, skew] of [
      [desk.asClerk, 0],
      [desk.otherCounter('C2'), -10 * MINUTE],
      [desk.otherCounter('C3'), 10 * MINUTE],
    ] as const) {
      counters.push(await faultCounter(admin, database, proxy, dir, ctx, new TestClock(start + skew)));
    }
    for (const c of counters) await syncUntilClean(c);
    for (const c of counters) await syncUntilClean(c);
  });

  it('a push whose reply is cut after the server committed is retried as a duplicate: nothing lost, nothing twice', async () => {
    const [c1, c2, c3] = counters as [FaultCounter, FaultCounter, FaultCounter];
    // The armed cut hits whichever connection the server writes to next: only C1's is open.
    await c2.service.setPaused(true);
    await c3.service.setPaused(true);
    for (let i = 1; i <= 3; i++) await depositItem(c1.ctx, newId(), bag(i));
    const before = await serverCount('C1');
    // An open connection first, so the cut falls on the push's reply.
    expect(await trySync(c1)).toBe(true);
    for (let i = 4; i <= 6; i++) await depositItem(c1.ctx, newId(), bag(i));
    proxy.cutAfterServerBytes(0);
    expect(await trySync(c1)).toBe(false);
    expect(await serverCount('C1')).toBe(before + 6);
    expect(await c1.ctx.db.outbox.count()).toBe(3);
    await syncUntilClean(c1);
    expect(await c1.ctx.db.outbox.count()).toBe(0);
    expect(await serverCount('C1')).toBe(before + 6);
    // A push of the same entries again changes nothing on the server.
    const again = await c1.transport.push(await c1.ctx.db.entries.filter((e) => e.counter === 'C1').toArray());
    expect(new Set(again.results.map((r) => r.status))).toEqual(new Set(['duplicate']));
    expect(await serverCount('C1')).toBe(before + 6);
  });

  it('a pull cut mid-reply, or a page that dies mid-apply, leaves the cursor where it was; the next pull applies every entry once', async () => {
    const [c1, c2] = counters as [FaultCounter, FaultCounter];
    for (let i = 1; i <= 20; i++) await depositItem(c1.ctx, newId(), bag(i));
    await syncUntilClean(c1);
    const cursor = await readSyncCursor(c2.ctx.db);
    expect(await trySync(c2)).toBe(true);
    // Pulled already: write more, then cut the next pull's reply part-way.
    for (let i = 21; i <= 40; i++) await depositItem(c1.ctx, newId(), bag(i));
    await syncUntilClean(c1);
    const afterFirst = await readSyncCursor(c2.ctx.db);
    expect(afterFirst).toBeGreaterThan(cursor);
    // The armed cut hits whichever connection the server writes to next: only C2's is open.
    await c1.service.setPaused(true);
    await counters[2]!.service.setPaused(true);
    proxy.cutAfterServerBytes(300);
    expect(await trySync(c2)).toBe(false);
    expect(await readSyncCursor(c2.ctx.db)).toBe(afterFirst);

    // The page dies while applying: the transaction that applies the batch and moves the cursor is undone whole.
    const meta = c2.ctx.db.meta;
    const put = meta.put.bind(meta);
    meta.put = ((row: { key: string; value: unknown }) => {
      if (row.key === 'sync.cursor') throw new Error('page killed');
      return put(row);
    });
    await expect(trySync(c2)).rejects.toThrow();
    meta.put = put;
    expect(await readSyncCursor(c2.ctx.db)).toBe(afterFirst);
    expect(await c2.ctx.db.storageItems.count()).toBe(20);

    await syncUntilClean(c2);
    expect(await c2.ctx.db.storageItems.count()).toBe(40);
    expect(await localDigest(c2.ctx.db, store)).toEqual(await localDigest(c1.ctx.db, store));
  });

  it('two counters offline, clocks 20 minutes apart, hand out the same bag: after they reconnect, one conflict, the same on every counter', async () => {
    const [c1, c2, c3] = counters as [FaultCounter, FaultCounter, FaultCounter];
    const item = await depositItem(c1.ctx, newId(), bag(1));
    for (const c of counters) await syncUntilClean(c);
    proxy.setDown(true);
    expect(await trySync(c2)).toBe(false);
    c2.clock.advance(MINUTE);
    c3.clock.advance(MINUTE);
    expect((await releaseItem(c2.ctx, item.id)).released).toBe(true);
    expect((await releaseItem(c3.ctx, item.id)).released).toBe(true);
    expect(await trySync(c3)).toBe(false);
    proxy.setDown(false);
    for (let round = 0; round < 2; round++) for (const c of counters) await syncUntilClean(c);
    const states = await Promise.all(counters.map((c) => c.ctx.db.storageItems.get(item.id)));
    // C2's clock is behind: its release comes first in the shared order, whatever arrived first.
    for (const s of states) {
      expect(s?.released?.counter).toBe('C2');
      expect(s?.conflicts.map((x) => x.counter)).toEqual(['C3']);
    }
    // The fast counter is flagged (more than 5 minutes off the server), its entries taken all the same.
    expect((await c3.service.status()).clockSkewMs).toBeGreaterThan(MAX_CLOCK_SKEW_MS);
    expect((await c2.service.status()).clockSkewMs).toBeLessThan(-MAX_CLOCK_SKEW_MS);
  });
});
