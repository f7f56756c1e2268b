// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { giftStockId } from '../../shared/domain/gifts/projection';
import { handOutGift } from '../../renderer/db/gifts/handout';
import { giftStockAlarms } from '../../renderer/db/gifts/queries';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { CampaignsScreen } from '../../renderer/features/gifts/CampaignsScreen';
import { makeDesk, SUPERVISOR } from './deskFixture';
import { handoutRequest, runningCampaign } from './giftsFixture';
import { renderSignedIn } from './renderDesk';

async function retype(user: UserEvent, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  if (text) await user.type(field, text);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('campaigns screen (supervisor)', () => {
  it('refuses a bad campaign at each field, then sets it up and receives stock', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <CampaignsScreen />);
    await user.click(await screen.findByRole('button', { name: '新建活动' }));
    expect(document.activeElement).toBe(screen.getByLabelText('活动名称'));
    // Today and a week are the default days.
    expect(screen.getByLabelText<HTMLInputElement>('开始日期').value).toBe('2026-11-25');
    expect(screen.getByLabelText<HTMLInputElement>('结束日期（含当天，至 23:59:59）').value).toBe('2026-12-01');

    await user.type(screen.getByLabelText('活动名称'), '双十一满赠');
    await retype(user, '结束日期（含当天，至 23:59:59）', '2026-11-24');
    await user.type(screen.getByLabelText('赠品 1 名称'), '保温杯');
    await user.type(screen.getByLabelText('赠品 1 价值（元）'), '39.999');
    await user.click(screen.getByRole('button', { name: '添加赠品' }));
    await user.type(screen.getByLabelText('赠品 2 名称'), '电饭煲');
    await user.type(screen.getByLabelText('赠品 2 价值（元）'), '199');
    await user.type(screen.getByLabelText('档位 1 满额（元）'), '199');
    await user.click(screen.getByRole('button', { name: '添加档位' }));
    await user.type(screen.getByLabelText('档位 2 满额（元）'), '199.00');
    await user.click(screen.getByRole('button', { name: '建立活动' }));
    expect(await screen.findByText('金额最多两位小数（精确到分）')).toBeTruthy();
    await retype(user, '赠品 1 价值（元）', '39');
    await user.click(screen.getByRole('button', { name: '建立活动' }));
    expect(await screen.findByText('结束日期不能早于开始日期')).toBeTruthy();
    expect(screen.getByText('满额金额与其他档位重复')).toBeTruthy();
    expect(screen.getByText('这个档位还没有选赠品')).toBeTruthy();
    expect(await desk.db.campaigns.count()).toBe(0);

    await retype(user, '结束日期（含当天，至 23:59:59）', '2026-11-30');
    await retype(user, '档位 2 满额（元）', '399');
    const tier2 = screen.getByRole('group', { name: '档位 2 可选赠品' });
    await user.click(within(tier2).getByLabelText('保温杯'));
    await user.click(within(tier2).getByLabelText('电饭煲'));
    await user.click(screen.getByRole('button', { name: '建立活动' }));
    expect((await screen.findByRole('status')).textContent).toBe('活动 HD-S01-C1-261125-0001 已建立');
    const [campaign] = await desk.db.campaigns.toArray();
    expect(campaign).toMatchObject({ name: '双十一满赠', perReceiptLimit: 1, gifts: [{ name: '保温杯', valueFen: 3900 }, { name: '电饭煲', valueFen: 19900 }] });
    expect(campaign!.tiers).toEqual([
      { minSpendFen: 19900, giftIds: ['G1'] },
      { minSpendFen: 39900, giftIds: ['G1', 'G2'] },
    ]);
    expect(await screen.findByText('满 ¥399.00：保温杯 / 电饭煲')).toBeTruthy();

    const receive = screen.getByRole('form', { name: '赠品入库' });
    await user.selectOptions(within(receive).getByLabelText('入库赠品'), '保温杯');
    await user.type(within(receive).getByLabelText('入库数量'), '20{Enter}');
    expect(await within(receive).findByText('保温杯 已入库 20，现余 20')).toBeTruthy();
    const row = screen.getByRole('table', { name: '赠品库存' }).querySelector('tr[data-gift="G1"]')!;
    // Gift, received, issued, returned, charity, adjusted, remaining, alarms.
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['保温杯', '20', '0', '0', '0', '0', '20', '0']);
  });

  it('a negative adjustment asks a supervisor and may not go below zero', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 3 });
    await renderSignedIn(desk, SUPERVISOR.staffNo, <CampaignsScreen />);
    await user.click(await screen.findByRole('button', { name: '查看 双十一满赠' }));
    const adjust = await screen.findByRole('form', { name: '库存调整' });
    await user.selectOptions(within(adjust).getByLabelText('调整赠品'), '保温杯');
    await user.type(within(adjust).getByLabelText('调整数量（+ 盘盈，- 盘亏/损坏）'), '-5');
    await user.type(within(adjust).getByLabelText('调整原因'), '盘点破损{Enter}');
    expect(await within(adjust).findByText('库存只有 3，调整后不能小于 0')).toBeTruthy();
    await user.clear(within(adjust).getByLabelText('调整数量（+ 盘盈，- 盘亏/损坏）'));
    await user.type(within(adjust).getByLabelText('调整数量（+ 盘盈，- 盘亏/损坏）'), '-1{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '主管审批' });
    expect(dialog.textContent).toContain('库存调整：保温杯 -1（盘点破损）');
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), `${SUPERVISOR.pin}{Enter}`);
    expect(await within(adjust).findByText('保温杯 已调整 -1，现余 2')).toBeTruthy();
    expect(await desk.db.giftStocks.get(giftStockId(campaign.id, 'G1'))).toMatchObject({ adjusted: -1, remaining: 2 });
  });

  it('shows a stock alarm from another counter, and the reconciliation that no longer balances; prints it on A4', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 1 });
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await handOutGift(desk.asClerk, newId(), handoutRequest(campaign.id));
    const late = await handOutGift(c2, newId(), handoutRequest(campaign.id, { receiptNo: 'R2611250002' }));
    const { desktop } = await renderSignedIn(desk, SUPERVISOR.staffNo, <CampaignsScreen />);
    await user.click(await screen.findByRole('button', { name: '查看 双十一满赠' }));
    expect(await screen.findByTestId('rec-result')).toHaveProperty('textContent', '对账平衡');
    expect(screen.queryByRole('region', { name: /库存报警/ })).toBeNull();

    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    const alarm = await screen.findByRole('region', { name: '库存报警 1 条' });
    expect(alarm.textContent).toContain(`双十一满赠 · 保温杯：发放单 ${late.number}，1001 李小红 于 2026-11-25 10:00 在柜台 C2`);
    expect(await giftStockAlarms(desk.db)).toBe(1);
    await waitFor(() => expect(screen.getByTestId('rec-result').textContent).toBe('对账不平衡：请查看标红的赠品'));

    await user.click(screen.getByRole('button', { name: '打印对账单' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    expect(desktop.archive[0]!.request).toMatchObject({ kind: 'reconciliation', paper: 'A4', recordNumber: campaign.number });
    expect(desktop.archive[0]!.request.html).toContain('赠品对账单');
    expect(desktop.archive[0]!.request.html).toContain('不平衡');
  });

  it('lists a receipt that got the gift at two counters', async () => {
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 5 });
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await handOutGift(desk.asClerk, newId(), handoutRequest(campaign.id));
    const late = await handOutGift(c2, newId(), handoutRequest(campaign.id));
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await renderSignedIn(desk, SUPERVISOR.staffNo, <CampaignsScreen />);
    const alarm = await screen.findByRole('region', { name: '库存报警 1 条' });
    expect(alarm.textContent).toContain(`小票 R2611250001 在两个柜台重复领取赠品：发放单 ${late.number}，1001 李小红 于 2026-11-25 10:00 在柜台 C2`);
  });

  it('exports the reconciliation as CSV for Excel: UTF-8 with a BOM, one row per gift and a total', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 4 });
    await handOutGift(desk.asClerk, newId(), handoutRequest(campaign.id));
    const saved: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:reconciliation';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await renderSignedIn(desk, SUPERVISOR.staffNo, <CampaignsScreen />);
    await user.click(await screen.findByRole('button', { name: '查看 双十一满赠' }));
    await screen.findByTestId('rec-result');
    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(names).toEqual([`${campaign.number}-对账.csv`]);
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^赠品 Gift,单价 Value,入库 Received,发放 Issued/);
    expect(lines[1]).toBe('保温杯,39.00,4,1,0,1,0,0,3,4,1,0,0,39.00,平衡 yes');
    expect(lines[3]).toBe('合计 Total,,4,1,0,1,0,0,3,4,1,0,0,39.00,平衡 yes');
  });

  it('closing asks for a reason and a confirmation', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await runningCampaign(desk.asSupervisor, { cups: 1 });
    await renderSignedIn(desk, SUPERVISOR.staffNo, <CampaignsScreen />);
    await user.click(await screen.findByRole('button', { name: '查看 双十一满赠' }));
    await user.click(await screen.findByRole('button', { name: '关闭活动…' }));
    expect(await screen.findByText('必填')).toBeTruthy();
    await user.type(screen.getByLabelText('关闭原因'), '赠品已发完');
    await user.click(screen.getByRole('button', { name: '关闭活动…' }));
    const dialog = await screen.findByRole('dialog', { name: '关闭活动' });
    await user.click(within(dialog).getByRole('button', { name: '确认关闭' }));
    expect(await screen.findByText('活动已关闭')).toBeTruthy();
    expect((await desk.db.campaigns.toArray())[0]?.closed).toBe(true);
  });
});
