// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs } from './renderApp';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { CLERK, SUPERVISOR } from './deskFixture';
import { LEAD, makeComplaintDesk, recordComplaint } from './complaintWorkflowFixture';

const MIN = 60_000;

/** Two complaints past their limits (one raised already) and one on time, at 12:00 on the day they came in. */
async function overdueDesk() {
  const desk = await makeComplaintDesk();
  const late = await recordComplaint(desk.asClerk, { channel: 'phone' });
  desk.clock.advance(30 * MIN);
  const urgent = await recordComplaint(desk.asClerk, { channel: 'hotline', severity: 'urgent' });
  const onTime = await recordComplaint(desk.asClerk, { channel: 'desk' });
  desk.clock.advance(90 * MIN);
  await takeComplaintStep(desk.asClerk, urgent.id, 'escalated', { reason: 'overdue', deadlineKind: 'onSite' });
  return { desk, late, urgent, onTime };
}

describe('overdue complaints raised', () => {
  it('a supervisor signing in is shown the overdue complaints and can open the queue; the status bar counts them', async () => {
    const { desk, late, urgent, onTime } = await overdueDesk();
    const user = userEvent.setup();
    renderApp(desk);
    await signInAs(user, SUPERVISOR);

    const dialog = await screen.findByRole('dialog', { name: '有 2 件投诉已超时' });
    const rows = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    // Longest overdue first: the urgent one's on-site limit (10:40) before the phone one's first contact (11:00).
    expect(rows).toEqual([`${urgent.number}人员到场1 小时 20 分`, `${late.number}首次联系顾客1 小时`]);
    expect(screen.getByRole('button', { name: '超时投诉 2 件' })).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: '打开投诉列表' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const queue = await screen.findByRole('table', { name: '待处理投诉（最紧急的在前）' });
    expect(within(queue).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      urgent.number,
      late.number,
      onTime.number,
    ]);
  });

  it('“Later” closes the dialog for this sign-in; a clerk is not shown it but sees the count, which opens the queue', async () => {
    const { desk } = await overdueDesk();
    const user = userEvent.setup();
    const lead = renderApp(desk);
    await signInAs(user, LEAD);
    await user.click(within(await screen.findByRole('dialog', { name: '有 2 件投诉已超时' })).getByRole('button', { name: '稍后处理' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { name: '大件物品寄存' })).toBeTruthy();
    lead.unmount();

    renderApp(desk);
    await signInAs(user, CLERK);
    await user.click(await screen.findByRole('button', { name: '超时投诉 2 件' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('heading', { name: '待处理投诉' })).toBeTruthy();
  });

  it('no dialog and no count when nothing is overdue', async () => {
    const desk = await makeComplaintDesk();
    await recordComplaint(desk.asClerk);
    const user = userEvent.setup();
    renderApp(desk);
    await signInAs(user, SUPERVISOR);
    // Once the queue has read the complaints, the count has been made too.
    await user.click(screen.getByRole('button', { name: '投诉处理' }));
    const queue = await screen.findByRole('table', { name: '待处理投诉（最紧急的在前）' });
    expect(within(queue).getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: /超时投诉/ })).toBeNull();
  });
});
