import { describe, expect, it } from 'vitest';
import { SyncConnection } from '../../electron/main/sync/connection';
import { enrolHeadOffice } from '../../electron/main/sync/server/enrol';
import { formatOverview } from '../../electron/main/sync/server/overview';
import { newId } from '../../shared/domain/ids';
import { depositItem } from '../../renderer/db/storage/bulky';
import { counterReportOf } from '../../renderer/db/sync/report';
import { makeDesk } from '../renderer/deskFixture';
import { connectCounter, syncAll, syncOnce, type TestCounter } from './counters';
import { syncTestDatabase, uniqueStore } from './serverFixture';

const bag = { description: '黑色双肩包', count: '1', customerName: '', phone: '', slot: 'A-01' };

describe('the head office overview: every store and counter, read only', () => {
  const testDb = syncTestDatabase<TestCounter>();
  const { counters } = testDb;

  const report = async (c: TestCounter) => (c.transport as SyncConnection).report(await counterReportOf(c.ctx.db, c.ctx.session.store));

  it('shows each counter’s last sync, what it has not pushed, its conflicts, and whether its copy agrees with the server’s', async () => {
    const store = uniqueStore();
    const desk = await makeDesk(Date.now(), store);
    for (const ctx of [desk.asClerk, desk.otherCounter('C2'), desk.otherCounter('C3')]) counters.push(await connectCounter(testDb.admin, testDb.database, ctx));
    const [c1, c2, c3] = counters as [TestCounter, TestCounter, TestCounter];
    await syncAll(counters);
    for (const c of counters) await report(c);

    const { role, password } = await enrolHeadOffice(testDb.admin, `HQ${store}`);
    const hq = await SyncConnection.open({ host: testDb.admin.host, port: testDb.admin.port, database: testDb.database, user: role, password });
    const mine = (rows: Awaited<ReturnType<SyncConnection['overview']>>) => rows.filter((r) => r.store === store);
    let rows = mine(await hq.overview());
    expect(rows.map((r) => r.counter)).toEqual(['C1', 'C2', 'C3']);
    expect(formatOverview(rows, Date.now()).split('\n').slice(2).map((l) => l.split(/\s{2,}/).at(-1))).toEqual(['yes (just now)', 'yes (just now)', 'yes (just now)']);

    // C2 deposits and syncs; C3 has not pulled since it reported; C1 deposits offline.
    await depositItem(c2.ctx, newId(), bag);
    await syncOnce(c2);
    await report(c2);
    await depositItem(c1.ctx, newId(), { ...bag, slot: 'A-02' });
    await report(c1);
    rows = mine(await hq.overview());
    const byCounter = Object.fromEntries(rows.map((r) => [r.counter, r]));
    expect(byCounter.C1!.report).toMatchObject({ unsynced: 1, conflicts: 0 });
    expect(byCounter.C2!.report).toMatchObject({ unsynced: 0 });
    const text = formatOverview(rows, Date.now());
    expect(text).toMatch(/C3 .* NO: C2$/m);
    // C1 holds an entry the server has not got yet (the unsynced column says why) and lacks C2's deposit.
    expect(text).toMatch(/C1 .* NO: C1, C2$/m);
    expect(text).toMatch(/C2 .* yes \(just now\)$/m);

    // Once C3 has pulled and reported again, its copy agrees.
    await syncOnce(c3);
    await report(c3);
    expect(formatOverview(mine(await hq.overview()), Date.now())).toMatch(/C3 .* yes \(just now\)$/m);
    await hq.close();
  });
});
