// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { ClosingScreen } from '../../renderer/features/closing/ClosingScreen';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { clearLockerOvernight, defineLockerBank, setLockerState } from '../../renderer/db/storage/lockers';
import { CLERK, makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';

afterEach(cleanup);

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const suitcase = { description: '黑色行李箱', count: '2', customerName: '张先生', phone: '13800138000', slot: 'A-03' };

async function openScreen(desk: Awaited<ReturnType<typeof makeDesk>>, who = CLERK) {
  render(<ClosingScreen />, { wrapper: await signedInWrapper(desk, who) });
}

function rowsOf(region: HTMLElement): string[] {
  return within(region)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent ?? '');
}

describe('closing screen', () => {
  it('lists what stays overnight, oldest first, with days held and where it came from', async () => {
    const desk = await makeDesk();
    await depositItem(desk.asClerk, newId(), suitcase);
    desk.clock.advance(DAY);
    await depositItem(desk.asClerk, newId(), { ...suitcase, description: '婴儿推车', count: '1', slot: 'A-05' });
    await defineLockerBank(desk.asSupervisor, { bank: 'A', doors: '2', size: 'S' });
    await setLockerState(desk.asClerk, { doorId: 'A-02', state: 'inUse' });
    await clearLockerOvernight(desk.asClerk, newId(), { doorId: 'A-02', description: '购物袋', count: '1', slot: 'C-01' });

    // 10:00 the next day in Shanghai: before closing, the list shows anyway.
    await openScreen(desk);
    expect(await screen.findByText('今日闭店时间 22:00。届时仍在寄存中的物品即为过夜清单。')).toBeTruthy();
    const list = await screen.findByRole('region', { name: '过夜清单（3 件，最早寄存的在前）' });
    const rows = rowsOf(list);
    expect(rows[0]).toContain('JC-S01-C1-261125-0001');
    expect(rows[0]).toContain('黑色行李箱 ×2');
    expect(rows[0]).toContain('1 天');
    expect(rows[0]).toContain('总台寄存');
    expect(rows[1]).toContain('婴儿推车');
    expect(rows[2]).toContain('寄存柜 A-02');
    expect(rows[2]).toContain('0 天');
    cleanup();

    // After closing time the banner asks for the overnight check.
    desk.clock.advance(12 * HOUR + 30 * 60_000);
    await openScreen(desk);
    expect((await screen.findByText(/已过闭店时间 22:00/)).textContent).toContain('以下 3 件物品留存过夜');
  });

  it('moves an overdue item to lost and found once a supervisor approves', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const item = await depositItem(desk.asClerk, newId(), suitcase);
    desk.clock.advance(4 * DAY);
    await openScreen(desk);

    const overdue = await screen.findByRole('region', { name: '超期物品（寄存超过 3 天，1 件）' });
    expect(rowsOf(overdue)[0]).toContain('4 天');
    await user.click(within(overdue).getByRole('button', { name: `将 ${item.number} 转入失物招领` }));
    const reasonDialog = await screen.findByRole('dialog', { name: `转入失物招领：${item.number}` });
    expect(within(reasonDialog).getByLabelText<HTMLInputElement>('原因').value).toBe('超期未取');
    await user.click(within(reasonDialog).getByRole('button', { name: '请主管审批…' }));

    const approval = await screen.findByRole('dialog', { name: '主管审批' });
    await user.type(within(approval).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(approval).getByLabelText('主管 PIN 码'), `${SUPERVISOR.pin}{Enter}`);

    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain(`${item.number} 已转入失物招领`);
    expect(notice.textContent).toContain('SW-S01-C1-261129-0001');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.storageItems.get(item.id)).toMatchObject({ status: 'movedToLostFound', moved: { reason: '超期未取', approvedBy: SUPERVISOR.staffNo } });
    expect(await desk.db.lostItems.where('number').equals('SW-S01-C1-261129-0001').first()).toMatchObject({ fromStorageNumber: item.number, status: 'kept' });
    expect(await screen.findByText('没有超期物品')).toBeTruthy();
    expect(await screen.findByText('没有寄存中的物品')).toBeTruthy();
  });

  it('shows a supervisor who released an item twice, where and when; a clerk is told to fetch one', async () => {
    const desk = await makeDesk();
    const item = await depositItem(desk.asClerk, newId(), suitcase);
    const c2 = await desk.joinedCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.where('[recordType+recordId]').equals(['storage', item.id]).toArray());
    desk.clock.advance(60_000);
    await releaseItem(c2, item.id);
    desk.clock.advance(60_000);
    await releaseItem(desk.asClerk, item.id);
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.where('[recordType+recordId]').equals(['storage', item.id]).toArray());

    await openScreen(desk, SUPERVISOR);
    const conflicts = await screen.findByRole('region', { name: '重复取件冲突（1 件）' });
    // The release that counts is C2's (earlier); C1's came too late. Names follow once the staff list is read.
    expect(await within(conflicts).findByText('生效的取件：1001 李小红，2026-11-25 10:01:00，柜台 C2')).toBeTruthy();
    expect(await within(conflicts).findByText('冲突的取件：1001 李小红，2026-11-25 10:02:00，柜台 C1')).toBeTruthy();
    cleanup();

    await openScreen(desk, CLERK);
    expect(await screen.findByText('有 1 件物品在不同柜台被重复取件，请通知主管处理。')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /重复取件冲突/ })).toBeNull();
  });
});
