// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { sequenceKey } from '../../shared/domain/numbering';
import type { DeskContext } from '../../renderer/db/context';
import { DeskDatabase } from '../../renderer/db/database';
import { countConflicts, listNumberClashes } from '../../renderer/db/conflicts';
import { rebuildAllProjections } from '../../renderer/db/incoming';
import { depositItem, findTicket, releaseItem } from '../../renderer/db/storage/bulky';
import { pullIncoming } from '../../renderer/db/sync/pull';
import { StatusBar } from '../../renderer/app/StatusBar';
import { NumberClashes } from '../../renderer/features/supervisor/NumberClashes';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { useLanguage } from '../../renderer/i18n';
import { projections } from '../sync/counters';
import { makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';
import { memoryServer } from './memoryServer';

const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });

/** C1 deposits a bag, loses its daily sequence (as a restore from an old backup would) and deposits another: the same number twice. */
async function numberGivenTwice() {
  const desk = await makeDesk();
  const first = await depositItem(desk.asClerk, newId(), bag('A-01'));
  await desk.db.meta.delete(sequenceKey('storage', desk.clock.now(), desk.asClerk.session.timeZone));
  desk.clock.advance(60_000);
  const second = await depositItem(desk.asClerk, newId(), bag('A-02'));
  return { desk, first, second };
}

async function clashesAndStores(ctx: DeskContext) {
  return { clashes: await listNumberClashes(ctx.db), conflicts: await countConflicts(ctx.db), projections: await projections(ctx.db) };
}

describe('a record number used twice (a counter lost its daily sequence)', () => {
  afterEach(() => cleanup());

  it('is kept as one clash for a supervisor wherever the entries land, in any order, however often pulled', async () => {
    const { desk, first, second } = await numberGivenTwice();
    expect(second.number).toBe(first.number);
    expect(second.id).not.toBe(first.id);
    const [lower, higher] = [first, second].sort((a, b) => (a.id < b.id ? -1 : 1)) as [typeof first, typeof second];
    const expected = {
      number: first.number,
      recordType: 'storage',
      records: [lower, higher].map((i) => ({ recordId: i.id, counter: 'C1', by: '1001', at: i.deposited.at })),
      firstSeenAt: second.deposited.at,
    };
    // The counter that gave it twice sees the clash at once (local write path).
    expect(await listNumberClashes(desk.db)).toEqual([expected]);
    expect(await countConflicts(desk.db)).toBe(1);

    const all = await desk.db.entries.toArray();
    const c2 = desk.otherCounter('C2');
    await pullIncoming(c2, memoryServer(all));
    expect((await c2.db.storageItems.bulkGet([first.id, second.id])).map((i) => i?.slot)).toEqual(['A-01', 'A-02']);
    expect(await listNumberClashes(c2.db)).toEqual([expected]);
    expect(await countConflicts(c2.db)).toBe(1);

    // Pulled again from the start (the cursor lost), and every projection rebuilt: nothing changes.
    const before = await clashesAndStores(c2);
    await c2.db.meta.delete('sync.cursor');
    expect((await pullIncoming(c2, memoryServer(all))).applied).toBe(0);
    expect(await clashesAndStores(c2)).toEqual(before);
    await rebuildAllProjections(c2.db);
    expect(await clashesAndStores(c2)).toEqual(before);

    // The other order: newest first, one entry per pull (the second bag arrives, alone, before the first), and all in one batch.
    const reversed = [...all].reverse();
    const c3 = desk.otherCounter('C3');
    await pullIncoming(c3, memoryServer(reversed), 1);
    expect(await clashesAndStores(c3)).toEqual(before);
    const c4 = desk.otherCounter('C4');
    await pullIncoming(c4, memoryServer(reversed));
    expect(await clashesAndStores(c4)).toEqual(before);
    expect(await clashesAndStores(desk.asClerk)).toEqual(before);
  });

  it('a copy made before (numbers unique in the index) is upgraded: a second record with the number is kept', async () => {
    const { desk, first, second } = await numberGivenTwice();
    const name = `test-upgrade-${newId()}`;
    const v7 = new Dexie(name);
    v7.version(7).stores({ storageItems: 'id, &number, status, phoneTail, depositedAt, conflict' });
    await v7.table('storageItems').put(await desk.db.storageItems.get(first.id));
    await expect(v7.table('storageItems').put(await desk.db.storageItems.get(second.id))).rejects.toThrow();
    v7.close();
    const upgraded = new DeskDatabase(name);
    await upgraded.storageItems.put((await desk.db.storageItems.get(second.id))!);
    expect((await upgraded.storageItems.where('number').equals(first.number).primaryKeys()).sort()).toEqual([first.id, second.id].sort());
    expect(await upgraded.numberClashes.count()).toBe(0);
    upgraded.close();
  });

  it('a ticket lookup by the number still answers: the bag still held, the same one every time', async () => {
    const { desk, first, second } = await numberGivenTwice();
    const found = await findTicket(desk.db, first.number);
    expect([first.id, second.id]).toContain(found.id);
    expect((await findTicket(desk.db, first.number)).id).toBe(found.id);
    await releaseItem(desk.asClerk, found.id);
    const other = await findTicket(desk.db, first.number);
    expect(other.id).toBe(found.id === first.id ? second.id : first.id);
  });

  it('the status bar counts it and the supervisor sees the number, the record type and the records with their counters', async () => {
    useLanguage.setState({ language: 'zh-CN' });
    const { desk, first } = await numberGivenTwice();
    const wrapper = await signedInWrapper(desk, SUPERVISOR);
    render(
      <QueueRowsProvider>
        <StatusBar />
        <NumberClashes />
      </QueueRowsProvider>,
      { wrapper },
    );
    expect(await screen.findByRole('button', { name: '1 条冲突待处理' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '编号重复（1 个，需主管处理）' });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe(first.number);
    expect(cells[1]!.textContent).toBe('寄存');
    expect(within(cells[2]!).getAllByRole('listitem').map((li) => li.textContent).sort()).toEqual(['1001 李小红，2026-11-25 10:00，柜台 C1', '1001 李小红，2026-11-25 10:01，柜台 C1']);
  });
});
