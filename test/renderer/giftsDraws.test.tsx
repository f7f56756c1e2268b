// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { drawWinners } from '../../shared/domain/gifts/draw';
import { DrawsScreen } from '../../renderer/features/gifts/DrawsScreen';
import { makeDesk, SUPERVISOR } from './deskFixture';
import { renderSignedIn } from './renderDesk';

const SEED = 'c0ffee00c0ffee00c0ffee00c0ffee00';

describe('draws screen', () => {
  it('draws with a shown seed, records the winners the pure draw gives, verifies, hands out a prize and prints', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <DrawsScreen />);
    const seedField = await screen.findByLabelText<HTMLInputElement>('随机种子（抽奖前公示，可复核）');
    // A fresh 128-bit seed is shown before anything is drawn.
    expect(seedField.value).toMatch(/^[0-9a-f]{32}$/);

    await user.type(screen.getByLabelText('抽奖名称'), '店庆抽奖');
    await user.type(screen.getByLabelText('奖项 1 名称'), '一等奖');
    await user.type(screen.getByLabelText('奖项 1 奖品'), '电视机');
    await user.click(screen.getByRole('button', { name: '添加奖项' }));
    await user.type(screen.getByLabelText('奖项 2 名称'), '二等奖');
    await user.type(screen.getByLabelText('奖项 2 奖品'), '电饭煲');
    await user.clear(screen.getByLabelText('奖项 2 名额'));
    await user.type(screen.getByLabelText('奖项 2 名额'), '3');
    await user.type(screen.getByLabelText('参与者（每行一个：小票号或手机尾号）'), 'R001001{Enter}5678{Enter}r001001{Enter}1234');
    expect(screen.getByTestId('participant-count').textContent).toBe('共 3 人，已去除重复 1 条（R001001）');
    expect(screen.getByText('参与人数 3 少于奖品数 4：多出的奖品不抽出')).toBeTruthy();
    await user.clear(seedField);
    await user.type(seedField, SEED);

    await user.click(screen.getByRole('button', { name: '开始抽奖…' }));
    const dialog = await screen.findByRole('dialog', { name: '确认抽奖' });
    expect(dialog.textContent).toContain(`店庆抽奖：3 人参与，4 个奖品，种子 ${SEED}`);
    await user.click(within(dialog).getByRole('button', { name: '抽奖' }));

    const detail = await screen.findByRole('region', { name: 'CJ-S01-C1-261125-0001 店庆抽奖' });
    const expected = drawWinners(SEED, ['R001001', '5678', '1234'], [
      { name: '一等奖', prize: '电视机', quantity: 1 },
      { name: '二等奖', prize: '电饭煲', quantity: 3 },
    ]);
    const rows = within(within(detail).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent))).toEqual(
      expected.winners.map((w) => [w.tier, w.tier === '一等奖' ? '电视机' : '电饭煲', w.participant]),
    );
    expect(within(detail).getByText('二等奖 有 1 个名额未抽出（参与人数不足）')).toBeTruthy();
    expect(within(detail).getByTestId('draw-seed').textContent).toBe(`种子：${SEED}`);

    await user.click(within(detail).getByRole('button', { name: '复核抽奖' }));
    expect(await within(detail).findByText(/^复核一致/)).toBeTruthy();

    const first = expected.winners[0]!.participant;
    await user.click(within(detail).getByRole('button', { name: `登记领奖 ${first}` }));
    const confirm = await screen.findByRole('dialog', { name: '登记领奖' });
    expect(confirm.textContent).toContain(`${first} 已领取一等奖（电视机）`);
    await user.click(within(confirm).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(within(detail).queryByRole('button', { name: `登记领奖 ${first}` })).toBeNull());
    expect((await desk.db.draws.toArray())[0]?.handedOut).toEqual([first]);

    await user.click(within(detail).getByRole('button', { name: '打印抽奖结果' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'drawResult', paper: 'A4', recordNumber: 'CJ-S01-C1-261125-0001' });
    expect(desktop.archive[0]!.request.html).toContain(SEED);
  });

  it('says what is missing before anything is drawn', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <DrawsScreen />);
    await user.click(await screen.findByRole('button', { name: '开始抽奖…' }));
    expect(await screen.findByText('请输入参与者名单')).toBeTruthy();
    expect(screen.getAllByText('必填').length).toBeGreaterThanOrEqual(3);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.draws.count()).toBe(0);
  });
});
