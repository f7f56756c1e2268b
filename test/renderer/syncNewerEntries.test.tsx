// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/entry';
import { newId } from '../../shared/domain/ids';
import { depositItem } from '../../renderer/db/storage/bulky';
import { pullIncoming, readPullCounts } from '../../renderer/db/sync/pull';
import { SyncPanel } from '../../renderer/features/settings/SyncPanel';
import { useLanguage } from '../../renderer/i18n';
import { makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';
import { memoryServer } from './memoryServer';

const bag = { description: '黑色双肩包', count: '1', customerName: '', phone: '', slot: 'A-01' };

describe('entries from a newer build of the app, arriving by sync', () => {
  afterEach(() => cleanup());

  it('are kept and not projected, counted once, and the settings screen says they wait for an update', async () => {
    const desk = await makeDesk();
    const item = await depositItem(desk.asClerk, newId(), bag);
    const mine = await desk.db.entries.toArray();
    const at = desk.clock.now() + 60_000;
    const base = { store: 'S01', counter: 'C1', at, by: '1001', hlc: `${String(at).padStart(15, '0')}:0000:C1`, approvedBy: undefined };
    const releasedV2: Entry = { ...base, id: newId(at), seq: 90, recordType: 'storage', recordId: item.id, type: 'released', schemaVersion: 2, data: { mode: 'face', signature: 'new field' } };
    const serviceCall = { ...base, id: newId(at + 1), seq: 91, recordType: 'recordOfANewerBuild', recordId: newId(), type: 'made', schemaVersion: 1, data: {} } as unknown as Entry;
    const server = memoryServer([...mine, releasedV2, serviceCall]);

    const other = desk.otherCounter('C2');
    const first = await pullIncoming(other, server);
    expect(first.waiting).toBe(2);
    // The bag still shows as held: the newer release is kept, not read with today's rules.
    expect((await other.db.storageItems.get(item.id))?.status).toBe('held');
    expect(await other.db.entries.get(releasedV2.id)).toBeTruthy();
    expect(await other.db.entries.get(serviceCall.id)).toBeTruthy();

    // The same rows again (a cursor lost, a replay): still two, not four.
    await other.db.meta.put({ key: 'sync.cursor', value: 0 });
    await pullIncoming(other, server);
    expect(await readPullCounts(other.db)).toEqual({ rejected: 0, waiting: 2 });

    useLanguage.setState({ language: 'zh-CN' });
    render(<SyncPanel />, { wrapper: await signedInWrapper({ db: other.db, clock: desk.clock }, SUPERVISOR) });
    expect(await screen.findByText('有 2 条来自较新版本的记录已保存在本机，待本机软件更新后显示。')).toBeTruthy();
  });

  it('once this build reads them (after an update), they are projected in their place and no longer wait', async () => {
    const desk = await makeDesk();
    const item = await depositItem(desk.asClerk, newId(), bag);
    const at = desk.clock.now() + 60_000;
    const release: Entry = {
      id: newId(at), store: 'S01', counter: 'C2', seq: 1, at, by: '1001', hlc: `${String(at).padStart(15, '0')}:0000:C2`,
      recordType: 'storage', recordId: item.id, type: 'released', schemaVersion: 1, data: { mode: 'ticket' },
    };
    // As the older build left it: the entry stored, listed as waiting, the bag not released.
    await desk.db.entries.add(release);
    await desk.db.meta.put({ key: 'sync.waitingForUpdate', value: [{ id: release.id, recordType: 'storage', recordId: item.id, schemaVersion: 1 }] });
    expect((await desk.db.storageItems.get(item.id))?.status).toBe('held');

    await pullIncoming(desk.asClerk, memoryServer([]));
    expect((await desk.db.storageItems.get(item.id))?.status).toBe('released');
    expect(await readPullCounts(desk.db)).toEqual({ rejected: 0, waiting: 0 });
    expect(await desk.db.audit.where('action').equals('sync.projectedAfterUpdate').count()).toBe(1);
  });
});
