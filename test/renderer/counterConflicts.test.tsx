// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { StatusBar } from '../../renderer/app/StatusBar';
import { CounterConflicts } from '../../renderer/features/supervisor/CounterConflicts';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { useLanguage } from '../../renderer/i18n';
import { makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';

const suitcase = { description: '蓝色行李箱', count: '1', customerName: '', phone: '', slot: 'B-02' };

describe('conflicts between counters, for the supervisor', () => {
  afterEach(() => cleanup());

  it('the status bar counts them and the supervisor’s list names the record, what broke, who, when and at which counter', async () => {
    useLanguage.setState({ language: 'zh-CN' });
    const desk = await makeDesk();
    const item = await depositItem(desk.asClerk, newId(), suitcase);
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    desk.clock.advance(60_000);
    await releaseItem(c2, item.id);
    desk.clock.advance(60_000);
    await releaseItem(desk.asClerk, item.id);
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());

    const wrapper = await signedInWrapper(desk, SUPERVISOR);
    render(
      <QueueRowsProvider>
        <StatusBar />
        <CounterConflicts />
      </QueueRowsProvider>,
      { wrapper },
    );
    expect(await screen.findByRole('button', { name: '1 条冲突待处理' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '跨柜台冲突（1 条，需主管处理）' });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['寄存', item.number, '同一物品被重复取件', '1001 李小红，2026-11-25 10:02，柜台 C1']);
  });
});
