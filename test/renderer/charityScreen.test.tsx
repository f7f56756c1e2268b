// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { giftStockId } from '../../shared/domain/gifts/projection';
import { newId } from '../../shared/domain/ids';
import { defineCharityEvent, handOutCharity } from '../../renderer/db/charity/events';
import { handOutGift } from '../../renderer/db/gifts/handout';
import { campaignReconciliation } from '../../renderer/db/gifts/queries';
import { CharityScreen } from '../../renderer/features/charity/CharityScreen';
import { makeDesk, SUPERVISOR } from './deskFixture';
import { handoutRequest, runningCampaign } from './giftsFixture';
import { renderSignedIn } from './renderDesk';

async function retype(user: UserEvent, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  if (text) await user.type(field, text);
}

const eventForm = (stockId: string, over: Record<string, string> = {}) => ({
  name: '冬季助学捐赠',
  day: '2026-11-28',
  recipientKind: 'school',
  recipient: '五一路小学',
  stockId,
  quantity: '5',
  money: '500',
  note: '',
  ...over,
});
const supervisorApproval = { staffNo: SUPERVISOR.staffNo, pin: SUPERVISOR.pin };

describe('charity events screen', () => {
  it('refuses a bad event at its fields (empty recipient, not a number, more than the stock), then records it with a supervisor’s approval', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await runningCampaign(desk.asSupervisor, { cups: 5 });
    await renderSignedIn(desk, SUPERVISOR.staffNo, <CharityScreen />);
    expect(await screen.findByText('还没有公益赞助活动')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '新建公益活动' }));
    expect(screen.getByLabelText<HTMLInputElement>('活动日期').value).toBe('2026-11-25');

    await user.type(screen.getByLabelText('活动名称'), '冬季助学捐赠');
    await user.selectOptions(screen.getByLabelText('受赠方类型'), '学校');
    await user.selectOptions(screen.getByLabelText('赠品库存中的物品（可不选）'), '双十一满赠 · 保温杯（结存 5）');
    await user.type(screen.getByLabelText('数量'), '2O');
    await user.click(screen.getByRole('button', { name: '提交主管批准' }));
    expect(await screen.findByText('必填')).toBeTruthy();
    expect(screen.getByText('数量须为 1 至 99999 的整数')).toBeTruthy();

    await user.type(screen.getByLabelText('受赠方（学校、社区或机构名称）'), '五一路小学');
    await retype(user, '数量', '６');
    await user.click(screen.getByRole('button', { name: '提交主管批准' }));
    expect(await screen.findByText('保温杯 结存只有 5 件，不能超出库存')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await desk.db.charityEvents.count()).toBe(0);

    await retype(user, '数量', '5');
    await user.type(screen.getByLabelText('赞助金额（元，可不填）'), '500');
    await user.click(screen.getByRole('button', { name: '提交主管批准' }));
    const dialog = await screen.findByRole('dialog', { name: '主管审批' });
    expect(dialog.textContent).toContain('公益赞助“冬季助学捐赠”：向 五一路小学 赠送 保温杯 ×5 + ¥500');
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), `${SUPERVISOR.pin}{Enter}`);

    await screen.findByText(/^活动 GY-S01-C1-261125-\d{4} 已登记$/);
    const [saved] = await desk.db.charityEvents.toArray();
    expect(saved).toMatchObject({ name: '冬季助学捐赠', recipient: '五一路小学', goods: { giftName: '保温杯', quantity: 5 }, moneyFen: 50_000, status: 'planned', defined: { approvedBy: SUPERVISOR.staffNo } });
    expect(screen.getByText(`活动 ${saved!.number} 已登记`)).toBeTruthy();
    const row = within(await screen.findByRole('table', { name: '活动一览' })).getByText(saved!.number).closest('tr')!;
    expect(row.textContent).toContain('待交接');
  });

  it('hands over with the representative, refuses more than is on the shelf at the quantity, prints the slip, and reprints it (补打)', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 5 });
    const event = await defineCharityEvent(desk.asSupervisor, newId(), eventForm(giftStockId(campaign.id, 'G1')), supervisorApproval);
    // A customer's gift takes one cup after the event was approved: four are left for five pledged.
    await handOutGift(desk.asClerk, newId(), handoutRequest(campaign.id));
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <CharityScreen />);
    await user.click(await screen.findByRole('button', { name: `交接 ${event.number}` }));
    expect(screen.getByLabelText<HTMLInputElement>('交接数量').value).toBe('5');
    expect(screen.getByLabelText<HTMLInputElement>('交接金额（元）').value).toBe('500.00');

    await user.click(screen.getByRole('button', { name: '交接并打印交接单' }));
    expect(await screen.findByText('必填')).toBeTruthy();
    await user.type(screen.getByLabelText('受赠方代表姓名'), '张老师');
    await retype(user, '交接数量', 'five');
    await user.click(screen.getByRole('button', { name: '交接并打印交接单' }));
    expect(await screen.findByText('交接数量须为 0 至 99999 的整数')).toBeTruthy();
    await retype(user, '交接数量', '5');
    await user.click(screen.getByRole('button', { name: '交接并打印交接单' }));
    expect(await screen.findByText('保温杯 结存只有 4 件，不能超出库存')).toBeTruthy();
    await retype(user, '交接数量', '6');
    await user.click(screen.getByRole('button', { name: '交接并打印交接单' }));
    expect(await screen.findByText('不能超过批准的数量 5')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    await retype(user, '交接数量', '4');
    await user.type(screen.getByLabelText('代表电话（可选）'), '13800138000');
    await user.click(screen.getByRole('button', { name: '交接并打印交接单' }));
    const confirm = await screen.findByRole('dialog', { name: '确认交接' });
    expect(confirm.textContent).toContain('将 保温杯 ×4 + ¥500.00 交给 五一路小学 的代表 张老师');
    await user.click(within(confirm).getByRole('button', { name: '确认' }));

    expect(await screen.findByText(`${event.number} 已交接，交接单已送打印`)).toBeTruthy();
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'charitySlip', paper: '80mm', recordNumber: event.number });
    expect(desktop.archive[0]!.request.html).toContain('138****8000');
    expect(desktop.archive[0]!.request.html).not.toContain('补打');
    expect(await desk.db.giftStocks.get(giftStockId(campaign.id, 'G1'))).toMatchObject({ issued: 1, charity: 4, remaining: 0 });
    expect(await desk.db.charityEvents.get(event.id)).toMatchObject({ status: 'handedOut', handedOut: { representative: '张老师', quantity: 4, moneyFen: 50_000, by: SUPERVISOR.staffNo }, printCount: 1 });

    await user.click(await screen.findByRole('button', { name: `补打 ${event.number} 的交接单` }));
    await waitFor(() => expect(desktop.archive).toHaveLength(2));
    expect(desktop.archive[1]!.request.html).toContain('补打');
    await waitFor(async () => expect((await desk.db.charityEvents.get(event.id))!.printCount).toBe(2));
  });
});

describe('charity data', () => {
  it('the campaign’s reconciliation shows the charity hand-out as its own line and balances', async () => {
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 10 });
    const event = await defineCharityEvent(desk.asSupervisor, newId(), eventForm(giftStockId(campaign.id, 'G1'), { quantity: '6', money: '' }), supervisorApproval);
    await handOutGift(desk.asClerk, newId(), handoutRequest(campaign.id));
    await handOutCharity(desk.asSupervisor, event.id, { representative: '张老师', phone: '', quantity: '6', money: '' });
    const rec = await campaignReconciliation(desk.db, campaign);
    const cups = rec.rows.find((r) => r.giftId === 'G1')!;
    expect(cups).toMatchObject({ received: 10, netIssued: 1, charity: 6, adjusted: 0, remaining: 3, accountedFor: 10, charityHandedOut: 6, balances: true });
    expect(rec.balances).toBe(true);
  });

  it('hands an event over once; a clerk may not record or hand over one', async () => {
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 10 });
    const form = eventForm(giftStockId(campaign.id, 'G1'));
    await expect(defineCharityEvent(desk.asClerk, newId(), form, supervisorApproval)).rejects.toMatchObject({ code: 'error.notAllowed' });
    const event = await defineCharityEvent(desk.asSupervisor, newId(), form, supervisorApproval);
    await expect(handOutCharity(desk.asClerk, event.id, { representative: '张老师', quantity: '5', money: '' })).rejects.toMatchObject({ code: 'error.notAllowed' });
    await handOutCharity(desk.asSupervisor, event.id, { representative: '张老师', quantity: '5', money: '' });
    await expect(handOutCharity(desk.asSupervisor, event.id, { representative: '李校长', quantity: '1', money: '' })).rejects.toMatchObject({ code: 'error.charityAlreadyHandedOut' });
    expect(await desk.db.giftStocks.get(giftStockId(campaign.id, 'G1'))).toMatchObject({ charity: 5, remaining: 5 });
  });

  it('refuses an approval by someone who is not a supervisor, writing nothing', async () => {
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 10 });
    await expect(defineCharityEvent(desk.asSupervisor, newId(), eventForm(giftStockId(campaign.id, 'G1')), { staffNo: '1001', pin: '100100' })).rejects.toMatchObject({ code: 'error.approverRole', field: 'approverPin' });
    expect(await desk.db.charityEvents.count()).toBe(0);
  });
});
