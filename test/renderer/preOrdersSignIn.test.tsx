// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs } from './renderApp';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { preOrderAt } from './preOrdersFixture';
import { shanghai } from './serviceScreens';

const HOUR = 3_600_000;

/** At 12:00: one order overdue since 11:00, one due at 18:00, one tomorrow, one picked up this morning. */
async function pickupDesk() {
  const desk = await makeDesk();
  const late = await preOrderAt(desk.asClerk, 'ready', { pickupAt: shanghai(11, 0), customerName: '李先生' });
  const later = await preOrderAt(desk.asClerk, 'confirmed', { kind: 'group', organisation: '实验小学', customerName: '赵老师', pickupAt: shanghai(18, 0) });
  const tomorrow = await preOrderAt(desk.asClerk, 'taken', { pickupAt: shanghai(10, 0, 26) });
  desk.clock.advance(2 * HOUR);
  return { desk, late, later, tomorrow };
}

const notice = (count: number) => screen.findByRole('complementary', { name: `今日取货与超时未取的预约（${count} 笔）` });

describe('pickups raised at sign-in', () => {
  it('a clerk signing in is shown today’s and overdue pickups, the overdue one marked, and can open the pre-orders', async () => {
    const { desk, late, later, tomorrow } = await pickupDesk();
    const user = userEvent.setup();
    renderApp(desk);
    await signInAs(user, CLERK);

    const shown = await notice(2);
    expect(within(shown).getByText('超时 1 笔')).toBeTruthy();
    const items = within(shown).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([`${late.number} 11-25 11:00 · 李先生 · 烘焙部 · 已备货`, `${later.number} 11-25 18:00 · 实验小学 · 烘焙部 · 已确认`]);
    expect(items[0]!.className).toBe('po-overdue');
    expect(shown.textContent).not.toContain(tomorrow.number);
    // The desk keeps working under it: the storage screen is there, not behind a dialog.
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(within(shown).getByRole('button', { name: '打开预约订货' }));
    expect(await screen.findByRole('heading', { name: '电话预约订货 · 团体购物' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '尚未取货或取消的预约（按取货时间）' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(screen.queryByRole('complementary', { name: /今日取货与超时未取/ })).toBeNull();
  });

  it('“Later” puts it away for this sign-in; the next sign-in shows it again', async () => {
    const { desk } = await pickupDesk();
    const user = userEvent.setup();
    const first = renderApp(desk);
    await signInAs(user, SUPERVISOR);
    await user.click(within(await notice(2)).getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('complementary', { name: /今日取货与超时未取/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: '预约订货' }));
    expect(await screen.findByRole('heading', { name: '电话预约订货 · 团体购物' })).toBeTruthy();
    expect(screen.queryByRole('complementary', { name: /今日取货与超时未取/ })).toBeNull();
    first.unmount();

    renderApp(desk);
    await signInAs(user, CLERK);
    expect(await notice(2)).toBeTruthy();
  });

  it('no notice when nothing is due today or overdue', async () => {
    const desk = await makeDesk();
    await preOrderAt(desk.asClerk, 'taken', { pickupAt: shanghai(10, 0, 26) });
    const user = userEvent.setup();
    renderApp(desk);
    await signInAs(user, CLERK);
    // Once the screen has read the orders, the notice's own read (made first) has been answered too.
    await user.click(screen.getByRole('button', { name: '预约订货' }));
    expect(await screen.findByText('没有符合的预约')).toBeTruthy();
    expect(screen.queryByRole('complementary', { name: /今日取货与超时未取/ })).toBeNull();
  });
});
