// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/entry';
import { newId } from '../../shared/domain/ids';
import { useSession } from '../../renderer/app/session';
import { useSyncState } from '../../renderer/app/sync/syncState';
import { handOutGift } from '../../renderer/db/gifts/handout';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { registerServiceCall } from '../../renderer/db/service/calls';
import { depositItem, releaseWithLostTicket } from '../../renderer/db/storage/bulky';
import { closeDay } from '../../renderer/db/dayClose/close';
import { registerReturn } from '../../renderer/db/returns/register';
import { reverseReturn } from '../../renderer/db/returns/reverse';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { LogScreen } from '../../renderer/features/supervisor/LogScreen';
import { useLanguage } from '../../renderer/i18n';
import { recordComplaint } from './complaintWorkflowFixture';
import { makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';
import { handoutRequest, runningCampaign } from './giftsFixture';
import { callForm, makeServiceDesk } from './serviceFixture';
import { shanghai } from './serviceScreens';

afterEach(() => {
  cleanup();
  useSyncState.setState({ run: { phase: 'off' } });
});

const MIN = 60_000;
const suitcase = { description: '黑色行李箱', count: '1', slot: 'A-01' };
const pram = { description: '婴儿车', count: '1', slot: 'B-01' };
const kettleRefund = {
  receiptNo: 'POS-00123456',
  purchaseDate: '2026-11-23',
  lines: [{ sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '1', quantity: '1', unitPrice: '99.90', disposition: 'restock' }],
  reason: 'quality',
  condition: 'faulty',
  outcome: 'refund',
  refundMethod: 'cash',
};

type Desk = Awaited<ReturnType<typeof makeDesk>>;

async function renderLog(desk: Pick<Desk, 'db' | 'clock'>) {
  useLanguage.setState({ language: 'zh-CN' });
  const wrapper = await signedInWrapper(desk, SUPERVISOR);
  return render(
    <QueueRowsProvider>
      <LogScreen />
    </QueueRowsProvider>,
    { wrapper },
  );
}

const logTable = () => screen.getByRole('table', { name: /的操作记录/ });

/** The drawn lines as [counter, action, number, summary]. */
function lines(): string[][] {
  return within(logTable())
    .getAllByRole('row')
    .slice(1)
    .map((r) => {
      const c = within(r).getAllByRole('cell').map((cell) => cell.textContent ?? '');
      return [c[1]!, c[4]!, c[5]!, c[6]!];
    });
}

/**
 * Set up on 24 Nov. 25 Nov at counter C1: a suitcase deposited at 10:00. Counter C2 has the
 * store's entries, deposits a pram at 10:05 and releases the suitcase on a
 * lost ticket with the supervisor's approval at 10:10; C1 receives that by
 * sync at 10:15 and the supervisor signs in at 10:20.
 */
async function twoCounterDay() {
  const desk = await makeDesk(Date.UTC(2026, 10, 24, 2, 0));
  desk.clock.advance(24 * 60 * MIN);
  const item = await depositItem(desk.asClerk, newId(), suitcase);
  const c2 = desk.otherCounter('C2');
  await applyIncomingEntries(c2, await desk.db.entries.toArray());
  desk.clock.advance(5 * MIN);
  const pramItem = await depositItem(c2, newId(), pram);
  desk.clock.advance(5 * MIN);
  await releaseWithLostTicket(c2, { itemId: item.id, identity: { contents: '黑色行李箱', phone: '13800138000', note: '身份证核对' } }, SUPERVISOR);
  desk.clock.advance(5 * MIN);
  await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
  desk.clock.advance(5 * MIN);
  return { desk, c2, item, pramItem };
}

describe('the daily log of every counter', () => {
  it('shows the other counter’s lines with their counter and summary, and each entry once', async () => {
    const { desk, item, pramItem } = await twoCounterDay();
    await renderLog(desk);
    await screen.findByText('2026-11-25 的操作记录（显示 4 / 共 4 条，最新在前）');
    expect(lines()).toEqual([
      ['C1', '收到同步记录', '', '2 entries'],
      ['C2', '取件', item.number, `${item.number} lostTicket`],
      ['C2', '寄存登记', pramItem.number, `${pramItem.number} 婴儿车 x1 @B-01`],
      ['C1', '寄存登记', item.number, `${item.number} 黑色行李箱 x1 @A-01`],
    ]);
    const released = within(logTable()).getAllByRole('row')[2]!;
    expect(within(released).getAllByRole('cell')[3]?.textContent).toBe('9001 王主管');
  });

  it('filters by counter, staff, area and action, and keeps a chosen counter on a day without it', async () => {
    const user = userEvent.setup();
    const { desk } = await twoCounterDay();
    await renderLog(desk);
    await screen.findByText(/显示 4 \/ 共 4 条/);

    await user.selectOptions(screen.getByLabelText('柜台'), 'C2');
    expect(lines().map((l) => l[1])).toEqual(['取件', '寄存登记']);
    await user.selectOptions(screen.getByLabelText('柜台'), '全部');

    // The supervisor approved the release: staff matches an approver too.
    await user.selectOptions(screen.getByLabelText('员工'), '9001 王主管');
    expect(lines().map((l) => l[1])).toEqual(['取件']);
    await user.selectOptions(screen.getByLabelText('员工'), '全部');

    await user.selectOptions(screen.getByLabelText('业务'), '同步');
    expect(lines().map((l) => l[1])).toEqual(['收到同步记录']);
    await user.selectOptions(screen.getByLabelText('业务'), '全部');

    // The day's actions in pinyin order.
    const actions = within(screen.getByLabelText('操作')).getAllByRole('option').map((o) => o.textContent);
    expect(actions).toEqual(['全部', '寄存登记', '取件', '收到同步记录']);
    await user.selectOptions(screen.getByLabelText('操作'), '寄存登记');
    expect(screen.getByText('2026-11-25 的操作记录（显示 2 / 共 4 条，最新在前）')).toBeTruthy();
    expect(lines().map((l) => l[0])).toEqual(['C2', 'C1']);

    await user.selectOptions(screen.getByLabelText('柜台'), 'C2');
    fireEvent.change(screen.getByLabelText('日期'), { target: { value: '2026-11-24' } });
    // The 24th is the set-up day: C1's lines only.
    await screen.findByText('2026-11-24 的操作记录（显示 0 / 共 3 条，最新在前）');
    expect(screen.getByLabelText<HTMLSelectElement>('柜台').value).toBe('C2');
    expect(screen.getByLabelText<HTMLSelectElement>('操作').value).toBe('storage.deposited');
    expect(screen.getByText('没有记录')).toBeTruthy();
  });

  it('marks a correction of a closed day and an entry that arrived after the close, and raises both with the day left unclosed', async () => {
    const user = userEvent.setup();
    // 24 Nov: C1 refunds a kettle; C2 holds the store's entries.
    const desk = await makeDesk(Date.UTC(2026, 10, 24, 2, 0));
    const kettleReturn = await registerReturn(desk.asClerk, newId(), kettleRefund);
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    // 25 Nov 09:00: the supervisor closes the 24th at C1.
    desk.clock.at = Date.UTC(2026, 10, 25, 1, 0);
    await closeDay(desk.asSupervisor, { day: '2026-11-24', notes: '' }, SUPERVISOR);
    // C2, offline and its clock behind, deposits a pram stamped 24 Nov 18:00; it syncs in at 10:00.
    desk.clock.at = Date.UTC(2026, 10, 24, 10, 0);
    const pramItem = await depositItem(c2, newId(), pram);
    desk.clock.at = Date.UTC(2026, 10, 25, 2, 0);
    await applyIncomingEntries(desk.asClerk, (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
    // The refund was wrong: reversed today, a correction of the closed 24th.
    await reverseReturn(desk.asClerk, { returnId: kettleReturn.id, reason: '录错' }, SUPERVISOR);
    // 27 Nov: the 25th was worked and not closed.
    desk.clock.at = Date.UTC(2026, 10, 27, 2, 0);

    await renderLog(desk);
    const needs = (key: string) => screen.getByTestId('needs-supervisor').querySelector<HTMLElement>(`[data-attention="${key}"]`);
    await waitFor(() => expect(needs('unclosedDays')?.textContent).toContain('尚未日结的日子：1 天 · 2026-11-25'));
    expect(needs('lateEntries')?.textContent).toContain('日结后才到达的记录（近 7 天）：1 条');
    await user.click(within(needs('unclosedDays')!).getByRole('button', { name: '打开“日结”' }));
    expect(useSession.getState().view).toBe('dayClose');

    const day = screen.getByLabelText('日期');
    fireEvent.change(day, { target: { value: '2026-11-25' } });
    await waitFor(() => expect(lines().some((l) => l[3]!.startsWith('更正 2026-11-24 的记录'))).toBe(true));
    fireEvent.change(day, { target: { value: '2026-11-24' } });
    await waitFor(() => expect(lines().map((l) => l[3])).toContain(`日结后到达${pramItem.number} 婴儿车 x1 @B-01`));
  });
});

describe('what needs a supervisor', () => {
  /**
   * 25 Nov: one cup left; C1 and C2 both hand it out for one receipt offline
   * (a stock alarm and two conflicts), C2 releases a suitcase with the
   * supervisor's approval, a phone complaint comes in at 10:00 and a call left
   * from yesterday 15:00 waits; at 12:00 the supervisor opens the log.
   */
  async function busyDay() {
    const desk = await makeServiceDesk();
    const item = await depositItem(desk.asClerk, newId(), suitcase);
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 1 });
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await handOutGift(desk.asClerk, newId(), handoutRequest(campaign.id));
    await handOutGift(c2, newId(), handoutRequest(campaign.id));
    await releaseWithLostTicket(c2, { itemId: item.id, identity: { contents: '黑色行李箱', phone: '13800138000', note: '身份证核对' } }, SUPERVISOR);
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await recordComplaint(desk.asClerk, { channel: 'phone' });
    await registerServiceCall(desk.asClerk, newId(), callForm(shanghai(15, 0, 24)));
    desk.clock.advance(2 * 60 * MIN);
    return desk;
  }

  const needs = (key: string) => screen.getByTestId('needs-supervisor').querySelector<HTMLElement>(`[data-attention="${key}"]`);

  it('counts approvals given at any counter, overdue complaints and calls, stock alarms and conflicts, with the screen that handles each', async () => {
    const user = userEvent.setup();
    const desk = await busyDay();
    await renderLog(desk);
    await waitFor(() => expect(needs('complaintsOverdue')?.textContent).toContain('超时投诉：1 件'));
    expect(needs('approved')?.textContent).toBe('2026-11-25 主管审批通过：1 次');
    expect(needs('serviceOverdue')?.textContent).toContain('超过到达时限的叫修：1 单');
    expect(needs('stockAlarms')?.textContent).toContain('赠品库存告警：1 条');
    expect(needs('conflicts')?.textContent).toBe('跨柜台冲突：2 条');
    expect(needs('stockAlarms')?.className).toBe('notice notice--danger');
    expect(needs('disposal')?.className).toBe('muted');
    // Sync is off: nothing is said about other counters.
    expect(needs('unsynced')).toBeNull();

    await user.click(within(needs('complaintsOverdue')!).getByRole('button', { name: '打开“投诉处理”' }));
    expect(useSession.getState().view).toBe('complaintQueue');
    await user.click(within(needs('serviceOverdue')!).getByRole('button', { name: '打开“派工”' }));
    expect(useSession.getState().view).toBe('serviceBoard');
  });

  it('with sync on, names this counter with entries not yet sent and another counter quiet for over an hour', async () => {
    const desk = await busyDay();
    await renderLog(desk);
    await waitFor(() => expect(needs('conflicts')).not.toBeNull());
    expect(needs('unsynced')).toBeNull();
    act(() => useSyncState.setState({ run: { phase: 'retrying' } }));
    await waitFor(() => expect(needs('unsynced')?.textContent).toContain('未同步的柜台：2 个 · C1, C2'));
    expect(within(needs('unsynced')!).getByRole('button', { name: '打开“设置”' })).toBeTruthy();
  });
});

describe('a day of 5,000 lines', () => {
  it('draws a window of rows, tells a screen reader how many there are, and moves the window on scroll', async () => {
    // Set up the day before: the 25th holds only these lines.
    const desk = await makeDesk(Date.UTC(2026, 10, 24, 2, 0));
    desk.clock.advance(24 * 60 * MIN);
    const from = desk.clock.now();
    const entries: Entry[] = Array.from({ length: 5000 }, (_, i) => ({
      id: newId(from + i * 1000),
      recordType: 'storage',
      recordId: newId(),
      type: 'printed',
      schemaVersion: 1,
      store: 'S01',
      counter: `C${(i % 4) + 2}`,
      seq: Math.floor(i / 4) + 1,
      hlc: String(from + i * 1000),
      at: from + i * 1000,
      by: '1001',
      data: {},
      summary: `第 ${i + 1} 条`,
    }));
    await desk.db.entries.bulkAdd(entries);
    desk.clock.advance(5000 * 1000);
    await renderLog(desk);
    await screen.findByText(/显示 5000 \/ 共 5000 条/);
    const table = logTable();
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const drawn = () => within(table).getAllByRole('row').slice(1);
    expect(drawn().length).toBeLessThan(60);
    expect(drawn()[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(within(drawn()[0]!).getAllByRole('cell')[6]?.textContent).toBe('第 5000 条');

    const scroller = table.parentElement!;
    act(() => {
      scroller.scrollTop = 36 * 3000;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(drawn().some((r) => r.getAttribute('aria-rowindex') === '3002')).toBe(true));
    expect(drawn().length).toBeLessThan(60);
    const line3000 = drawn().find((r) => r.getAttribute('aria-rowindex') === '3002')!;
    expect(within(line3000).getAllByRole('cell')[6]?.textContent).toBe('第 2000 条');
  });
});
