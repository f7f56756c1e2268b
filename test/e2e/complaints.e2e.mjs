import assert from 'node:assert/strict';
import { pdfInfo, pdfText } from './pdf.mjs';
import { CLERK, firstRunWithClerk, openArea, printedJobs, signIn, signOut, STORE, SUPERVISOR } from './desk.mjs';
import { printJobToPdf } from './printed.mjs';

/** Wednesday 2026-11-25 09:00 in Shanghai: the page's clock starts here and is moved by the test, never by waiting. */
const START = Date.UTC(2026, 10, 25, 1, 0);

async function lastJob(page, kind) {
  await page.waitForFunction((k) => window.__deskStandIn.archive.some((r) => r.request.kind === k), kind);
  return (await printedJobs(page)).filter((j) => j.kind === kind).pop();
}

/** Opens a step from the detail's actions, fills it, submits and waits for "已记录：<step>". */
async function takeStep(page, step, fill) {
  await page.getByRole('region', { name: '可办理的步骤' }).getByRole('button', { name: step, exact: true }).click();
  await fill();
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByRole('status').filter({ hasText: `已记录：${step}` }).waitFor();
}

export const complaintsFlow = {
  name: 'complaints: intake with acknowledgment, assignment, overdue raised after the clock moves, approval, follow-up, close, monthly report',
  async run({ page, browser, origin, artifacts, step }) {
    await page.clock.install({ time: START });
    await page.goto(origin);

    step('first run and a clerk account');
    await firstRunWithClerk(page);
    await signOut(page);
    await signIn(page, CLERK);

    step('the clerk takes a phone complaint, reads it back and prints the acknowledgment');
    await openArea(page, '投诉受理', '投诉受理');
    await page.getByLabel('投诉方式').selectOption('phone');
    await page.getByLabel('姓名（可选）').fill('王女士');
    await page.getByLabel('电话').fill('138 0013 8000');
    await page.getByLabel('对象类型').selectOption('product');
    await page.getByLabel('商品名称').fill('鲜牛奶 1L');
    await page.getByLabel('所属部门（可选）').fill('生鲜部');
    await page.getByLabel('事情经过').fill('牛奶过期两天仍在货架上');
    await page.getByLabel('顾客诉求').fill('退款并道歉');
    await page.getByLabel('投诉类别').selectOption('productQuality');
    await page.getByLabel('等级').selectOption('normal');
    await page.getByRole('button', { name: '复述确认' }).click();
    const readBack = page.getByTestId('complaint-readback');
    await readBack.getByText('事情经过：牛奶过期两天仍在货架上').waitFor();
    await readBack.getByText('我们将在 2026-11-27 09:00 前给您答复。').waitFor();
    await page.getByRole('button', { name: '顾客已确认，保存' }).click();
    const number = (await page.getByTestId('complaint-number').textContent()).trim();
    assert.equal(number, 'TS-S01-C1-261125-0001');
    await page.getByRole('button', { name: '打印受理回执' }).click();
    const slipJob = await lastJob(page, 'complaintSlip');
    const slip = await printJobToPdf(browser, origin, slipJob, artifacts);
    const slipText = await pdfText(slip);
    for (const text of [number, '投诉受理回执', STORE, '2026-11-27 09:00']) assert.ok(slipText.includes(text), `acknowledgment PDF holds ${text}`);
    assert.ok(Math.abs((await pdfInfo(slip)).width - 226.77) < 1, '80 mm wide');
    await signOut(page);

    step('the supervisor judges it valid, classifies it and assigns it to a department');
    await signIn(page, SUPERVISOR);
    await openArea(page, '投诉处理', '待处理投诉');
    await page.getByRole('button', { name: `打开投诉 ${number}` }).click();
    await takeStep(page, '判定是否成立', async () => {
      await page.getByRole('radio', { name: '成立', exact: true }).check();
      await page.getByLabel('判定理由').fill('核实属实');
    });
    await takeStep(page, '分类（能否解决）', () => page.getByRole('radio', { name: '短期内解决', exact: true }).check());
    await takeStep(page, '分派部门和负责人', async () => {
      assert.equal(await page.getByLabel('责任部门').inputValue(), '生鲜部');
      await page.getByLabel('负责人姓名').fill('李小红');
      await page.getByLabel('负责人工号').fill(CLERK.no);
    });
    await signOut(page);

    step('two hours pass (test clock): nobody called the customer back; the supervisor is told at sign-in');
    await page.clock.fastForward('02:00:00');
    await signIn(page, SUPERVISOR);
    const raised = page.getByRole('dialog', { name: /^有 \d+ 件投诉已超时$/ });
    await raised.getByText(number).waitFor();
    await page.getByText(/^超时投诉 \d+ 件$/).waitFor();
    await raised.getByRole('button', { name: '打开投诉列表' }).click();
    await page.getByRole('heading', { name: '待处理投诉' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.getByText(/已超时/).first().waitFor();

    step('the department calls, finds the cause, proposes; the supervisor approves; carried out; follow-up; closed');
    await page.getByRole('button', { name: `打开投诉 ${number}` }).click();
    await takeStep(page, '已联系顾客', () => page.getByRole('radio', { name: '责任部门', exact: true }).check());
    await takeStep(page, '调查原因', () => page.getByRole('textbox', { name: '原因', exact: true }).fill('未按规定巡检临期商品'));
    await takeStep(page, '提出处理方案', async () => {
      await page.getByRole('checkbox', { name: '道歉', exact: true }).check();
      await page.getByRole('checkbox', { name: '退款', exact: true }).check();
      await page.getByLabel('退款金额（元）').fill('12.90');
    });
    await takeStep(page, '审批方案', () => page.getByRole('radio', { name: '批准', exact: true }).check());
    await takeStep(page, '落实并告知顾客', () => page.getByRole('checkbox', { name: '已落实并告知顾客', exact: true }).check());
    await takeStep(page, '回访', () => page.getByRole('radio', { name: '5 很满意', exact: true }).check());
    await page.getByRole('region', { name: '可办理的步骤' }).getByRole('button', { name: '结案', exact: true }).click();
    await page.getByLabel('经验教训').fill('加强临期巡检');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('dialog', { name: '确认结案' }).getByRole('button', { name: '结案' }).click();
    await page.getByRole('status').filter({ hasText: '已记录：结案' }).waitFor();
    await page.getByTestId('complaint-state').filter({ hasText: '已处理结案' }).waitFor();

    step('the monthly report is printed on A4');
    await openArea(page, '投诉月报', '投诉月报');
    await page.getByRole('button', { name: '打印月报（A4）' }).click();
    const reportJob = await lastJob(page, 'complaintsMonthly');
    const report = await printJobToPdf(browser, origin, reportJob, artifacts);
    const reportText = await pdfText(report);
    for (const text of ['投诉月度报告', '2026-11', STORE, '商品质量', '首次联系顾客', '未按规定巡检临期商品', '服务之星', '1001 李小红']) assert.ok(reportText.includes(text), `report PDF holds ${text}`);
    assert.ok(Math.abs((await pdfInfo(report)).width - 595.28) < 1, 'A4 wide');
  },
};
