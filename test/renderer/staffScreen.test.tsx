// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn } from '../../renderer/db/staff';
import { SettingsScreen } from '../../renderer/features/settings/SettingsScreen';
import { StaffScreen } from '../../renderer/features/settings/StaffScreen';
import { CLERK, makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';

afterEach(cleanup);

async function fillNewStaff(user: UserEvent, pinAgain = '246810') {
  await user.type(screen.getByLabelText('工号'), '1002');
  await user.type(screen.getByLabelText('姓名'), '周晓');
  await user.selectOptions(screen.getByLabelText('岗位'), '总台领班');
  await user.type(screen.getByLabelText('PIN 码（4–8 位数字）'), '246810');
  await user.type(screen.getByLabelText('再次输入 PIN 码'), `${pinAgain}{Enter}`);
}

function rowOf(staffNo: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`tr[data-staff="${staffNo}"]`);
  if (!row) throw new Error(`no row for ${staffNo}`);
  return row;
}

describe('staff screen', () => {
  it('a supervisor adds a staff member; mismatched PINs are caught at the field', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    render(<StaffScreen />, { wrapper: await signedInWrapper(desk, SUPERVISOR) });
    await screen.findByText('王主管');
    expect(document.activeElement).toBe(screen.getByLabelText('工号'));
    await fillNewStaff(user, '246811');
    expect(await screen.findByText('两次输入的 PIN 码不一致')).toBeTruthy();
    expect(await desk.db.staff.get('1002')).toBeUndefined();

    await user.clear(screen.getByLabelText('再次输入 PIN 码'));
    await user.type(screen.getByLabelText('再次输入 PIN 码'), '246810{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe('已新增员工 1002 周晓');
    await screen.findByText('周晓', { selector: 'td' });
    expect(rowOf('1002').textContent).toContain('总台领班');
    expect(rowOf('1002').textContent).toContain('在用');
    expect((await signIn(desk.db, desk.clock, '1002', '246810')).role).toBe('lead');
  });

  it('a clerk cannot add staff: the database refuses and nothing is saved', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    render(<StaffScreen />, { wrapper: await signedInWrapper(desk, CLERK) });
    await screen.findByText('王主管');
    await fillNewStaff(user);
    expect(await screen.findByText('当前员工无权执行此操作')).toBeTruthy();
    expect(await desk.db.staff.count()).toBe(2);
  });

  it('deactivates after a confirmation, reactivates, changes a role and resets a PIN', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    render(<StaffScreen />, { wrapper: await signedInWrapper(desk, SUPERVISOR) });
    await screen.findByText('李小红');

    // The only supervisor can neither be deactivated nor given another role: not offered, and the button says why.
    const ownDeactivate = screen.getByRole<HTMLButtonElement>('button', { name: `停用 ${SUPERVISOR.staffNo}` });
    expect(ownDeactivate.disabled).toBe(true);
    expect(ownDeactivate.title).toBe('至少要保留一名在用的主管或店长');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: `修改 ${SUPERVISOR.staffNo} 的岗位` }).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: `停用 ${CLERK.staffNo}` }));
    const confirm = await screen.findByRole('dialog', { name: '停用员工账号' });
    expect(confirm.textContent).toContain('1001 李小红 将不能再登录或审批');
    await user.click(within(confirm).getByRole('button', { name: '停用' }));
    expect((await screen.findByRole('status')).textContent).toBe('1001 李小红 已停用');
    expect(rowOf(CLERK.staffNo).textContent).toContain('已停用');
    await expect(signIn(desk.db, desk.clock, CLERK.staffNo, CLERK.pin)).rejects.toMatchObject({ code: 'error.signInFailed' });

    await user.click(screen.getByRole('button', { name: `启用 ${CLERK.staffNo}` }));
    await user.click(within(await screen.findByRole('dialog', { name: '重新启用员工账号' })).getByRole('button', { name: '启用' }));
    await screen.findByText('1001 李小红 已重新启用');

    await user.click(screen.getByRole('button', { name: `修改 ${CLERK.staffNo} 的岗位` }));
    const roleDialog = await screen.findByRole('dialog', { name: '修改岗位：1001 李小红' });
    await user.selectOptions(within(roleDialog).getByLabelText('岗位'), '总台领班');
    await user.click(within(roleDialog).getByRole('button', { name: '保存' }));
    await within(rowOf(CLERK.staffNo)).findByText('总台领班');

    await user.click(screen.getByRole('button', { name: `重置 ${CLERK.staffNo} 的 PIN 码` }));
    const pinDialog = await screen.findByRole('dialog', { name: '重置 PIN 码：1001 李小红' });
    await user.type(within(pinDialog).getByLabelText('新 PIN 码（4–8 位数字）'), '12');
    await user.type(within(pinDialog).getByLabelText('再次输入 PIN 码'), '12{Enter}');
    expect(await within(pinDialog).findByText('PIN 码为 4–8 位数字')).toBeTruthy();
    await user.clear(within(pinDialog).getByLabelText('新 PIN 码（4–8 位数字）'));
    await user.clear(within(pinDialog).getByLabelText('再次输入 PIN 码'));
    await user.type(within(pinDialog).getByLabelText('新 PIN 码（4–8 位数字）'), '135790');
    await user.type(within(pinDialog).getByLabelText('再次输入 PIN 码'), '135790{Enter}');
    await screen.findByText('1001 李小红 的 PIN 码已重置');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await signIn(desk.db, desk.clock, CLERK.staffNo, '135790')).toMatchObject({ role: 'lead', active: true });
  });
});

describe('settings screen', () => {
  it('saves the desk rules, refusing a bad value at its field', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    render(<SettingsScreen />, { wrapper: await signedInWrapper(desk, SUPERVISOR) });
    const overdue = await screen.findByLabelText('寄存超期天数');
    expect((overdue as HTMLInputElement).value).toBe('3');
    await user.clear(overdue);
    await user.type(overdue, '0');
    const deskRules = overdue.closest('form')!;
    await user.click(within(deskRules).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('须为 1–365 的整数（天）')).toBeTruthy();

    await user.clear(overdue);
    await user.type(overdue, '7');
    await user.clear(screen.getByLabelText('闭店时间'));
    await user.type(screen.getByLabelText('闭店时间'), '21:30');
    await user.click(within(deskRules).getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存');
    const expected = { idleLockMinutes: 5, closingTime: '21:30', overdueDays: 7, lostFoundKeepDays: 30 };
    expect((await desk.db.stores.get('store'))?.settings).toEqual(expected);
  });

  it('keeps the desk phone as typed, refusing what is not a phone number at its field', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    render(<SettingsScreen />, { wrapper: await signedInWrapper(desk, SUPERVISOR) });
    const phone = await screen.findByLabelText('服务台电话');
    const deskRules = phone.closest('form')!;
    await user.type(phone, '总台');
    await user.click(within(deskRules).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('电话格式不对：数字、空格、短横线或括号，至少 7 位数字，分机写“转 2”')).toBeTruthy();
    await user.clear(phone);
    await user.type(phone, '010-6478 1234 转 8');
    await user.click(within(deskRules).getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存');
    expect((await desk.db.stores.get('store'))?.settings).toMatchObject({ deskPhone: '010-6478 1234 转 8' });
  });
});
