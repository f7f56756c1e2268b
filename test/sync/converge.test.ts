import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { moveToLostFound } from '../../renderer/db/storage/lostFound';
import { localDigest } from '../../renderer/db/sync/digest';
import { readSyncCursor } from '../../renderer/db/sync/pull';
import { SyncConnection } from '../../electron/main/sync/connection';
import { makeDesk, SUPERVISOR } from '../renderer/deskFixture';
import { connectCounter, projections, syncAll, syncOnce, type TestCounter } from './counters';
import { enrolled, syncTestDatabase, uniqueStore } from './serverFixture';

const bag = { description: '黑色双肩包', count: '1', customerName: '张先生', phone: '13800138000', slot: 'A-01' };

describe('three counters through the real server', () => {
  const testDb = syncTestDatabase<TestCounter>();
  const { counters } = testDb;

  it('converge: a deposit at one window is found at the others, a double release offline is one conflict on every counter, and every copy agrees', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(undefined, store);
    for (const ctx of [desk.asClerk, desk.otherCounter('C2'), desk.otherCounter('C3')]) counters.push(await connectCounter(testDb.admin, testDb.database, ctx));
    const [c1, c2, c3] = counters as [TestCounter, TestCounter, TestCounter];
    await syncAll(counters);
    // The set-up (store, staff) made at C1 is on every counter.
    expect((await c3.ctx.db.staff.toArray()).map((s) => s.staffNo).sort()).toEqual(['1001', '9001']);

    const item = await depositItem(c1.ctx, newId(), bag);
    await syncOnce(c1);
    await syncOnce(c2);
    await syncOnce(c3);
    expect(await c2.ctx.db.storageItems.get(item.id)).toMatchObject({ number: item.number, status: 'held' });

    // C2 and C3 both hand the bag out while neither can reach the server.
    desk.clock.advance(60_000);
    expect((await releaseItem(c2.ctx, item.id)).released).toBe(true);
    desk.clock.advance(60_000);
    expect((await releaseItem(c3.ctx, item.id)).released).toBe(true);
    await syncAll(counters);

    const states = await Promise.all(counters.map((c) => c.ctx.db.storageItems.get(item.id)));
    for (const s of states) {
      expect(s?.status).toBe('released');
      expect(s?.conflicts).toHaveLength(1);
    }
    expect(states[1]).toEqual(states[0]);
    expect(states[2]).toEqual(states[0]);

    // One bag released at C3 while C1, offline, moves it to lost and found: one conflict, the same everywhere.
    const second = await depositItem(c1.ctx, newId(), { ...bag, description: '婴儿推车', slot: 'A-02' });
    await syncAll(counters);
    desk.clock.advance(60_000);
    expect((await releaseItem(c3.ctx, second.id)).released).toBe(true);
    // Only an overdue item moves: C1 does so four days on, still without C3's release.
    desk.clock.advance(4 * 86_400_000);
    const lost = await moveToLostFound(c1.ctx, { itemId: second.id, reason: '超期未取' }, SUPERVISOR);
    await syncAll(counters);
    for (const c of counters) {
      const s = await c.ctx.db.storageItems.get(second.id);
      expect(s?.status).toBe('released');
      expect(s?.conflicts.map((x) => [x.kind, x.counter, x.lostItemId])).toEqual([['movedAfterRelease', 'C1', lost.id]]);
    }

    const all = await Promise.all(counters.map((c) => projections(c.ctx.db)));
    expect(all[1]).toEqual(all[0]);
    expect(all[2]).toEqual(all[0]);

    const server = await SyncConnection.open(await enrolled(testDb.admin, testDb.database, store, 'C9'));
    const serverDigest = await server.digest();
    await server.close();
    for (const c of counters) expect(await localDigest(c.ctx.db, store)).toEqual(serverDigest);
    expect(serverDigest.map((d) => d.counter)).toEqual(['C1', 'C2', 'C3']);
    for (const c of counters) expect(await c.ctx.db.outbox.count()).toBe(0);
    expect(await readSyncCursor(c1.ctx.db)).toBeGreaterThan(0);
  });
});
