// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { giftStockId } from '../../shared/domain/gifts/projection';
import { HandoutScreen } from '../../renderer/features/gifts/HandoutScreen';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { runningCampaign } from './giftsFixture';
import { renderSignedIn } from './renderDesk';

const RECEIPT = '扫描或输入购物小票号（回车确认）';
const AMOUNT = '小票金额（元）';
const BOUGHT = '购物日期（小票上的日期）';

async function scan(user: UserEvent, text: string) {
  await user.clear(screen.getByLabelText(RECEIPT));
  await user.type(screen.getByLabelText(RECEIPT), `${text}{Enter}`);
}

/** The date read off the receipt (the desk clock is 2026-11-25, within the campaign). */
async function typeBought(user: UserEvent, day = '2026-11-25') {
  await user.clear(screen.getByLabelText(BOUGHT));
  await user.type(screen.getByLabelText(BOUGHT), day);
}

async function typeAmount(user: UserEvent, amount: string) {
  await user.clear(screen.getByLabelText(AMOUNT));
  await user.type(screen.getByLabelText(AMOUNT), amount);
}

async function openHandout(stock: { cups?: number; cookers?: number } = { cups: 5, cookers: 1 }) {
  const desk = await makeDesk();
  const campaign = await runningCampaign(desk.asSupervisor, stock);
  const view = await renderSignedIn(desk, CLERK.staffNo, <HandoutScreen />);
  await screen.findByLabelText(RECEIPT);
  return { ...view, desk, campaign };
}

describe('gift handout screen', () => {
  it('scan, amount, pick a gift: handed out in one go and the slip printed', async () => {
    const user = userEvent.setup();
    const { desk, campaign, desktop } = await openHandout();
    // The only running campaign is chosen and the scanner field has the focus.
    expect(screen.getByLabelText<HTMLSelectElement>('活动').value).toBe(campaign.id);
    expect(document.activeElement).toBe(screen.getByLabelText(RECEIPT));
    await scan(user, 'r2611－250001');
    expect((await screen.findByRole('status')).textContent).toBe('小票 R2611-250001 本活动尚未领取赠品');
    // The focus went on to the receipt's date, then the amount.
    expect(document.activeElement).toBe(screen.getByLabelText(BOUGHT));
    await typeBought(user);
    await user.type(screen.getByLabelText(AMOUNT), '150');
    expect(screen.getByText('还差 ¥49.00 可达最低档 ¥199.00')).toBeTruthy();
    await typeAmount(user, '450');
    expect(screen.getByText(/已满 ¥399.00 档/)).toBeTruthy();
    const choice = screen.getByRole('group', { name: '选择赠品' });
    expect(within(choice).getAllByRole('radio').map((r) => r.parentElement?.textContent?.trim())).toEqual([
      '保温杯（价值 ¥39.00，库存 5）',
      '电饭煲（价值 ¥199.00，库存 1）',
    ]);
    await user.click(within(choice).getByLabelText(/电饭煲/));
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));

    expect((await screen.findByTestId('handout-number')).textContent).toBe('ZP-S01-C1-261125-0001');
    expect(screen.getByText('电饭煲 ×1，小票 R2611-250001（¥450.00）')).toBeTruthy();
    await waitFor(() => expect(desktop.archive).toHaveLength(1));
    const job = desktop.archive[0]!.request;
    expect(job).toMatchObject({ kind: 'handoutSlip', recordNumber: 'ZP-S01-C1-261125-0001', paper: '80mm' });
    for (const text of ['赠品发放单', '双十一满赠', 'R2611-250001', '¥450.00', '电饭煲']) expect(job.html).toContain(text);
    expect(job.html).not.toContain('补打');
    expect(await desk.db.giftStocks.get(giftStockId(campaign.id, 'G2'))).toMatchObject({ issued: 1, remaining: 0 });
    await waitFor(async () => expect((await desk.db.handouts.toArray())[0]?.printCount).toBe(1));

    // A reprint says 补打.
    await user.click(screen.getByRole('button', { name: '补打' }));
    await waitFor(() => expect(desktop.archive).toHaveLength(2));
    expect(desktop.archive[1]!.request.html).toContain('补打');
  });

  it('a second attempt with the same receipt is refused at the scan, with the first handout, who and when', async () => {
    const user = userEvent.setup();
    const { desk } = await openHandout();
    await scan(user, 'R2611250001');
    await typeBought(user);
    await user.type(screen.getByLabelText(AMOUNT), '199');
    // One gift in the tier: picked without a click.
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /保温杯/ }).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    const number = (await screen.findByTestId('handout-number')).textContent;
    await user.click(screen.getByRole('button', { name: '下一位顾客' }));

    // The next customer's receipt reaches a tier, then the clerk scans the used one instead.
    await scan(user, 'R2611250002');
    await typeBought(user);
    await user.type(screen.getByLabelText(AMOUNT), '199');
    expect(screen.getByText(/已满 ¥199.00 档/)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /保温杯/ }).checked).toBe(true);
    await scan(user, 'R2611250001');
    expect(await screen.findByText(`这张小票已领过本活动赠品：发放单 ${number}，李小红 (1001) 于 2026-11-25 10:00 在柜台 C1 发放`)).toBeTruthy();
    // Nothing of the other receipt stays: no tier, no ticked gift, nothing typed, and no button to press.
    expect(screen.queryByText(/已满 ¥199.00 档/)).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>(AMOUNT).value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>(BOUGHT).value).toBe('');
    await user.type(screen.getByLabelText(AMOUNT), '300');
    expect(screen.queryByText(/已满 ¥199.00 档/)).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '发放赠品并打印' }).disabled).toBe(true);
    expect(await desk.db.handouts.count()).toBe(1);
  });

  it('asks the receipt\'s date: one bought before the campaign is refused at the date, one within it gets the gift', async () => {
    const user = userEvent.setup();
    const { desk } = await openHandout();
    await scan(user, 'R2611250001');
    await user.type(screen.getByLabelText(AMOUNT), '199');
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    expect(await screen.findByText('必填')).toBeTruthy();
    await typeBought(user, '2026-11-19');
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    expect(await screen.findByText('小票购物日期 2026-11-19 不在活动“双十一满赠”期间（2026-11-20 至 2026-11-30），不能领取赠品')).toBeTruthy();
    expect(await desk.db.handouts.count()).toBe(0);
    await typeBought(user, '2026-11-20');
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    await screen.findByTestId('handout-number');
    expect(await desk.db.handouts.toArray()).toMatchObject([{ receiptNo: 'R2611250001', purchaseDate: '2026-11-20' }]);
  });

  it('bad input is said at the field: malformed receipt, three decimals, zero; nothing is written', async () => {
    const user = userEvent.setup();
    const { desk } = await openHandout();
    await scan(user, 'R#12');
    expect(await screen.findByText('小票号格式不对：应为 6–32 位字母、数字或短横线')).toBeTruthy();
    await scan(user, 'R2611250007');
    await typeBought(user);
    await user.type(screen.getByLabelText(AMOUNT), '199.999');
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    expect(await screen.findByText('金额最多两位小数（精确到分）')).toBeTruthy();
    await typeAmount(user, '0');
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    expect(await screen.findByText('金额必须大于 0')).toBeTruthy();
    await typeAmount(user, '120');
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    expect(await screen.findByText('小票金额 ¥120.00 未达最低档 ¥199.00，还差 ¥79.00')).toBeTruthy();
    expect(await desk.db.handouts.count()).toBe(0);
  });

  it('out of stock and an expired campaign are refused with the reason', async () => {
    const user = userEvent.setup();
    const { desk, campaign } = await openHandout({ cups: 1 });
    await scan(user, 'R2611250001');
    await typeBought(user);
    await user.type(screen.getByLabelText(AMOUNT), '500');
    await user.click(screen.getByRole('radio', { name: /电饭煲/ }));
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    expect(await screen.findByText('“电饭煲”库存不足（现余 0），请选其他赠品或先入库')).toBeTruthy();
    // The campaign ends while the screen is open.
    desk.clock.at = campaign.end + 1;
    await user.click(screen.getByRole('radio', { name: /保温杯/ }));
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    expect(await screen.findByText('活动“双十一满赠”已于 2026-11-30 23:59 结束，不能再发放赠品')).toBeTruthy();
    expect(await desk.db.handouts.count()).toBe(0);
  });

  it('reversal with a supervisor PIN puts the gift back in stock; a second reversal is refused', async () => {
    const user = userEvent.setup();
    const { desk, campaign } = await openHandout({ cups: 2 });
    await scan(user, 'R2611250001');
    await typeBought(user);
    await user.type(screen.getByLabelText(AMOUNT), '199');
    await user.click(screen.getByRole('button', { name: '发放赠品并打印' }));
    const number = (await screen.findByTestId('handout-number')).textContent;
    expect((await desk.db.giftStocks.get(giftStockId(campaign.id, 'G1')))?.remaining).toBe(1);

    await user.click(screen.getByRole('button', { name: '赠品冲销…' }));
    const find = screen.getByLabelText('扫描或输入发放单号 / 小票号（回车查找）');
    await user.type(find, `${number.toLowerCase()}{Enter}`);
    await user.click(await screen.findByRole('button', { name: '冲销并退回库存…' }));
    expect(await screen.findByText('必填')).toBeTruthy();
    await user.type(screen.getByLabelText('冲销原因'), '顾客退货，赠品已收回');
    await user.click(screen.getByRole('button', { name: '冲销并退回库存…' }));
    const dialog = await screen.findByRole('dialog', { name: '主管审批' });
    expect(dialog.textContent).toContain(`冲销赠品发放 ${number}（保温杯 ×1）`);
    // The number is kept on one line in the dialog, not split at a hyphen.
    expect(within(dialog).getByText(number).className).toBe('nowrap');
    await user.type(within(dialog).getByLabelText('主管工号'), SUPERVISOR.staffNo);
    await user.type(within(dialog).getByLabelText('主管 PIN 码'), `${SUPERVISOR.pin}{Enter}`);
    expect(await screen.findByText(`已冲销 ${number}，保温杯 已退回库存（现余 2）`)).toBeTruthy();
    expect(await desk.db.giftStocks.get(giftStockId(campaign.id, 'G1'))).toMatchObject({ issued: 1, returned: 1, remaining: 2 });
    // The handout now shows as reversed; no second reversal is offered.
    expect(await screen.findByText(/已于 2026-11-25 10:00 冲销：顾客退货，赠品已收回/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '冲销并退回库存…' })).toBeNull();
    const [h] = await desk.db.handouts.toArray();
    expect(h?.reversed?.approvedBy).toBe(SUPERVISOR.staffNo);
  });

  it('says so when no campaign is running', async () => {
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <HandoutScreen />);
    expect(await screen.findByText(/当前没有进行中的活动/)).toBeTruthy();
  });
});
