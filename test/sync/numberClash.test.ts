import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { sequenceKey } from '../../shared/domain/numbering';
import { countConflicts, listNumberClashes } from '../../renderer/db/conflicts';
import { depositItem } from '../../renderer/db/storage/bulky';
import { localDigest } from '../../renderer/db/sync/digest';
import { SyncConnection } from '../../electron/main/sync/connection';
import { makeDesk } from '../renderer/deskFixture';
import { connectCounter, projections, syncAll, syncOnce, type TestCounter } from './counters';
import { enrolled, syncTestDatabase, uniqueStore } from './serverFixture';

const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });

describe('a record number used twice, through the real server', () => {
  const testDb = syncTestDatabase<TestCounter>();
  const { counters } = testDb;

  it('a counter that lost its daily sequence gives a number again: no counter’s sync is stuck, one clash on each, every copy agrees', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(undefined, store);
    for (const ctx of [desk.asClerk, desk.otherCounter('C2'), desk.otherCounter('C3')]) counters.push(await connectCounter(testDb.admin, testDb.database, ctx));
    const [c1, c2] = counters as [TestCounter, TestCounter, TestCounter];
    await syncAll(counters);

    const first = await depositItem(c1.ctx, newId(), bag('A-01'));
    await syncOnce(c1);
    await syncOnce(c2);
    // C1's sequence of the day is lost (restored from an old backup): its next bag gets the same number.
    await c1.ctx.db.meta.delete(sequenceKey('storage', desk.clock.now(), c1.ctx.session.timeZone));
    desk.clock.advance(60_000);
    const second = await depositItem(c1.ctx, newId(), bag('A-02'));
    expect(second.number).toBe(first.number);
    await syncAll(counters);

    for (const c of counters) {
      expect((await c.ctx.db.storageItems.bulkGet([first.id, second.id])).map((i) => i?.number)).toEqual([first.number, first.number]);
      const clashes = await listNumberClashes(c.ctx.db);
      expect(clashes.map((k) => [k.number, k.recordType, k.records.map((r) => [r.recordId, r.counter])])).toEqual([
        [first.number, 'storage', [first.id, second.id].sort().map((id) => [id, 'C1'])],
      ]);
      expect(await countConflicts(c.ctx.db)).toBe(1);
    }
    // Nothing waits: every counter's sync went past the batch with the second bag (C2 held the first one already, C3 got both at once).
    const server = await SyncConnection.open(await enrolled(testDb.admin, testDb.database, store, 'C9'));
    const serverDigest = await server.digest();
    await server.close();
    for (const c of counters) {
      expect(await c.ctx.db.outbox.count()).toBe(0);
      expect(await localDigest(c.ctx.db, store)).toEqual(serverDigest);
    }
    const all = await Promise.all(counters.map((c) => projections(c.ctx.db)));
    expect(all[1]).toEqual(all[0]);
    expect(all[2]).toEqual(all[0]);
  });
});
