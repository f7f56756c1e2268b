import assert from 'node:assert/strict';
import { CLERK, openArea, signIn, signOut } from './desk.mjs';
import { deskWithTechnician, dispatchAndAccept, START, takeServiceCall } from './serviceSteps.mjs';

export const serviceFollowUpFlow = {
  name: 'serviceFollowUp: paid work quoted and agreed before the fee, the customer called back 30 hours later with the opinion card, the fee in the day’s fees',
  async run({ page, origin, step }) {
    await page.clock.install({ time: START });
    await page.goto(origin);

    step('the supervisor sets up the desk and adds a technician');
    await deskWithTechnician(page);
    await signOut(page);

    step('a clerk takes a paid call (有费)');
    const number = await takeServiceCall(page, { serviceType: '有费' });

    step('the service supervisor dispatches it; the technician accepts');
    await dispatchAndAccept(page, number);

    step('three hours later the clerk records the quote the customer agreed to, then the visit with its fee and invoice');
    await page.clock.fastForward('03:00:00');
    await signIn(page, CLERK);
    await openArea(page, '登记结果', '登记结果');
    const scan = page.getByLabel('服务凭证号（扫码或输入）');
    await scan.fill(number);
    await scan.press('Enter');
    await page.getByTestId('service-quote').getByText('尚未报价').waitFor();
    await page.getByLabel('报价金额（元）').fill('150');
    await page.getByLabel('报价内容').fill('更换压缩机电容');
    await page.getByLabel('顾客同意这个报价').check();
    await page.getByRole('button', { name: '登记报价' }).click();
    await page.getByText(`${number} 已登记报价 ¥150.00（顾客已同意）`).waitFor();
    await page.getByText('报价 ¥150.00', { exact: true }).waitFor();
    await page.getByLabel('结果', { exact: true }).selectOption({ label: '现场修好' });
    await page.getByLabel('到达时间').fill('2026-11-25T12:00');
    await page.getByLabel('现场时间（分钟）').fill('50');
    await page.getByLabel('维修内容').fill('更换压缩机电容');
    await page.getByLabel('收费金额（元，可选）').fill('180');
    await page.getByLabel('发票号码（收费时填写）').fill('fp20261125');
    await page.getByLabel('顾客已签字的服务凭证已交回').check();
    const visitForm = page.getByRole('form', { name: '登记结果' });
    await visitForm.getByRole('button', { name: '登记结果' }).click();
    await page.getByText('费用超出顾客同意的报价').waitFor();
    await page.getByLabel('收费金额（元，可选）').fill('150');
    await visitForm.getByRole('button', { name: '登记结果' }).click();
    await page.getByText(`${number} 已登记：已结单`).waitFor();
    await signOut(page);

    step('30 hours after the job the clerk calls the customer back and records the opinion card, by keyboard');
    await page.clock.fastForward('30:00:00');
    await signIn(page, CLERK);
    await openArea(page, '回访', '回访');
    const row = page.getByRole('row', { name: new RegExp(number) });
    assert.equal((await row.textContent()).replace(/\s+/g, ''), `${number}陈女士·138001380002026-11-2513:00待回访回访`);
    await page.getByRole('button', { name: `回访 ${number}` }).click();
    await page.getByTestId('service-follow-up-call').getByText('13800138000').waitFor();
    // The arrow keys move within each question's four levels: 很满意 → 满意.
    await page.getByRole('group', { name: '顾客满意度' }).getByLabel('很满意').check();
    await page.keyboard.press('ArrowRight');
    assert.ok(await page.getByRole('group', { name: '顾客满意度' }).getByLabel('满意', { exact: true }).isChecked());
    for (const question of ['服务态度', '技术水平', '到达时间', '遵守承诺']) await page.getByRole('group', { name: question }).getByLabel('很满意').check();
    await page.getByRole('group', { name: '遵守承诺' }).getByLabel('很满意').press('ArrowRight');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(`${number} 已保存回访和顾客意见卡`).waitFor();
    await page.getByText('没有待回访的叫修').waitFor();

    step("the day's fees list the fee with its invoice number, for handing the money over");
    await openArea(page, '今日收费', '今日收费');
    await page.getByLabel('日期').fill('2026-11-25');
    await page.getByTestId('service-fees-total').getByText('合计 1 笔，¥150.00').waitFor();
    const fee = page.getByRole('table', { name: '收费明细' }).getByRole('row', { name: new RegExp(number) });
    assert.equal((await fee.textContent()).replace(/\s+/g, ''), `2026-11-2513:00${number}上门维修周师傅(3001)FP20261125150.00`);
  },
};
