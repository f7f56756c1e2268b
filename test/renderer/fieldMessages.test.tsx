// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { giftStockId } from '../../shared/domain/gifts/projection';
import { CampaignsScreen } from '../../renderer/features/gifts/CampaignsScreen';
import { HandoutScreen } from '../../renderer/features/gifts/HandoutScreen';
import { SettingsScreen } from '../../renderer/features/settings/SettingsScreen';
import { DepositScreen } from '../../renderer/features/storage/DepositScreen';
import { CLERK, makeDesk, signedInWrapper, SUPERVISOR } from './deskFixture';
import { runningCampaign } from './giftsFixture';
import { renderSignedIn } from './renderDesk';

/**
 * What a new clerk types or pastes is refused at its field, in Chinese: no
 * "0x3" read as 3 pieces, no silent cut of pasted text, no invisible
 * characters kept, never the generic "出现意外错误".
 */

const UNEXPECTED = /出现意外错误/;

/** The message shown under a field (Field links it with aria-describedby). */
function messageAt(label: string | RegExp, within: HTMLElement = document.body): string | null | undefined {
  const input = screen.getAllByLabelText(label).find((e) => within.contains(e))!;
  const id = input.getAttribute('aria-describedby');
  return id ? document.getElementById(id)?.textContent : undefined;
}

async function retype(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

/** A paste, as a clerk does from a chat or a spreadsheet. */
async function paste(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe('deposit form', () => {
  async function openDeposit() {
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <DepositScreen />);
    await screen.findByLabelText('物品描述');
    return desk;
  }

  it('0x3 pieces is not 3 pieces: the count field says so and nothing is deposited', async () => {
    const user = userEvent.setup();
    const desk = await openDeposit();
    await user.type(screen.getByLabelText('物品描述'), '黑色拉杆箱');
    await retype(user, screen.getByLabelText('件数'), '0x3');
    await user.type(screen.getByLabelText('存放位置（货架/格位）'), 'A-03');
    await user.click(screen.getByRole('button', { name: '寄存并打印凭证' }));
    expect(await screen.findByText('数量须为 1–99 的整数')).toBeTruthy();
    expect(messageAt('件数')).toBe('数量须为 1–99 的整数');
    expect(await desk.db.storageItems.count()).toBe(0);

    // Full-width digits from a Chinese input method are the same digits.
    await retype(user, screen.getByLabelText('件数'), '３');
    await user.click(screen.getByRole('button', { name: '寄存并打印凭证' }));
    await screen.findByTestId('ticket-number');
    expect((await desk.db.storageItems.toArray())[0]).toMatchObject({ count: 3, description: '黑色拉杆箱' });
  });

  it('a pasted description or place longer than allowed is kept whole in the field and refused as 内容过长', async () => {
    const user = userEvent.setup();
    const desk = await openDeposit();
    const description = `黑色拉杆箱，${'有划痕'.repeat(70)}`;
    await paste(user, screen.getByLabelText('物品描述'), description);
    await paste(user, screen.getByLabelText('存放位置（货架/格位）'), '服务台后面左手第二个货架最上层靠墙的那个位置');
    // The browser did not cut it: the clerk sees all of it and the message says why it is refused.
    expect(screen.getByLabelText<HTMLInputElement>('物品描述').value).toBe(description);
    await user.click(screen.getByRole('button', { name: '寄存并打印凭证' }));
    expect(await screen.findAllByText('内容过长')).toHaveLength(2);
    expect(messageAt('物品描述')).toBe('内容过长');
    expect(messageAt('存放位置（货架/格位）')).toBe('内容过长');
    expect(await desk.db.storageItems.count()).toBe(0);
  });

  it('a NUL or a right-to-left override in the customer’s name is refused, not stored and printed', async () => {
    const user = userEvent.setup();
    const desk = await openDeposit();
    await user.type(screen.getByLabelText('物品描述'), '黑色拉杆箱');
    await user.type(screen.getByLabelText('存放位置（货架/格位）'), 'A-03');
    for (const name of ['王\u0000小明', '王\u202e明小', '王\u200b小明']) {
      await paste(user, screen.getByLabelText('顾客姓名（选填）'), name);
      await user.click(screen.getByRole('button', { name: '寄存并打印凭证' }));
      expect(await screen.findByText('含有不可见或控制字符（多为粘贴带入），请清空后重新输入')).toBeTruthy();
      expect(messageAt('顾客姓名（选填）')).toMatch(/不可见或控制字符/);
    }
    expect(await desk.db.storageItems.count()).toBe(0);
    expect(await desk.db.entries.filter((e) => JSON.stringify(e.data ?? '').includes('\\u0000')).count()).toBe(0);
  });
});

describe('desk settings', () => {
  it('an out-of-range or malformed number is refused at its field with its range, never 出现意外错误', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    render(<SettingsScreen />, { wrapper: await signedInWrapper(desk, SUPERVISOR) });
    const idle = await screen.findByLabelText('无操作锁屏（分钟）');
    const form = idle.closest('form')!;
    const save = within(form).getByRole('button', { name: '保存' });
    for (const typed of ['99999999999999999999', '1.5', '1e3', '0x3', '十']) {
      await retype(user, idle, typed);
      await user.click(save);
      expect(await within(form).findByText('须为 1–120 的整数（分钟）')).toBeTruthy();
      expect(form.textContent).not.toMatch(UNEXPECTED);
    }
    await retype(user, screen.getByLabelText('失物保管天数'), '3651');
    await retype(user, idle, '１５');
    await user.click(save);
    expect(await within(form).findByText('须为 1–3650 的整数（天）')).toBeTruthy();
    expect(messageAt('无操作锁屏（分钟）', form)).toBe('1–120 分钟，锁屏后已输入的内容保留');
    await retype(user, screen.getByLabelText('失物保管天数'), '30');
    await user.click(save);
    await screen.findByText('设置已保存');
    expect((await desk.db.stores.get('store'))?.settings).toMatchObject({ idleLockMinutes: 15, lostFoundKeepDays: 30 });
  });
});

describe('gift campaigns', () => {
  it('stock received: an out-of-range quantity is refused at the field, never 出现意外错误', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    const campaign = await runningCampaign(desk.asSupervisor);
    await renderSignedIn(desk, SUPERVISOR.staffNo, <CampaignsScreen />);
    await user.click(await screen.findByRole('button', { name: '查看 双十一满赠' }));
    const receive = await screen.findByRole('form', { name: '赠品入库' });
    await user.selectOptions(within(receive).getByLabelText('入库赠品'), '保温杯');
    for (const typed of ['99999999999999999999', '100000', '1e3', '0x3']) {
      await retype(user, within(receive).getByLabelText('入库数量'), `${typed}{Enter}`);
      expect(await within(receive).findByText('数量须为 1–99999 的整数')).toBeTruthy();
      expect(receive.textContent).not.toMatch(UNEXPECTED);
    }
    expect(await desk.db.giftStocks.get(giftStockId(campaign.id, 'G1'))).toBeUndefined();
  });

  it('a pasted campaign name longer than allowed is refused as 内容过长, not cut', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await renderSignedIn(desk, SUPERVISOR.staffNo, <CampaignsScreen />);
    await user.click(await screen.findByRole('button', { name: '新建活动' }));
    const name = `双十一满赠${'（限会员）'.repeat(12)}`;
    await paste(user, screen.getByLabelText('活动名称'), name);
    expect(screen.getByLabelText<HTMLInputElement>('活动名称').value).toBe(name);
    await user.click(screen.getByRole('button', { name: '建立活动' }));
    await screen.findAllByText('内容过长');
    expect(messageAt('活动名称')).toBe('内容过长');
    expect(await desk.db.campaigns.count()).toBe(0);
  });

  it('handout: a quantity out of range is refused at the field, never 出现意外错误', async () => {
    const user = userEvent.setup();
    const desk = await makeDesk();
    await runningCampaign(desk.asSupervisor, { cups: 5 }, { perReceiptLimit: '3' });
    await renderSignedIn(desk, CLERK.staffNo, <HandoutScreen />);
    const receipt = await screen.findByLabelText('扫描或输入购物小票号（回车确认）');
    await user.type(receipt, 'R2611250001{Enter}');
    await screen.findByRole('status');
    await user.type(screen.getByLabelText('小票金额（元）'), '256.80');
    const quantity = screen.getByLabelText('数量（每张小票最多 3 份）');
    for (const typed of ['99999999999999999999', '1e3', '0x3', '10']) {
      await retype(user, quantity, typed);
      await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
      expect(await screen.findByText('数量须为 1–9 的整数')).toBeTruthy();
      expect(document.body.textContent).not.toMatch(UNEXPECTED);
    }
    expect(await desk.db.handouts.count()).toBe(0);
  });
});
