// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs } from './renderApp';
import { newId } from '../../shared/domain/ids';
import { registerServiceCall } from '../../renderer/db/service/calls';
import { CLERK, SUPERVISOR } from './deskFixture';
import { callForm, makeServiceDesk, TECH_ZHOU } from './serviceFixture';
import { shanghai } from './serviceScreens';


const repairGroup = () => within(within(screen.getByRole('navigation')).getByRole('group', { name: '售后维修' })).getAllByRole('button').map((b) => b.textContent);

describe('technician service in the shell', () => {
  it('each role sees the service screens it may use: a clerk no board, a technician only their jobs', async () => {
    const desk = await makeServiceDesk();
    const user = userEvent.setup();

    const clerk = renderApp(desk);
    await signInAs(user, CLERK, '大件物品寄存');
    expect(repairGroup()).toEqual(['叫修登记', '登记结果', '维修间', '商品进出登记簿', '回访', '今日收费', '保养合同']);
    const nav = screen.getByRole('navigation');
    expect(within(nav).queryByRole('button', { name: '派工' })).toBeNull();
    expect(within(nav).queryByRole('button', { name: '技术员' })).toBeNull();
    expect(within(nav).queryByRole('button', { name: '我的工单' })).toBeNull();
    await user.click(within(nav).getByRole('button', { name: '叫修登记' }));
    expect(await screen.findByRole('heading', { name: '叫修登记' })).toBeTruthy();
    clerk.unmount();

    const supervisor = renderApp(desk);
    await signInAs(user, SUPERVISOR, '大件物品寄存');
    expect(repairGroup()).toEqual(['叫修登记', '派工', '登记结果', '维修间', '商品进出登记簿', '回访', '今日收费', '保养合同', '维修报表']);
    const manage = within(screen.getByRole('navigation')).getByRole('group', { name: '管理' });
    await user.click(within(manage).getByRole('button', { name: '技术员' }));
    expect(await screen.findByRole('heading', { name: '技术员区域与技能' })).toBeTruthy();
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: '派工' }));
    expect(await screen.findByRole('heading', { name: '派工' })).toBeTruthy();
    supervisor.unmount();

    // A technician opens on their jobs (F1), then their own daily report (F2), with nothing of the desk's.
    renderApp(desk);
    await signInAs(user, { staffNo: TECH_ZHOU.staffNo, pin: TECH_ZHOU.pin }, '我的工单');
    expect(within(screen.getByRole('navigation')).getAllByRole('button').map((b) => b.textContent)).toEqual(['我的工单F1', '我的日报F2']);
  });

  it('overdue calls show in the status bar: the supervisor goes to the board, the clerk sees the list, the technician nothing', async () => {
    const desk = await makeServiceDesk();
    const late = await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(9), { customerName: '赵先生' }));
    await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(10)));
    // 15:30: the 09:00 call's target (15:00) has passed, the 10:00 one's (16:00) not yet.
    desk.clock.at = shanghai(15, 30);
    const user = userEvent.setup();

    const supervisor = renderApp(desk);
    await signInAs(user, SUPERVISOR, '大件物品寄存');
    await user.click(await screen.findByRole('button', { name: '叫修超时 1 单' }));
    expect(await screen.findByRole('heading', { name: '派工' })).toBeTruthy();
    supervisor.unmount();

    const clerk = renderApp(desk);
    await signInAs(user, CLERK, '大件物品寄存');
    await user.click(await screen.findByRole('button', { name: '叫修超时 1 单' }));
    const dialog = await screen.findByRole('dialog', { name: '1 单叫修超过到达时限未上门' });
    expect(within(dialog).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([`${late.number}赵先生 · 13800138000待派工2026-11-25 15:0030 分钟`]);
    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    clerk.unmount();

    renderApp(desk);
    await signInAs(user, { staffNo: TECH_ZHOU.staffNo, pin: TECH_ZHOU.pin }, '我的工单');
    expect(screen.queryByRole('button', { name: /叫修超时/ })).toBeNull();
  });
});
