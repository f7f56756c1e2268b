// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { registerServiceCall } from '../../renderer/db/service/calls';
import { ServiceBoardScreen } from '../../renderer/features/service/board/ServiceBoardScreen';
import { SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';
import { callForm, makeServiceDesk, TECH_WU, TECH_ZHOU } from './serviceFixture';
import { fieldError, shanghai, typeInto } from './serviceScreens';

/**
 * At 10:00 on Wednesday 2026-11-25: a fridge call left from yesterday 15:00
 * (target yesterday 21:00, overdue), an air conditioner in town at 09:00
 * (target 15:00) and a washer out of town at 09:30 (7 working hours: 16:30).
 */
async function boardDesk() {
  const desk = await makeServiceDesk();
  const carried = await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(15, 0, 24), { customerName: '赵先生', productKind: 'fridge', productName: '海尔冰箱' }));
  const aircon = await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(9)));
  const washer = await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(9, 30), { customerName: '孙女士', area: 'outOfTown', productKind: 'washer', productName: '小天鹅洗衣机', address: '望城区 12 号' }));
  return { desk, carried, aircon, washer };
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
const rowOf = (table: HTMLElement, number: string) => within(table).getAllByRole('row').find((r) => r.textContent?.includes(number))!;

describe('派工 board', () => {
  it('lists the waiting calls in board order with their targets and the suggested technicians; a click sends one, keeping why', async () => {
    const user = userEvent.setup();
    const { desk, carried, aircon, washer } = await boardDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ServiceBoardScreen />);

    const waiting = await screen.findByRole('table', { name: '待派工的叫修（先派昨日未派的，再按到达时限）' });
    const rows = within(waiting).getAllByRole('row').slice(1);
    // Yesterday's call first, then by arrival target.
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent?.slice(0, 21))).toEqual([carried.number, aircon.number, washer.number]);
    expect(cells(rows[0]!)[0]).toContain('昨日未派');
    expect(cells(rows[0]!)[5]).toBe('2026-11-24 21:00（已超时 13 小时）');
    expect(within(rows[0]!).getAllByRole('cell')[5]?.className).toBe('svc-overdue');
    expect(cells(rows[1]!)[5]).toBe('2026-11-25 15:00（还剩 5 小时）');
    expect(within(rows[1]!).getAllByRole('cell')[5]?.className).toBe('');
    expect(cells(rows[2]!)[5]).toBe('2026-11-25 16:30（还剩 6 小时 30 分）');
    expect(cells(rows[1]!).slice(1, 5)).toEqual(['陈女士 · 13800138000市区 · 五一路 8 号 3 栋 502', '空调 · 格力空调不制冷，外机有异响', '维修 · 免费', '未约定']);

    // The suggestions, best first, each with its reasons.
    const suggested = (row: HTMLElement) => within(within(row).getAllByRole('cell')[6]!).getAllByRole('button').map((b) => b.textContent);
    expect(suggested(rows[1]!)).toEqual(['周师傅同区域 · 会空调 · 今日 0 单', '吴师傅同区域 · 不会空调 · 今日 0 单']);
    expect(suggested(rows[2]!)).toEqual(['吴师傅同区域 · 会洗衣机 · 今日 0 单', '周师傅跨区域 · 不会洗衣机 · 今日 0 单']);

    await user.click(screen.getByRole('button', { name: `把 ${aircon.number} 派给 周师傅：同区域 · 会空调 · 今日 0 单` }));
    expect((await screen.findByRole('status')).textContent).toBe(`${aircon.number} 已派给 周师傅`);
    const sent = await desk.db.serviceCalls.get(aircon.id);
    expect(sent).toMatchObject({ status: 'dispatched', dispatch: { technician: TECH_ZHOU.staffNo, suggestion: '同区域 · 会空调 · 今日 0 单', by: SUPERVISOR.staffNo } });

    // The load counts at once: 周 now has one job today.
    await waitFor(() => expect(suggested(rowOf(screen.getByRole('table', { name: /待派工的叫修/ }), carried.number))).toEqual(['周师傅同区域 · 会冰箱 · 今日 1 单', '吴师傅同区域 · 不会冰箱 · 今日 0 单']));

    // Keyboard: Tab to the suggestion, Enter sends it.
    screen.getByRole('button', { name: `把 ${washer.number} 派给 吴师傅：同区域 · 会洗衣机 · 今日 0 单` }).focus();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await desk.db.serviceCalls.get(washer.id))?.dispatch?.technician).toBe(TECH_WU.staffNo));

    const out = await screen.findByRole('table', { name: '已派出未上门的工单' });
    await waitFor(() => expect(within(out).getAllByRole('row')).toHaveLength(3));
    expect(cells(rowOf(out, aircon.number)).slice(2, 6)).toEqual(['周师傅', '待接单', '未约定', '2026-11-25 15:00（还剩 5 小时）']);
    expect(cells(rowOf(out, washer.number))[2]).toBe('吴师傅');
    expect(within(screen.getByRole('table', { name: /待派工的叫修/ })).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: '已派出（2）' })).toBeTruthy();
  });

  it('agrees the visit, and moves it only with a reason (nothing written without one)', async () => {
    const user = userEvent.setup();
    const { desk, aircon } = await boardDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <ServiceBoardScreen />);

    await user.click(await screen.findByRole('button', { name: `约定 ${aircon.number} 的上门时间` }));
    const dialog = await screen.findByRole('dialog', { name: `约定上门时间 · ${aircon.number}` });
    expect(within(dialog).queryByLabelText('改约原因')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请填写日期和时间')).toBeTruthy();
    await typeInto(user, '上门时间', '2026-11-25T14:00');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('status')).textContent).toBe(`${aircon.number} 约定上门 2026-11-25 14:00`);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(cells(rowOf(screen.getByRole('table', { name: /待派工的叫修/ }), aircon.number))[4]).toBe('2026-11-25 14:00'));

    const entries = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: `改约 ${aircon.number}` }));
    const move = await screen.findByRole('dialog', { name: `改约上门时间 · ${aircon.number}` });
    expect(within(move).getByText('原约定：2026-11-25 14:00')).toBeTruthy();
    await typeInto(user, '上门时间', '2026-11-25T17:00');
    await user.click(within(move).getByRole('button', { name: '保存' }));
    expect(await within(move).findByText('必填')).toBeTruthy();
    expect(fieldError('改约原因')).toBe('必填');
    expect(await desk.db.entries.count()).toBe(entries);

    await user.type(screen.getByLabelText('改约原因'), '顾客下午才在家');
    await user.click(within(move).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const moved = await desk.db.serviceCalls.get(aircon.id);
    expect(moved?.appointment).toMatchObject({ visitAt: shanghai(17), reason: '顾客下午才在家' });
    expect(moved?.reschedules.map((r) => r.visitAt)).toEqual([shanghai(14)]);
  });
});
