// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';
import { newId } from '../../shared/domain/ids';
import { useSession } from '../../renderer/app/session';
import { DeskDatabase } from '../../renderer/db/database';
import { changeDeskSettings, createStaff, signIn, updateStaff } from '../../renderer/db/staff';
import { useLanguage } from '../../renderer/i18n';
import { CLERK, makeDesk, SUPERVISOR, TestClock } from './deskFixture';

afterEach(() => {
  vi.useRealTimers();
});

describe('the desk app', () => {
  it('first run sets up the store and signs the supervisor in; a bad code is refused at its field', async () => {
    const db = new DeskDatabase(`app-${newId()}`);
    renderApp({ db, clock: new TestClock(Date.UTC(2026, 10, 25, 2)) });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('门店名称'), '华联超市五一店');
    await user.type(screen.getByLabelText('门店代码'), 'S-01');
    await user.type(screen.getByLabelText('本柜台编号'), 'C1');
    await user.type(screen.getByLabelText('主管工号'), '9001');
    await user.type(screen.getByLabelText('主管姓名'), '王主管');
    await user.type(screen.getByLabelText('PIN 码（6–8 位数字）'), '900100');
    await user.type(screen.getByLabelText('再次输入 PIN 码'), '900199');
    await user.click(screen.getByRole('button', { name: '完成设置' }));
    expect(await screen.findByText('门店代码为 2–6 位大写字母或数字')).toBeTruthy();
    expect(screen.getByText('两次输入的 PIN 码不一致')).toBeTruthy();
    await user.clear(screen.getByLabelText('门店代码'));
    await user.type(screen.getByLabelText('门店代码'), 's01');
    await user.clear(screen.getByLabelText('再次输入 PIN 码'));
    await user.type(screen.getByLabelText('再次输入 PIN 码'), '900100');
    await user.click(screen.getByRole('button', { name: '完成设置' }));
    expect(await screen.findByRole('heading', { name: '大件物品寄存' })).toBeTruthy();
    expect(screen.getByText('王主管 · 主管')).toBeTruthy();
    expect(screen.getByText('柜台 C1')).toBeTruthy();
  });

  it('a clerk signs in, sees only the areas of the role, and signs out', async () => {
    const desk = await makeDesk();
    renderApp(desk);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('工号'), CLERK.staffNo);
    await user.type(screen.getByLabelText('PIN 码'), '999999');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('工号或 PIN 码不正确')).toBeTruthy();
    await user.type(screen.getByLabelText('PIN 码'), CLERK.pin);
    await user.click(screen.getByRole('button', { name: '登录' }));
    await screen.findByRole('heading', { name: '大件物品寄存' });
    const nav = screen.getByRole('navigation');
    expect(nav.textContent).toContain('取件');
    expect(nav.textContent).not.toContain('员工');
    expect(nav.textContent).not.toContain('设置');
    // The sidebar's sections a clerk has (nothing to manage), and F1..F9 over the areas in order.
    expect(within(nav).getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual(['寄存', '服务', '售后维修']);
    expect(within(within(nav).getByRole('group', { name: '服务' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['退换货F7', '赠品发放F8', '投诉受理F9', '投诉处理', '投诉查询', '开具发票', '电话与咨询', '预约订货']);
    fireEvent.keyDown(nav, { key: 'F9' });
    expect(await screen.findByRole('heading', { name: '投诉受理' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: '投诉受理' }).getAttribute('aria-current')).toBe('page');
    fireEvent.keyDown(nav, { key: 'F2' });
    expect(await screen.findByRole('heading', { name: '取件' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('heading', { name: '员工登录' })).toBeTruthy();
    const actions = (await desk.db.audit.toArray()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['session.signInFailed', 'session.signedIn', 'session.signedOut']));
  });

  it('locks after the idle time and keeps what was being typed', async () => {
    const desk = await makeDesk();
    renderApp(desk);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('工号'), CLERK.staffNo);
    await user.type(screen.getByLabelText('PIN 码'), CLERK.pin);
    await user.click(screen.getByRole('button', { name: '登录' }));
    await user.type(await screen.findByLabelText('物品描述'), '蓝色旅行箱');
    // Only the idle timer is faked (IndexedDB's own scheduling stays real): a key press restarts it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.keyDown(window, { key: 'Shift' });
    act(() => {
      vi.advanceTimersByTime(5 * 60_000 - 1000);
    });
    expect(screen.queryByRole('heading', { name: '屏幕已锁定' })).toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(1001);
      await Promise.resolve();
    });
    vi.useRealTimers();
    expect(await screen.findByRole('heading', { name: '屏幕已锁定' })).toBeTruthy();
    await user.type(screen.getByLabelText('PIN 码'), '000000');
    await user.click(screen.getByRole('button', { name: '解锁' }));
    expect(await screen.findByText('工号或 PIN 码不正确')).toBeTruthy();
    await user.clear(screen.getByLabelText('PIN 码'));
    await user.type(screen.getByLabelText('PIN 码'), CLERK.pin);
    await user.click(screen.getByRole('button', { name: '解锁' }));
    await vi.waitFor(() => expect(screen.queryByRole('heading', { name: '屏幕已锁定' })).toBeNull());
    expect(screen.getByLabelText<HTMLInputElement>('物品描述').value).toBe('蓝色旅行箱');
  });

  it('desk settings changed by the supervisor apply to the signed-in session at once', async () => {
    const desk = await makeDesk();
    renderApp(desk);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('工号'), SUPERVISOR.staffNo);
    await user.type(screen.getByLabelText('PIN 码'), SUPERVISOR.pin);
    await user.click(screen.getByRole('button', { name: '登录' }));
    await screen.findByRole('heading', { name: '大件物品寄存' });
    await changeDeskSettings(desk.asSupervisor, { idleLockMinutes: 5, closingTime: '21:00', overdueDays: 9, lostFoundKeepDays: 30 });
    await vi.waitFor(() => expect(useSession.getState().profile?.settings.overdueDays).toBe(9));
  });
});

describe('PIN rules at the screens', () => {
  async function signInAt(user: ReturnType<typeof userEvent.setup>, staffNo: string, pin: string) {
    await user.clear(await screen.findByLabelText('工号'));
    await user.type(screen.getByLabelText('工号'), staffNo);
    await user.type(screen.getByLabelText('PIN 码'), pin);
    await user.click(screen.getByRole('button', { name: '登录' }));
  }

  it("first run refuses a supervisor's PIN under 6 digits at the field", async () => {
    const db = new DeskDatabase(`app-${newId()}`);
    renderApp({ db, clock: new TestClock(Date.UTC(2026, 10, 25, 2)) });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('门店名称'), '华联超市五一店');
    await user.type(screen.getByLabelText('门店代码'), 'S01');
    await user.type(screen.getByLabelText('本柜台编号'), 'C1');
    await user.type(screen.getByLabelText('主管工号'), '9001');
    await user.type(screen.getByLabelText('主管姓名'), '王主管');
    await user.type(screen.getByLabelText('PIN 码（6–8 位数字）'), '9001');
    await user.type(screen.getByLabelText('再次输入 PIN 码'), '9001');
    await user.click(screen.getByRole('button', { name: '完成设置' }));
    expect(await screen.findByText('主管和店长的 PIN 码至少 6 位数字')).toBeTruthy();
    expect(await db.staff.count()).toBe(0);
  });

  it('after five wrong PINs the sign-in screen says how long to wait, in the chosen language, and lets the right PIN in after it', async () => {
    const desk = await makeDesk();
    for (let i = 0; i < 5; i += 1) await signIn(desk.db, desk.clock, SUPERVISOR.staffNo, '000000').catch(() => undefined);
    renderApp(desk);
    const user = userEvent.setup();
    await signInAt(user, SUPERVISOR.staffNo, SUPERVISOR.pin);
    expect(await screen.findByText('PIN 错误次数过多，请 30 秒后再试')).toBeTruthy();
    act(() => useLanguage.setState({ language: 'en' }));
    expect(await screen.findByText('Too many wrong PINs; try again in 30 seconds')).toBeTruthy();
    act(() => useLanguage.setState({ language: 'zh-CN' }));
    desk.clock.advance(30_000);
    await signInAt(user, SUPERVISOR.staffNo, SUPERVISOR.pin);
    expect(await screen.findByRole('heading', { name: '大件物品寄存' })).toBeTruthy();
  });

  it('a supervisor whose PIN is too short changes it before the desk opens, and cannot get round it', async () => {
    const desk = await makeDesk();
    await createStaff(desk.asSupervisor, { staffNo: '2002', name: '周晓', role: 'clerk', pin: '1234', pinAgain: '1234' });
    await updateStaff(desk.asSupervisor, '2002', { role: 'supervisor' });
    renderApp(desk);
    const user = userEvent.setup();
    await signInAt(user, '2002', '1234');
    expect(await screen.findByRole('heading', { name: '请先修改 PIN 码' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    await user.type(screen.getByLabelText('新 PIN 码（6–8 位数字）'), '5678');
    await user.type(screen.getByLabelText('再次输入 PIN 码'), '5678{Enter}');
    expect(await screen.findByText('主管和店长的 PIN 码至少 6 位数字')).toBeTruthy();

    // Signing out and in again with the old PIN comes back to the same screen.
    await user.click(screen.getByRole('button', { name: '退出登录' }));
    await signInAt(user, '2002', '1234');
    await user.type(await screen.findByLabelText('新 PIN 码（6–8 位数字）'), '246810');
    await user.type(screen.getByLabelText('再次输入 PIN 码'), '246810{Enter}');
    expect(await screen.findByRole('heading', { name: '大件物品寄存' })).toBeTruthy();
    expect((await signIn(desk.db, desk.clock, '2002', '246810')).mustChangePin).toBe(false);
  });

  it('the lock screen sends a member deactivated meanwhile to sign-in, saying why', async () => {
    const desk = await makeDesk();
    renderApp(desk);
    const user = userEvent.setup();
    await signInAt(user, CLERK.staffNo, CLERK.pin);
    await screen.findByRole('heading', { name: '大件物品寄存' });
    act(() => useSession.getState().lock());
    await updateStaff(desk.asSupervisor, CLERK.staffNo, { active: false });
    await user.type(await screen.findByLabelText('PIN 码'), CLERK.pin);
    await user.click(screen.getByRole('button', { name: '解锁' }));
    expect(await screen.findByRole('heading', { name: '员工登录' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('该工号已停用，请联系主管');
  });
});
