// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { LostFoundScreen } from '../../renderer/features/lostFound/LostFoundScreen';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { claimLostItem, registerLostItem } from '../../renderer/db/storage/lostFound';
import { CLERK, makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';

afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const umbrella = { description: '蓝色折叠伞', place: '二楼女装区', finder: '保洁 刘阿姨' };

async function openScreen(who = CLERK, desk?: Awaited<ReturnType<typeof makeDesk>>) {
  const d = desk ?? (await makeDesk());
  const wrapper = await signedInWrapper(d, who);
  render(<LostFoundScreen />, { wrapper });
  return d;
}

describe('lost and found screen', () => {
  it('registers a found item and lists it under its SW number', async () => {
    const user = userEvent.setup();
    const desk = await openScreen();
    // The first field has the focus: the clerk can start typing at once.
    expect(document.activeElement).toBe(screen.getByLabelText('物品描述'));
    await user.type(screen.getByLabelText('物品描述'), umbrella.description);
    await user.type(screen.getByLabelText('拾获地点'), umbrella.place);
    await user.type(screen.getByLabelText('交还人'), `${umbrella.finder}{Enter}`);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('SW-S01-C1-261125-0001');
    const list = screen.getByRole('region', { name: '失物登记簿' });
    const row = (await within(list).findByText('SW-S01-C1-261125-0001')).closest('tr')!;
    expect(row.textContent).toContain('蓝色折叠伞');
    expect(row.textContent).toContain('保管中');
    // The found time defaulted to now on the services clock (10:00 in Shanghai).
    const [item] = await desk.db.lostItems.toArray();
    expect(item).toMatchObject({ foundAt: desk.clock.now(), registered: { by: CLERK.staffNo, counter: 'C1' } });
    // The form is empty again for the next item.
    expect(screen.getByLabelText<HTMLInputElement>('物品描述').value).toBe('');
  });

  it('reads the found time as store time and refuses a time in the future', async () => {
    const user = userEvent.setup();
    const desk = await openScreen();
    const when = screen.getByLabelText('拾获时间');
    expect((when as HTMLInputElement).value).toBe('2026-11-25T10:00');
    await user.type(screen.getByLabelText('物品描述'), umbrella.description);
    await user.type(screen.getByLabelText('拾获地点'), umbrella.place);
    await user.type(screen.getByLabelText('交还人'), umbrella.finder);
    await user.clear(when);
    await user.type(when, '2026-11-26T09:00');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('时间不能晚于现在')).toBeTruthy();
    expect(await desk.db.lostItems.count()).toBe(0);
    await user.clear(when);
    await user.type(when, '2026-11-25T08:30');
    await user.click(screen.getByRole('button', { name: '登记' }));
    await screen.findByRole('status');
    const [item] = await desk.db.lostItems.toArray();
    // 08:30 in Shanghai is 00:30 UTC, whatever zone this PC is set to.
    expect(item?.foundAt).toBe(Date.UTC(2026, 10, 25, 0, 30));
  });

  it('shows each missing field at the field and saves nothing', async () => {
    const user = userEvent.setup();
    const desk = await openScreen();
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findAllByText('必填')).toHaveLength(3);
    expect(await desk.db.lostItems.count()).toBe(0);
  });

  it('refuses a photo file that is not a picture, with a clear message', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await openScreen();
    const file = new File(['not a picture'], 'notes.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('照片（可选）'), file);
    expect(await screen.findByText(/所选文件不是可用的图片/)).toBeTruthy();
  });

  it('a claim needs the identity check, then a confirmation, and then shows who took it', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const item = await registerLostItem(desk.asClerk, newId(), { ...umbrella, foundAt: desk.clock.now() - 3_600_000 });
    await openScreen(CLERK, desk);
    await user.click(await screen.findByRole('button', { name: `查看 ${item.number}` }));
    // The item panel loads from the database after the click.
    await user.click(await screen.findByRole('button', { name: '办理认领' }));
    // Without the identity check nothing is handed over and no confirmation is asked.
    expect(await screen.findAllByText('必填')).toHaveLength(2);
    expect(screen.getByText(/电话号码格式不对/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await desk.db.lostItems.get(item.id))?.status).toBe('kept');

    await user.type(screen.getByLabelText('认领人姓名'), '陈女士');
    await user.type(screen.getByLabelText('认领人电话'), '139 1234 5678');
    await user.type(screen.getByLabelText('身份核对'), '说出伞柄有小熊挂件，身份证后四位 1234');
    await user.click(screen.getByRole('button', { name: '办理认领' }));
    const dialog = await screen.findByRole('dialog', { name: '确认交还物品' });
    expect(dialog.textContent).toContain('陈女士');
    await user.click(within(dialog).getByRole('button', { name: '确认交还' }));
    expect(await screen.findByText(/已由 陈女士（电话 13912345678）领取/)).toBeTruthy();
    expect(await desk.db.lostItems.get(item.id)).toMatchObject({ status: 'claimed', claimed: { claimantName: '陈女士', by: CLERK.staffNo } });
  });

  it('disposal is offered only when due and needs a supervisor PIN', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const old = await registerLostItem(desk.asClerk, newId(), { ...umbrella, foundAt: desk.clock.now() - 31 * DAY });
    const recent = await registerLostItem(desk.asClerk, newId(), { ...umbrella, description: '钥匙串', foundAt: desk.clock.now() - DAY });
    await openScreen(CLERK, desk);

    await user.click(await screen.findByRole('button', { name: `查看 ${recent.number}` }));
    expect(await screen.findByText(/后方可处置/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '处置…' })).toBeNull();

    await user.click(screen.getByRole('button', { name: `查看 ${old.number}` }));
    await user.click(await screen.findByRole('button', { name: '处置…' }));
    expect(await screen.findAllByText('必填')).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('处置方式'), '捐赠');
    await user.type(screen.getByLabelText('处置说明'), '保管期满无人认领，捐赠慈善超市');
    await user.click(screen.getByRole('button', { name: '处置…' }));

    const dialog = await screen.findByRole('dialog', { name: '主管审批' });
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), '000000{Enter}');
    expect(await within(dialog).findByText('主管工号或 PIN 码不正确')).toBeTruthy();
    expect((await desk.db.lostItems.get(old.id))?.status).toBe('kept');

    await user.clear(within(dialog).getByLabelText('主管 PIN 码'));
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), `${SUPERVISOR.pin}{Enter}`);
    expect(await screen.findByText(/已处置：捐赠/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.lostItems.get(old.id)).toMatchObject({ status: 'disposed', disposed: { method: 'donated', approvedBy: SUPERVISOR.staffNo } });
  });

  it('shows a conflict when two counters handed out the same item', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const item = await registerLostItem(desk.asClerk, newId(), { ...umbrella, foundAt: desk.clock.now() });
    const c2 = await desk.joinedCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.where('[recordType+recordId]').equals(['lostItem', item.id]).toArray());
    const claim = { itemId: item.id, claimantName: '陈女士', phone: '13912345678', identityNote: '描述相符' };
    desk.clock.advance(1000);
    await claimLostItem(c2, claim);
    desk.clock.advance(1000);
    await claimLostItem(desk.asClerk, { ...claim, claimantName: '周先生' });
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.where('[recordType+recordId]').equals(['lostItem', item.id]).toArray());

    await openScreen(CLERK, desk);
    await user.selectOptions(screen.getByLabelText('状态'), '全部');
    const row = (await screen.findByText(item.number, { selector: 'td' })).closest('tr')!;
    expect(row.textContent).toContain('冲突');
    await user.click(within(row).getByRole('button'));
    const alert = await screen.findByText(/冲突：物品离开后/);
    expect(alert.closest('[role="alert"]')!.textContent).toContain('柜台 C1');
  });
});
