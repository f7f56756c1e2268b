// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../renderer/app/session';
import { markCalendarDay } from '../../renderer/db/complaints/settings';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { ComplaintQueueScreen } from '../../renderer/features/complaints/queue/ComplaintQueueScreen';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { SUPERVISOR } from './deskFixture';
import { makeComplaintDesk, recordComplaint } from './complaintWorkflowFixture';
import { renderSignedIn } from './renderDesk';

const MIN = 60_000;

/** The screen as the shell gives it: inside the one provider of queue rows. */
function QueueScreen() {
  return (
    <QueueRowsProvider>
      <ComplaintQueueScreen />
    </QueueRowsProvider>
  );
}

function queueRows(): string[][] {
  const table = screen.getByRole('table', { name: '待处理投诉（最紧急的在前）' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

/** The queue's clock ticks every 30 s: the test moves the desk clock, then lets one tick pass. */
async function tick(desk: { clock: { advance(ms: number): void } }, ms: number) {
  desk.clock.advance(ms);
  await act(async () => {
    vi.advanceTimersByTime(30_000);
    await Promise.resolve();
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('complaint queue', () => {
  it('sorts open complaints by urgency with time left, then overdue in red after time moves; filters overdue and mine', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    // Wednesday 2026-11-25 10:00 in Shanghai.
    const desk = await makeComplaintDesk();
    const phone = await recordComplaint(desk.asClerk, { channel: 'phone' });
    desk.clock.advance(5 * MIN);
    const urgent = await recordComplaint(desk.asClerk, { channel: 'phone', severity: 'urgent', category: 'environmentSafety' });
    const atDesk = await recordComplaint(desk.asClerk, { channel: 'desk' });
    await renderSignedIn(desk, SUPERVISOR.staffNo, <QueueScreen />);

    await screen.findByRole('table', { name: '待处理投诉（最紧急的在前）' });
    let rows = queueRows();
    expect(rows.map((r) => r[0])).toEqual([urgent.number, phone.number, atDesk.number]);
    expect(rows[0]).toEqual([urgent.number, '2026-11-25 10:05', '环境/安全 · 紧急/安全', '已登记', '总台领班', '未分派', '人员到场 · 还剩 10 分钟']);
    expect(rows[1]?.[6]).toBe('首次联系顾客 · 还剩 55 分钟');
    // At the desk the customer was spoken to at once: the next limit is finding the cause, in 24 hours.
    expect(rows[2]?.[6]).toBe('查明原因与责任 · 还剩 1 天');
    expect(screen.getByRole('button', { name: '已超时（0）' })).toBeTruthy();

    // 11:20: the on-site limit (10:15) is 1 h 5 min overdue, the first contact (11:00) 20 min.
    await tick(desk, 75 * MIN);
    rows = queueRows();
    expect(rows.map((r) => r[0])).toEqual([urgent.number, phone.number, atDesk.number]);
    expect(rows[0]?.[6]).toBe('人员到场 · 已超时 1 小时 5 分');
    expect(rows[0]?.[4]).toBe('总台领班 · 应升级至主管');
    expect(rows[1]?.[6]).toBe('首次联系顾客 · 已超时 20 分钟');
    const overdueCell = within(screen.getAllByRole('row')[1]!).getByText('人员到场 · 已超时 1 小时 5 分');
    expect(overdueCell.className).toBe('cq-overdue');
    expect(rows[2]?.[6]).toBe('查明原因与责任 · 还剩 22 小时 45 分');

    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.click(screen.getByRole('button', { name: '已超时（2）' }));
    expect(queueRows().map((r) => r[0])).toEqual([urgent.number, phone.number]);

    // Assigned to the supervisor, paused while waiting for the customer: shown as paused, after the running ones.
    await takeComplaintStep(desk.asSupervisor, atDesk.id, 'validityJudged', { valid: true, reason: '属实' });
    await takeComplaintStep(desk.asSupervisor, atDesk.id, 'classified', { solvability: 'shortTime' });
    await takeComplaintStep(desk.asSupervisor, atDesk.id, 'assigned', { departments: ['生鲜部', '客服部'], ownerName: '王主管', ownerStaffNo: SUPERVISOR.staffNo });
    await takeComplaintStep(desk.asSupervisor, atDesk.id, 'timerPaused', { reason: 'waitingForCustomer' });
    await user.click(await screen.findByRole('button', { name: '我负责的（1）' }));
    rows = queueRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[3]).toBe('已分派');
    expect(rows[0]?.[5]).toBe('王主管 · 生鲜部、客服部');
    expect(rows[0]?.[6]).toMatch(/^部门联系顾客 · 已暂停（还剩 30 分钟）$/);
    await user.click(screen.getByRole('button', { name: '全部（3）' }));
    expect(queueRows().map((r) => r[0])).toEqual([urgent.number, phone.number, atDesk.number]);

    // Arrow keys move between lines; Enter opens the complaint.
    screen.getByRole('button', { name: `打开投诉 ${urgent.number}` }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `打开投诉 ${phone.number}` }));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: `投诉 ${phone.number}` })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '返回' }));
    expect(await screen.findByRole('heading', { name: '待处理投诉' })).toBeTruthy();
  });

  it('shows at once what another counter did (its entries synced in) and a step taken here, the rest of the queue kept', async () => {
    const desk = await makeComplaintDesk();
    const here = await recordComplaint(desk.asClerk, { channel: 'phone' });
    const other = await recordComplaint(desk.asClerk, { channel: 'desk' });
    await renderSignedIn(desk, SUPERVISOR.staffNo, <QueueScreen />);
    await screen.findByRole('table', { name: '待处理投诉（最紧急的在前）' });
    expect(queueRows().map((r) => [r[0], r[6]])).toEqual([
      [here.number, '首次联系顾客 · 还剩 1 小时'],
      [other.number, '查明原因与责任 · 还剩 1 天'],
    ]);

    // Counter C2 has this counter's entries, takes an urgent complaint and calls back the customer of the first one.
    const c2 = await desk.joinedCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    const urgent = await recordComplaint(c2, { channel: 'phone', severity: 'urgent', category: 'environmentSafety' });
    await takeComplaintStep(c2, here.id, 'customerContacted', { party: 'desk' });
    // This counter pulls them: the new complaint comes first, the one called back waits for its cause.
    const pulled = await c2.db.entries.toArray();
    await act(() => applyIncomingEntries(desk.asClerk, pulled));
    await waitFor(() =>
      expect(queueRows().map((r) => [r[0], r[6]])).toEqual([
        [urgent.number, '人员到场 · 还剩 10 分钟'],
        [here.number, '查明原因与责任 · 还剩 1 天'],
        [other.number, '查明原因与责任 · 还剩 1 天'],
      ]),
    );

    // Judged invalid here, the first one is answered and closed: it leaves the queue.
    await act(() => takeComplaintStep(desk.asLead, here.id, 'validityJudged', { valid: false, reason: '不属实', answer: '已向顾客解释' }));
    await waitFor(() => expect(queueRows().map((r) => r[0])).toEqual([urgent.number, other.number]));
    expect(screen.getByRole('button', { name: '全部（2）' })).toBeTruthy();
  });

  it('draws a window of a long queue, not every line', async () => {
    const desk = await makeComplaintDesk();
    for (let i = 0; i < 80; i += 1) await recordComplaint(desk.asClerk);
    await renderSignedIn(desk, SUPERVISOR.staffNo, <QueueScreen />);
    const table = await screen.findByRole('table', { name: '待处理投诉（最紧急的在前）' });
    expect(table.getAttribute('aria-rowcount')).toBe('81');
    expect(within(table).getAllByRole('row').length).toBeLessThan(81);
    expect(screen.getByRole('button', { name: '全部（80）' })).toBeTruthy();
  });

  it('warns while next year’s holidays are not entered (from November), sends a supervisor to enter them, and stops once they are', async () => {
    const user = userEvent.setup();
    const desk = await makeComplaintDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <QueueScreen />);
    const notice = await screen.findByRole('note');
    expect(notice.textContent).toContain('2027 年的官方放假安排尚未录入：暂按法定节假日');
    expect(notice.textContent).toContain('临时推算');
    await markCalendarDay(desk.asSupervisor, { date: '2027-01-01', kind: 'holiday', note: '元旦' });
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
    await markCalendarDay(desk.asSupervisor, { date: '2027-01-01', kind: 'regular' });
    await user.click(await screen.findByRole('button', { name: '去录入' }));
    expect(useSession.getState().view).toBe('complaintSettings');
  });
});

