// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { StatusBar } from '../../renderer/app/StatusBar';
import { nameAssistant } from '../../renderer/db/acting/windows';
import { createStaff } from '../../renderer/db/staff';
import { depositItem, releaseWithLostTicket } from '../../renderer/db/storage/bulky';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { StaffScreen } from '../../renderer/features/settings/StaffScreen';
import { LogScreen } from '../../renderer/features/supervisor/LogScreen';
import { makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';

afterEach(cleanup);

const HOUR = 3_600_000;
const LEAD = { staffNo: '2003', pin: '200300' };

/** 25 Nov 2026, 10:00 in Shanghai, with a desk lead 王五. */
async function deskWithLead() {
  const desk = await makeDesk();
  await createStaff(desk.asSupervisor, { staffNo: LEAD.staffNo, name: '王五', role: 'lead', pin: LEAD.pin, pinAgain: LEAD.pin });
  return desk;
}

describe('naming an acting supervisor (主管助理) on the staff screen', () => {
  it('refuses bad input at the field, names a lead, lists the window and ends it early after a confirmation', async () => {
    const user = userEvent.setup();
    const desk = await deskWithLead();
    render(<StaffScreen />, { wrapper: await signedInWrapper(desk, SUPERVISOR) });
    const form = within(await screen.findByRole('form', { name: '指定主管助理' }));
    expect(await screen.findByText('还没有指定过主管助理')).toBeTruthy();
    const assistant = form.getByLabelText('主管助理工号');
    const until = form.getByLabelText('结束时间');
    // The start is now by default.
    expect(form.getByLabelText<HTMLInputElement>('开始时间').value).toBe('2026-11-25T10:00');

    await user.type(assistant, '7777');
    fireEvent.change(until, { target: { value: '2026-11-25T18:00' } });
    await user.click(form.getByRole('button', { name: '指定' }));
    expect((await form.findByRole('alert')).textContent).toBe('没有工号为 7777 的员工');

    await user.clear(assistant);
    await user.type(assistant, LEAD.staffNo);
    fireEvent.change(until, { target: { value: '2026-11-25T09:00' } });
    await user.click(form.getByRole('button', { name: '指定' }));
    expect(await form.findByText('结束时间须晚于开始时间')).toBeTruthy();

    fireEvent.change(until, { target: { value: '2026-12-02T10:01' } });
    await user.click(form.getByRole('button', { name: '指定' }));
    expect(await form.findByText('代理最长 7 天')).toBeTruthy();
    expect(await desk.db.actingWindows.count()).toBe(0);

    fireEvent.change(until, { target: { value: '2026-11-25T18:00' } });
    await user.click(form.getByRole('button', { name: '指定' }));
    expect((await form.findByRole('status')).textContent).toBe('已指定 2003 代理主管：11-25 10:00 至 11-25 18:00');
    const row = await screen.findByText('代理中');
    expect(row.closest('tr')?.textContent).toContain('2003 王五');
    expect(row.closest('tr')?.textContent).toContain('9001 王主管');

    await user.click(screen.getByRole('button', { name: '提前结束 2003 王五 的代理' }));
    const confirm = await screen.findByRole('dialog', { name: '提前结束代理' });
    expect(confirm.textContent).toContain('原定到 2026-11-25 18:00');
    await user.click(within(confirm).getByRole('button', { name: '提前结束' }));
    expect(await screen.findByText('2003 王五 的代理已结束')).toBeTruthy();
    expect(await screen.findByText('2026-11-25 10:00 提前结束')).toBeTruthy();
    expect((await desk.db.actingWindows.toArray())[0]?.ended?.by).toBe(SUPERVISOR.staffNo);
  });
});

describe("the assistant's status bar", () => {
  it('shows 代理主管至 18:00 while the window is open, and nothing before it starts', async () => {
    const desk = await deskWithLead();
    await nameAssistant(desk.asSupervisor, { assistant: LEAD.staffNo, from: desk.clock.now() + HOUR, until: desk.clock.now() + 8 * HOUR });
    const wrapper = await signedInWrapper(desk, LEAD);
    const first = render(
      <QueueRowsProvider>
        <StatusBar />
      </QueueRowsProvider>,
      { wrapper },
    );
    await screen.findByText('2026-11-25 10:00');
    expect(screen.queryByText(/代理主管至/)).toBeNull();
    first.unmount();

    desk.clock.advance(HOUR);
    render(
      <QueueRowsProvider>
        <StatusBar />
      </QueueRowsProvider>,
      { wrapper },
    );
    expect(await screen.findByText('代理主管至 18:00')).toBeTruthy();
  });
});

describe('the daily log', () => {
  it('shows an approval made in an acting window as "王五 代 王主管"', async () => {
    const desk = await deskWithLead();
    await nameAssistant(desk.asSupervisor, { assistant: LEAD.staffNo, from: desk.clock.now(), until: desk.clock.now() + 8 * HOUR });
    const item = await depositItem(desk.asClerk, newId(), { description: '黑色行李箱', count: '1', slot: 'A-03' });
    desk.clock.advance(5 * 60_000);
    await releaseWithLostTicket(desk.asClerk, { itemId: item.id, identity: { contents: '黑色行李箱', phone: '13800138000', note: '身份证核对' } }, LEAD);
    render(
      <QueueRowsProvider>
        <LogScreen />
      </QueueRowsProvider>,
      { wrapper: await signedInWrapper(desk, SUPERVISOR) },
    );
    const approver = await screen.findByText('2003 王五 代 9001 王主管');
    expect(approver.closest('tr')?.textContent).toContain('1001 李小红');
  });
});
