import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { inject } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { localDigest } from '../../renderer/db/sync/digest';
import { SyncConnection } from '../../electron/main/sync/connection';
import { makeDesk, TestClock } from '../renderer/deskFixture';
import { makeTempDir } from '../main/support/tempDir';
import { projections } from './counters';
import { faultCounter, syncUntilClean, trySync, type FaultCounter } from './faultCounters';
import { FaultProxy } from './faultProxy';
import { enrolled, freshDatabase, uniqueStore } from './serverFixture';

/** Seeded, so a failure repeats: mulberry32. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS = Number(process.env.SYNC_SOAK_FAULTS ?? 1000);
const SEED = Number(process.env.SYNC_SOAK_SEED ?? 20261130);

describe('soak: three counters writing while connections are cut', () => {
  let database: string;
  let admin: pg.Client;
  let proxy: FaultProxy;
  let dir: string;
  let removeDir: () => Promise<void>;

  beforeAll(async () => {
    ({ database, admin } = await freshDatabase());
    proxy = await FaultProxy.start({ host: '127.0.0.1', port: inject('syncAdmin').port });
    ({ dir, cleanup: removeDir } = await makeTempDir());
  });
  afterAll(async () => {
    await proxy.stop();
    await admin.end();
    await removeDir();
  });

  it(`after ${FAULTS} faults every copy agrees: no entry lost or doubled, each conflict once`, { timeout: 600_000 }, async () => {
    const random = seeded(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const store = uniqueStore();
    const start = Date.now();
    const desk = await makeDesk(start, store);
    const counters: FaultCounter[] = [];
    for (const ctx of [desk.asClerk, desk.otherCounter('C2'), desk.otherCounter('C3')]) counters.push(await faultCounter(admin, database, proxy, dir, ctx, new TestClock(start)));
    for (const c of counters) await syncUntilClean(c);
    for (const c of counters) await syncUntilClean(c);

    let steps = 0;
    while (proxy.cuts < FAULTS) {
      steps += 1;
      const c = pick(counters);
      c.clock.advance(Math.floor(random() * 5000));
      const roll = random();
      if (roll < 0.35) {
        await depositItem(c.ctx, newId(), { description: `包 ${steps}`, count: '1', customerName: '张先生', phone: '13800138000', slot: `S-${steps}` });
      } else if (roll < 0.55) {
        // Hand out something this counter believes is still held: another counter may have done so offline.
        const held = await c.ctx.db.storageItems.where('status').equals('held').toArray();
        if (held.length > 0) await releaseItem(c.ctx, pick(held).id);
      } else {
        const fault = random();
        if (fault < 0.45) proxy.cutAfterServerBytes(Math.floor(random() * 600));
        else if (fault < 0.6) proxy.cutAll();
        await trySync(c);
      }
    }
    proxy.cutAfterServerBytes(Number.MAX_SAFE_INTEGER);
    for (let round = 0; round < 2; round++) for (const c of counters) await syncUntilClean(c);

    const server = await SyncConnection.open(await enrolled(admin, database, store, 'C9'));
    const serverDigest = await server.digest();
    await server.close();
    for (const c of counters) {
      expect(await c.ctx.db.outbox.count()).toBe(0);
      expect(await localDigest(c.ctx.db, store)).toEqual(serverDigest);
    }
    // Nothing lost or doubled: each counter's server copy is 1..n without a gap.
    for (const d of serverDigest) expect(d.lastSeq).toBe(d.entries);
    const { rows } = await admin.query<{ n: string }>('SELECT count(*) AS n FROM desk.set_aside WHERE store = $1', [store]);
    expect(Number(rows[0]!.n)).toBe(0);

    await Promise.all(counters.map((c) => c.service.close()));
    const all = await Promise.all(counters.map((c) => projections(c.ctx.db)));
    expect(all[1]).toEqual(all[0]);
    expect(all[2]).toEqual(all[0]);
    // Each conflict once: every release beyond an item's first is exactly one conflict.
    const entries = await counters[0]!.ctx.db.entries.toArray();
    const releases = new Map<string, number>();
    for (const e of entries) if (e.recordType === 'storage' && e.type === 'released') releases.set(e.recordId, (releases.get(e.recordId) ?? 0) + 1);
    const items = await counters[0]!.ctx.db.storageItems.toArray();
    for (const item of items) expect(item.conflicts.length).toBe(Math.max(0, (releases.get(item.id) ?? 0) - 1));
    const conflicts = items.reduce((n, i) => n + i.conflicts.length, 0);
    console.log(`soak: ${FAULTS} faults over ${steps} steps; ${items.length} items, ${conflicts} conflicts, ${serverDigest.reduce((n, d) => n + d.entries, 0)} entries`);
  });
});
