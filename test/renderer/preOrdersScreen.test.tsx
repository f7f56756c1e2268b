// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PreOrdersScreen } from '../../renderer/features/preOrders/PreOrdersScreen';
import { CLERK, makeDesk } from './deskFixture';
import { preOrderAt } from './preOrdersFixture';
import { renderSignedIn } from './renderDesk';
import { fieldError, shanghai, typeInto } from './serviceScreens';

const HOUR = 3_600_000;
const heading = () => screen.getByRole('heading', { level: 2, name: /^预约 YD-/ }).textContent;
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const radioGroupError = (legend: string) => screen.getByRole('group', { name: legend }).querySelector('.field__error')?.textContent ?? undefined;

describe('预约订货 screen', () => {
  it('takes a phone pre-order with bad input refused at the field, then confirms, readies and hands it over with the slip printed twice', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const { desktop } = await renderSignedIn(desk, CLERK.staffNo, <PreOrdersScreen />);
    await user.click(screen.getByRole('button', { name: '新预约' }));

    // Keyboard and scanner: the form starts on the customer, Enter moves to the next field instead of saving.
    expect(document.activeElement).toBe(screen.getByLabelText('顾客姓名'));
    await user.keyboard('王女士{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('电话'));
    await user.keyboard('1380013800{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('商品 1 名称'));
    await user.keyboard('生日蛋糕 8 寸{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('商品 1 数量'));
    await typeInto(user, '商品 1 数量', '1.5');
    await typeInto(user, '商品 1 单价（元，可空）', '168');
    await typeInto(user, '备货部门', '烘焙部');
    await typeInto(user, '定金（元，没有则空）', '五十');
    const entries = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: '登记并打印取货单' }));
    await waitFor(() => expect(fieldError('电话')).toBe('电话号码格式不对（11 位手机号或带区号的座机）'));
    expect(fieldError('商品 1 数量')).toBe('数量须为 1–9999 的整数');
    expect(fieldError('定金（元，没有则空）')).toBe('金额格式不对：不能为负数，最多两位小数');
    expect(fieldError('取货时间')).toBe('请填写日期和时间');
    expect(fieldError('顾客姓名')).toBeUndefined();

    // A pickup already past (09:00, it is 10:00) is refused at its field too.
    await typeInto(user, '电话', '１３８ ００１３ ８０００');
    await typeInto(user, '商品 1 数量', '２');
    await typeInto(user, '定金（元，没有则空）', '50');
    await typeInto(user, '取货时间', '2026-11-25T09:00');
    await user.click(screen.getByRole('button', { name: '登记并打印取货单' }));
    await waitFor(() => expect(fieldError('取货时间')).toBe('取货时间须晚于现在'));
    expect(fieldError('电话')).toBeUndefined();
    expect(await desk.db.entries.count()).toBe(entries);

    // Tomorrow at 17:00: taken, numbered, and the pickup slip printed with the phone masked.
    await typeInto(user, '取货时间', '2026-11-26T17:00');
    await user.click(screen.getByRole('button', { name: '登记并打印取货单' }));
    const number = (await screen.findByTestId('pre-order-number')).textContent ?? '';
    expect(number).toMatch(/^YD-S01-C1-261125-0001$/);
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    const first = desktop.archive[0]!.request;
    expect(first).toMatchObject({ kind: 'pickupSlip', paper: '80mm', recordNumber: number });
    expect(first.html).toContain('138****8000');
    expect(first.html).not.toContain('13800138000');
    expect(first.html).not.toContain('补打');
    const order = await desk.db.preOrders.where('number').equals(number).first();
    expect(order).toMatchObject({ status: 'taken', phone: '13800138000', depositFen: 5000, pickupAt: shanghai(17, 0, 26), items: [{ name: '生日蛋糕 8 寸', quantity: 2, unitPriceFen: 16800 }] });

    // The department confirms on the phone: who said so is required.
    await user.click(screen.getByRole('button', { name: '查看这笔预约' }));
    await waitFor(() => expect(heading()).toBe(`预约 ${number} · 已登记`));
    expect(screen.queryByRole('button', { name: '备货完成' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '登记部门确认' }));
    await waitFor(() => expect(fieldError('部门确认人（电话中确认的人）')).toBe('必填'));
    await typeInto(user, '部门确认人（电话中确认的人）', '张师傅');
    await user.click(screen.getByRole('button', { name: '登记部门确认' }));
    await waitFor(() => expect(heading()).toBe(`预约 ${number} · 已确认`));
    expect(screen.getByRole('status').textContent).toBe(`${number} 已登记部门确认`);
    await user.click(screen.getByRole('button', { name: '备货完成' }));
    await waitFor(() => expect(heading()).toBe(`预约 ${number} · 已备货`));

    // Pickup: what is due is offered (2 × 168 − 50); a balance that is not an amount is refused before the question.
    expect(screen.getByLabelText<HTMLInputElement>('取货时收款（元）').value).toBe('286.00');
    await typeInto(user, '取货时收款（元）', '二百');
    await user.click(screen.getByRole('button', { name: '确认取货并打印取货单…' }));
    await waitFor(() => expect(fieldError('取货时收款（元）')).toBe('金额格式不对：不能为负数，最多两位小数'));
    expect(screen.queryByRole('dialog')).toBeNull();
    await typeInto(user, '取货时收款（元）', '286');
    await user.click(screen.getByRole('button', { name: '确认取货并打印取货单…' }));
    const ask = await screen.findByRole('dialog', { name: '确认取货' });
    expect(ask.textContent).toContain(`${number}：顾客已取货，收款 ¥286.00`);
    await user.click(within(ask).getByRole('button', { name: '确认取货' }));
    await waitFor(() => expect(heading()).toBe(`预约 ${number} · 已取货`));

    // The slip again, marked as a reprint, with the balance paid; a picked-up order offers no step (not even cancelling).
    await waitFor(() => expect(desktop.archive).toHaveLength(2));
    const second = desktop.archive[1]!.request.html;
    expect(second).toContain('补打');
    expect(second).toContain('已取货');
    expect(second).toContain('¥286.00');
    expect(screen.queryByRole('button', { name: '取消预约…' })).toBeNull();
    expect(screen.queryByRole('button', { name: '登记部门确认' })).toBeNull();
    expect((await desk.db.preOrders.get(order!.id))?.pickedUp?.balancePaidFen).toBe(28600);
  });

  it('a group purchase names its organisation; a cancellation needs its reason and what became of the deposit', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const confirmed = await preOrderAt(desk.asClerk, 'confirmed');
    await renderSignedIn(desk, CLERK.staffNo, <PreOrdersScreen />);

    await user.click(screen.getByRole('button', { name: '新预约' }));
    await user.click(screen.getByRole('radio', { name: '团体购物' }));
    expect(document.activeElement).toBe(screen.getByLabelText('单位名称'));
    await user.click(screen.getByRole('button', { name: '登记并打印取货单' }));
    await waitFor(() => expect(fieldError('单位名称')).toBe('必填'));
    expect(fieldError('联系人')).toBe('必填');
    await user.click(screen.getByRole('button', { name: '返回列表' }));

    // The slip's barcode scanned: the order opens.
    const scan = screen.getByLabelText('扫描或输入预约单号（回车打开）');
    await user.type(scan, `${confirmed.number.toLowerCase()}{Enter}`);
    await waitFor(() => expect(heading()).toBe(`预约 ${confirmed.number} · 已确认`));
    const entries = await desk.db.entries.count();
    await user.click(screen.getByRole('button', { name: '取消预约…' }));
    await waitFor(() => expect(fieldError('取消原因')).toBe('必填'));
    await typeInto(user, '取消原因', '顾客改订别的款式');
    await user.click(screen.getByRole('button', { name: '取消预约…' }));
    await waitFor(() => expect(radioGroupError('定金 ¥50.00 如何处理')).toBe('请选择定金退还还是不退'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.entries.count()).toBe(entries);
    await user.click(screen.getByRole('radio', { name: '定金不退' }));
    await user.click(screen.getByRole('button', { name: '取消预约…' }));
    await user.click(within(await screen.findByRole('dialog', { name: '确认取消预约' })).getByRole('button', { name: '取消预约' }));
    await waitFor(() => expect(heading()).toBe(`预约 ${confirmed.number} · 已取消`));
    expect((await desk.db.preOrders.get(confirmed.id))?.cancelled).toMatchObject({ reason: '顾客改订别的款式', deposit: 'kept' });
    expect(screen.queryByRole('button', { name: '备货完成' })).toBeNull();
    expect(screen.queryByRole('button', { name: '取消预约…' })).toBeNull();
  });

  it('lists today’s pickups, the overdue ones, everything open and a chosen day; an unknown number is said so', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const late = await preOrderAt(desk.asClerk, 'ready', { pickupAt: shanghai(11, 0), customerName: '李先生' });
    const later = await preOrderAt(desk.asClerk, 'confirmed', { pickupAt: shanghai(18, 0) });
    const tomorrow = await preOrderAt(desk.asClerk, 'taken', { kind: 'group', organisation: '实验小学', customerName: '赵老师', pickupAt: shanghai(10, 0, 26) });
    desk.clock.advance(2 * HOUR);
    await renderSignedIn(desk, CLERK.staffNo, <PreOrdersScreen />);

    const numbers = () => rows().map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    await waitFor(() => expect(numbers()).toEqual([late.number, later.number]));
    expect(screen.getByRole('table', { name: '今日取货的预约' })).toBeTruthy();
    expect(rows()[0]!.className).toBe('po-overdue');
    expect(within(rows()[0]!).getByText('超时')).toBeTruthy();
    expect(rows()[1]!.className).toBe('');

    await user.click(screen.getByRole('button', { name: '超时未取' }));
    await waitFor(() => expect(numbers()).toEqual([late.number]));
    await user.click(screen.getByRole('button', { name: '未完成' }));
    await waitFor(() => expect(numbers()).toEqual([late.number, later.number, tomorrow.number]));
    expect(within(rows()[2]!).getByText('实验小学 · 赵老师')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '按日期' }));
    await typeInto(user, '取货日期', '2026-11-26');
    await waitFor(() => expect(numbers()).toEqual([tomorrow.number]));

    const scan = screen.getByLabelText('扫描或输入预约单号（回车打开）');
    await user.type(scan, 'YD-S01-C1-261125-0099{Enter}');
    expect(await screen.findByText('没有单号为 YD-S01-C1-261125-0099 的预约')).toBeTruthy();
    await user.click(within(rows()[0]!).getByRole('button', { name: `打开 ${tomorrow.number}` }));
    await waitFor(() => expect(heading()).toBe(`预约 ${tomorrow.number} · 已登记`));
  });
});
