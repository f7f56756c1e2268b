// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResponsibilityScreen } from '../../renderer/features/complaints/responsibility/ResponsibilityScreen';
import { recordComplaint, sh, takeSteps, TO_INVESTIGATED } from './complaintMonthFixture';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';

const rowText = (table: HTMLElement, text: string) => within(table).getByText(text).closest('tr')!.textContent;

describe('responsibility monthly view', () => {
  it('gives points per person with a repeat in the month and the direct supervisor share, and lists what waits for responsibility', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const clerkIs = (n: number) => ['responsibilityAssigned', { causeType: 'staff', staffNo: CLERK.staffNo, directSupervisorNo: SUPERVISOR.staffNo, note: `第${n}次` }] as const;
    // The clerk's first and second complaint of November; the second makes the supervisor share.
    const first = await recordComplaint(desk.asClerk, { receivedAt: sh(2026, 11, 3, 10) });
    await takeSteps(desk.asSupervisor, first.id, [...TO_INVESTIGATED, clerkIs(1)]);
    const second = await recordComplaint(desk.asClerk, { receivedAt: sh(2026, 11, 12, 15) });
    await takeSteps(desk.asSupervisor, second.id, [...TO_INVESTIGATED, clerkIs(2)]);
    // Someone from a department (not desk staff): the name typed with the responsibility is shown.
    const other = await recordComplaint(desk.asClerk, { receivedAt: sh(2026, 11, 20, 9) });
    await takeSteps(desk.asSupervisor, other.id, [...TO_INVESTIGATED, ['responsibilityAssigned', { causeType: 'management', staffNo: 'E77', staffName: '王五' }]]);
    // A system cause names no one; October's does not count in November.
    const system = await recordComplaint(desk.asClerk, { receivedAt: sh(2026, 11, 21, 9) });
    await takeSteps(desk.asSupervisor, system.id, [...TO_INVESTIGATED, ['responsibilityAssigned', { causeType: 'system' }]]);
    const october = await recordComplaint(desk.asClerk, { receivedAt: sh(2026, 10, 31, 23) });
    await takeSteps(desk.asSupervisor, october.id, [...TO_INVESTIGATED, clerkIs(0)]);
    // Investigated without responsibility: waiting. Only recorded: not yet.
    const waiting = await recordComplaint(desk.asClerk, { receivedAt: sh(2026, 11, 24, 11), category: 'serviceAttitude' });
    await takeSteps(desk.asSupervisor, waiting.id, [...TO_INVESTIGATED.slice(0, 3), ['investigated', { cause: '收银员态度冷淡' }]]);
    await recordComplaint(desk.asClerk, { receivedAt: sh(2026, 11, 25, 9) });

    await renderSignedIn(desk, SUPERVISOR.staffNo, <ResponsibilityScreen />);
    expect((await screen.findByLabelText<HTMLInputElement>('月份')).value).toBe('2026-11');
    const people = await screen.findByRole('table', { name: '按人员' });
    // Staff no, name, own complaints, own points, shared, total.
    expect(rowText(people, CLERK.staffNo)).toBe('1001李小红215015');
    expect(rowText(people, SUPERVISOR.staffNo)).toBe('9001王主管0055');
    expect(rowText(people, 'E77')).toBe('E77王五1505');
    expect(within(people).getAllByRole('row')).toHaveLength(4);

    const lines = screen.getByRole('table', { name: '扣分明细' });
    expect(rowText(lines, first.number)).toBe(`${first.number}李小红 (1001)第 1 件5王主管 (9001)0`);
    expect(rowText(lines, second.number)).toBe(`${second.number}李小红 (1001)第 2 件10王主管 (9001)5`);
    expect(within(lines).queryByText(october.number)).toBeNull();
    expect(within(lines).queryByText(system.number)).toBeNull();

    const waitingList = screen.getByRole('table', { name: '待认定责任' });
    expect(within(waitingList).getAllByRole('row')).toHaveLength(2);
    expect(rowText(waitingList, waiting.number)).toContain('收银员态度冷淡');
    await user.click(within(waitingList).getByRole('button', { name: `查看 ${waiting.number}` }));
    expect(within(waitingList).getByText(waiting.number).closest('tr')!.className).toBe('selected');

    // October: the one complaint there is the clerk's first.
    await user.clear(screen.getByLabelText('月份'));
    await user.type(screen.getByLabelText('月份'), '2026-10');
    const october10 = await screen.findByText(`${october.number}`);
    expect(october10.closest('tr')!.textContent).toBe(`${october.number}李小红 (1001)第 1 件5王主管 (9001)0`);
  });

  it('is for supervisors: a clerk is refused', async () => {
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <ResponsibilityScreen />);
    expect((await screen.findByRole('alert')).textContent).toBe('当前员工无权执行此操作');
  });
});
