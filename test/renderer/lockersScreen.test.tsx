// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LockersScreen } from '../../renderer/features/lockers/LockersScreen';
import { defineLockerBank, setLockerState } from '../../renderer/db/storage/lockers';
import { CLERK, makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';

afterEach(cleanup);

/** A desk with bank A (4 medium doors); door A-03 holds a customer's things. */
async function deskWithLockers() {
  const desk = await makeDesk();
  await defineLockerBank(desk.asSupervisor, { bank: 'A', doors: '4', size: 'M' });
  await setLockerState(desk.asClerk, { doorId: 'A-03', state: 'inUse' });
  return desk;
}

async function openScreen(desk: Awaited<ReturnType<typeof makeDesk>>, who = CLERK) {
  render(<LockersScreen />, { wrapper: await signedInWrapper(desk, who) });
}

describe('lockers screen', () => {
  it('a supervisor adds a bank and sees its doors; a clerk is not offered the form', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await openScreen(desk, SUPERVISOR);
    await user.type(await screen.findByLabelText('柜组编号'), 'b');
    await user.clear(screen.getByLabelText('柜门数量'));
    await user.type(screen.getByLabelText('柜门数量'), '6');
    await user.selectOptions(screen.getByLabelText('柜门尺寸'), '大');
    await user.click(screen.getByRole('button', { name: '添加柜组' }));
    expect((await screen.findByRole('status')).textContent).toContain('柜组 B 已添加 6 个柜门');
    const bank = await screen.findByRole('region', { name: '柜组 B（空闲 6 / 共 6 门）' });
    expect(within(bank).getAllByRole('button')).toHaveLength(6);
    expect(within(bank).getByRole('button', { name: 'B-01 大 空闲' }).className).toContain('door--free');
    cleanup();

    await openScreen(desk, CLERK);
    await screen.findByRole('region', { name: /柜组 B/ });
    expect(screen.queryByRole('button', { name: '添加柜组' })).toBeNull();
  });

  it('marks a door out of order with a note; such a door is not offered for opening', async () => {
    const user = userEvent.setup();
    const desk = await deskWithLockers();
    await openScreen(desk);
    await user.click(await screen.findByRole('button', { name: 'A-02 中 空闲' }));
    await user.click(screen.getByRole('button', { name: '设置状态' }));
    await user.selectOptions(screen.getByLabelText('状态'), '故障停用');
    await user.type(screen.getByLabelText('备注'), '锁坏，已报修{Enter}');
    const door = await screen.findByRole('button', { name: 'A-02 中 故障停用' });
    expect(door.className).toContain('door--outOfOrder');
    expect(await desk.db.lockerDoors.get('A-02')).toMatchObject({ state: 'outOfOrder', note: '锁坏，已报修' });
    expect(screen.queryByRole('button', { name: '协助开柜（凭条遗失）' })).toBeNull();
  });

  it('assisted opening: identity check, a supervisor approves, the opening gets a KG number', async () => {
    const user = userEvent.setup();
    const desk = await deskWithLockers();
    await openScreen(desk);
    await user.click(await screen.findByRole('button', { name: 'A-03 中 使用中' }));
    await user.click(screen.getByRole('button', { name: '协助开柜（凭条遗失）' }));
    await user.click(screen.getByRole('button', { name: '请主管审批…' }));
    expect(await screen.findAllByText('必填')).toHaveLength(3);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.type(screen.getByLabelText('原因'), '顾客凭条遗失');
    await user.type(screen.getByLabelText('柜内物品（顾客描述）'), '红色购物袋，内有两盒牛奶');
    await user.type(screen.getByLabelText('顾客电话'), '13800138000');
    await user.type(screen.getByLabelText('证件或其他核对'), '身份证后四位 0021');
    await user.click(screen.getByRole('button', { name: '请主管审批…' }));
    const dialog = await screen.findByRole('dialog', { name: '主管审批' });
    // A clerk cannot approve, even with the right PIN.
    await user.type(within(dialog).getByLabelText('主管工号'), CLERK.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), `${CLERK.pin}{Enter}`);
    expect(await within(dialog).findByText('该员工不是主管，不能审批')).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('主管工号'));
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.clear(within(dialog).getByLabelText('主管 PIN 码'));
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), `${SUPERVISOR.pin}{Enter}`);

    expect((await screen.findByRole('status')).textContent).toContain('KG-S01-C1-261125-0001');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.lockerDoors.get('A-03')).toMatchObject({
      state: 'free',
      openings: 1,
      lastOpening: { number: 'KG-S01-C1-261125-0001', by: CLERK.staffNo, approvedBy: SUPERVISOR.staffNo, identity: { phone: '13800138000' } },
    });
    expect(await screen.findByRole('button', { name: 'A-03 中 空闲' })).toBeTruthy();
  });

  it('clearing a door at closing shows the new JC ticket number and frees the door', async () => {
    const user = userEvent.setup();
    const desk = await deskWithLockers();
    await openScreen(desk);
    await user.click(await screen.findByRole('button', { name: 'A-03 中 使用中' }));
    await user.click(screen.getByRole('button', { name: '闭店清柜' }));
    expect(document.activeElement).toBe(screen.getByLabelText('物品描述'));
    await user.type(screen.getByLabelText('物品描述'), '蓝色雨伞');
    await user.type(screen.getByLabelText('存放货位'), 'B-02{Enter}');

    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('柜门 A-03 已清空，物品放在货位 B-02');
    expect(within(notice).getByText('JC-S01-C1-261125-0001').className).toBe('big-number');
    expect(await screen.findByRole('button', { name: 'A-03 中 空闲' })).toBeTruthy();
    const [item] = await desk.db.storageItems.toArray();
    expect(item).toMatchObject({ number: 'JC-S01-C1-261125-0001', status: 'held', source: 'locker', lockerDoorId: 'A-03', count: 1, slot: 'B-02' });
  });
});
