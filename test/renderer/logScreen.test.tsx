// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { LogScreen } from '../../renderer/features/supervisor/LogScreen';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { approve } from '../../renderer/db/approval';
import { signIn } from '../../renderer/db/staff';
import { depositItem } from '../../renderer/db/storage/bulky';
import { registerLostItem } from '../../renderer/db/storage/lostFound';
import { writeAudit } from '../../renderer/db/writePath';
import { makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';

afterEach(cleanup);

const MINUTE = 60_000;

/** Set up on 24 Nov; on 25 Nov a clerk works, fails one approval, and the supervisor signs in. */
async function deskWithADay() {
  const desk = await makeDesk(Date.UTC(2026, 10, 24, 2, 0));
  desk.clock.advance(24 * 60 * MINUTE);
  await registerLostItem(desk.asClerk, newId(), { description: '钱包', place: '收银台 3', finder: '收银员 赵', foundAt: desk.clock.now() });
  desk.clock.advance(5 * MINUTE);
  await depositItem(desk.asClerk, newId(), { description: '黑色行李箱', count: '1', slot: 'A-01' });
  desk.clock.advance(5 * MINUTE);
  await expect(approve(desk.asClerk, { staffNo: SUPERVISOR.staffNo, pin: '000000' }, 'lostFound.dispose')).rejects.toThrow();
  desk.clock.advance(5 * MINUTE);
  // A newer counter's action this build has no words for.
  await writeAudit(desk.asClerk, { action: 'complaint.opened', summary: 'TS-0001' });
  desk.clock.advance(5 * MINUTE);
  await signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin);
  return desk;
}

/** The log as the Shell shows it (inside the complaint queue's provider, which the attention list reads). */
async function renderLog(desk: Awaited<ReturnType<typeof makeDesk>>) {
  render(
    <QueueRowsProvider>
      <LogScreen />
    </QueueRowsProvider>,
    { wrapper: await signedInWrapper(desk, SUPERVISOR) },
  );
}

function actions(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelectorAll('td')[4]?.textContent ?? '');
}

describe('daily log screen', () => {
  it("shows the day's actions newest first, with what needs a supervisor on top", async () => {
    const desk = await deskWithADay();
    await renderLog(desk);
    expect(screen.getByLabelText<HTMLInputElement>('日期').value).toBe('2026-11-25');
    await screen.findByText('2026-11-25 的操作记录（显示 5 / 共 5 条，最新在前）');
    expect(actions()).toEqual(['登录', 'complaint.opened', '审批被拒', '寄存登记', '失物登记']);
    const first = within(screen.getByRole('table')).getAllByRole('row')[5]!;
    expect(first.textContent).toContain('10:00:00');
    expect(first.textContent).toContain('C1');
    expect(first.textContent).toContain('1001 李小红');
    expect(first.textContent).toContain('SW-S01-C1-261125-0001');

    const needs = await screen.findByTestId('needs-supervisor');
    expect(needs.textContent).toContain('2026-11-25 被拒绝的审批和操作：1 次');
    expect(await within(needs).findByText('寄存中（闭店后即过夜）：1 件')).toBeTruthy();
  });

  it('filters by staff, area and day', async () => {
    const user = userEvent.setup();
    const desk = await deskWithADay();
    await renderLog(desk);
    await screen.findByText(/显示 5 \/ 共 5 条/);

    await user.selectOptions(screen.getByLabelText('员工'), '9001 王主管');
    expect(actions()).toEqual(['登录']);
    await user.selectOptions(screen.getByLabelText('员工'), '1001 李小红');
    expect(actions()).toEqual(['complaint.opened', '审批被拒', '寄存登记', '失物登记']);
    await user.selectOptions(screen.getByLabelText('业务'), '寄存');
    expect(actions()).toEqual(['寄存登记']);

    await user.selectOptions(screen.getByLabelText('员工'), '全部');
    await user.selectOptions(screen.getByLabelText('业务'), '全部');
    fireEvent.change(screen.getByLabelText('日期'), { target: { value: '2026-11-24' } });
    await screen.findByText('2026-11-24 的操作记录（显示 3 / 共 3 条，最新在前）');
    // First run and the clerk's creation share one instant: their order among themselves is not defined.
    expect(actions().sort()).toEqual(['新增员工', '新增员工', '门店设置'].sort());
  });
});
