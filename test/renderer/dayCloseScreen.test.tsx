// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { registerReturn } from '../../renderer/db/returns/register';
import { depositItem } from '../../renderer/db/storage/bulky';
import { DayCloseScreen } from '../../renderer/features/dayClose/DayCloseScreen';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { StatusBar } from '../../renderer/app/StatusBar';
import { QueueRowsProvider } from '../../renderer/features/complaints/queue/QueueRows';
import { useSession } from '../../renderer/app/session';
import { renderSignedIn } from './renderDesk';

const HOUR = 3_600_000;
const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });
const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'cash' };

/** 2026-11-25 worked at C1 and C2 (synced); the supervisor opens 日结 the next morning. */
async function yesterdayOnTwoCounters() {
  const desk = await makeDesk();
  const c2 = desk.otherCounter('C2');
  await applyIncomingEntries(c2, await desk.db.entries.toArray());
  await depositItem(desk.asClerk, newId(), bag('A-01'));
  await registerReturn(desk.asClerk, newId(), refund);
  await depositItem(c2, newId(), bag('B-07'));
  await applyIncomingEntries(desk.asClerk, (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
  desk.clock.advance(24 * HOUR);
  return desk;
}

const row = (name: string) => within(screen.getByTestId('day-close-counters')).getByRole('rowheader', { name }).closest('tr')!;
const cellsOf = (tr: Element) => [...tr.querySelectorAll('td')].map((td) => td.textContent);

describe('日结 screen', () => {
  afterEach(() => cleanup());

  it('raises yesterday as not closed, shows each counter, signs with number and PIN, prints and checks it', async () => {
    const desk = await yesterdayOnTwoCounters();
    const user = userEvent.setup();
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <DayCloseScreen />);
    expect((await screen.findByTestId('unclosed-days')).textContent).toContain('2026-11-25');
    expect(screen.getByLabelText<HTMLInputElement>('营业日').value).toBe('2026-11-25');
    await screen.findByText('2026-11-25 待日结');
    expect(cellsOf(row('寄存'))).toEqual(['1', '1', '2']);
    expect(cellsOf(row('退款 · 现金（元）'))).toEqual(['99.90', '0.00', '99.90']);
    expect(screen.getByText('没有发现对不上的地方')).toBeTruthy();

    await user.type(screen.getByLabelText('情况说明（对不上的地方）'), '现金核对无误');
    await user.click(screen.getByRole('button', { name: '签字日结' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/日结 2026-11-25：2 个柜台/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), '000000{Enter}');
    expect(await within(dialog).findByText('主管工号或 PIN 码不正确')).toBeTruthy();
    expect(await desk.db.dayCloses.count()).toBe(0);
    await user.clear(within(dialog).getByLabelText('主管 PIN 码'));
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), `${SUPERVISOR.pin}{Enter}`);

    await waitFor(() => expect(screen.getByTestId('day-close-signature').textContent).toBe('9001 王主管 于 2026-11-26 10:00 在 C1 签字日结'), { timeout: 5000 });
    expect(screen.getByText('现金核对无误')).toBeTruthy();
    // The notice is a live query of the days not closed: it goes once the query has run again after the close's commit.
    await waitFor(() => expect(screen.queryByTestId('unclosed-days')).toBeNull());

    await user.click(screen.getByRole('button', { name: '打印日结单' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'dayClose', paper: 'A4', recordNumber: 'CLOSE-2026-11-25' });
    expect(desktop.archive[0]!.request.html).toContain('日结单');
    expect(desktop.archive[0]!.request.html).toContain('现金核对无误');

    await user.click(screen.getByRole('button', { name: '复核' }));
    expect(await screen.findByText('复核一致：签字后没有记录被改动、缺失或补入')).toBeTruthy();
    expect(cellsOf(within(screen.getByTestId('day-close-check')).getAllByRole('row')[1]!)).toEqual(['C1', '7', '7', '一致', '一致', '0']);
  });

  it('the status bar raises the day not closed to a supervisor the next morning, and a click opens 日结', async () => {
    const desk = await yesterdayOnTwoCounters();
    const user = userEvent.setup();
    await renderSignedIn(desk, SUPERVISOR.staffNo, (
      <QueueRowsProvider>
        <StatusBar />
      </QueueRowsProvider>
    ));
    await user.click(await screen.findByRole('button', { name: '未日结 1 天' }));
    expect(useSession.getState().view).toBe('dayClose');
    cleanup();
    await renderSignedIn(desk, CLERK.staffNo, (
      <QueueRowsProvider>
        <StatusBar />
      </QueueRowsProvider>
    ));
    await screen.findByText('柜台 C1');
    expect(screen.queryByRole('button', { name: /未日结/ })).toBeNull();
  });

  it('an overlong note is refused at the field before any PIN is asked', async () => {
    const desk = await yesterdayOnTwoCounters();
    const user = userEvent.setup();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <DayCloseScreen />);
    await screen.findByText('2026-11-25 待日结');
    const notes = screen.getByLabelText('情况说明（对不上的地方）');
    await user.click(notes);
    await user.paste('长'.repeat(2001));
    await user.click(screen.getByRole('button', { name: '签字日结' }));
    expect(await screen.findByText('内容过长')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
