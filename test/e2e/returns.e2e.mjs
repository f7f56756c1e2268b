import assert from 'node:assert/strict';
import { pdfInfo, pdfText } from './pdf.mjs';
import { CLERK, firstRunWithClerk, openArea, printedJobs, signIn, STORE, SUPERVISOR } from './desk.mjs';
import { printJobToPdf } from './printed.mjs';

/** A store-local (Shanghai) date, `daysAgo` days before today, as yyyy-MM-dd. */
function shanghaiDate(daysAgo = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - daysAgo * 86_400_000));
}

async function scanReceipt(page, receiptNo) {
  const scan = page.getByLabel('扫描或输入购物小票号（回车确认）');
  await scan.fill(receiptNo);
  await scan.press('Enter');
  await page.getByTestId('receipt-number').waitFor();
}

async function fillLine(page, line) {
  const item = page.getByRole('group', { name: '商品 1' });
  await item.getByLabel('商品条码/SKU').fill(line.sku);
  await item.getByLabel('品名').fill(line.name);
  await item.getByLabel('类别').selectOption(line.category);
  await item.getByLabel('购买数量').fill(line.bought);
  await item.getByLabel('退货数量').fill(line.quantity);
  await item.getByLabel('单价（元）').fill(line.price);
}

async function choose(page, reason, condition, outcome) {
  await page.getByLabel('退货原因').selectOption(reason);
  await page.getByLabel('商品状况').selectOption(condition);
  await page.getByLabel('处理结果').selectOption(outcome);
}

/** Waits for the new TH number on screen (the previous one is replaced). */
async function registeredNumber(page, previous) {
  const shown = page.getByTestId('return-number');
  await shown.waitFor();
  if (previous) await page.waitForFunction((p) => document.querySelector('[data-testid="return-number"]')?.textContent?.trim() !== p, previous);
  return (await shown.textContent()).trim();
}

export const returnsFlow = {
  name: 'returns: approval, exchange, refusal, slip and monthly summary',
  async run({ page, browser, origin, artifacts, step }) {
    await page.goto(origin);

    step('first run and a clerk account');
    await firstRunWithClerk(page);

    step('every area of the supervisor shows above the status bar at 1366x900, without scrolling');
    const nav = page.getByRole('navigation');
    await nav.evaluate((el) => el.scrollTo(0, 0));
    const lastArea = await nav.getByRole('button').last().boundingBox();
    const statusBar = await page.locator('.shell > .status').boundingBox();
    assert.ok(lastArea.y + lastArea.height <= statusBar.y, `the last area ends at ${lastArea.y + lastArea.height} px, the status bar starts at ${statusBar.y} px`);

    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, CLERK);
    await openArea(page, '退换货', '退换货');

    step('a return outside the window: the problem in words, a supervisor approves');
    await scanReceipt(page, 'pos-20261001-0042');
    await page.getByLabel('购买日期').fill(shanghaiDate(30));
    await fillLine(page, { sku: '6901234567892', name: '电水壶', category: 'appliance', bought: '1', quantity: '1', price: '129.00' });
    await choose(page, 'quality', 'faulty', 'refund');
    await page.getByLabel('退款方式').selectOption('originalPayment');
    await page.getByText('购买已 30 天，超过 7 天退货期').waitFor();
    await page.getByText('已过 15 天，三包退换不适用；保修期内可办理维修。').waitFor();
    await page.getByLabel('例外理由（主管批准）').fill('两次维修未修好，主管同意退货');
    await page.getByRole('button', { name: '请主管审批并登记…' }).click();
    const approval = page.getByRole('dialog');
    await approval.getByLabel('主管工号').fill(SUPERVISOR.no);
    await approval.getByLabel('主管 PIN 码').fill('000000');
    await approval.getByRole('button', { name: '批准' }).click();
    await approval.getByText('主管工号或 PIN 码不正确').waitFor();
    await approval.getByLabel('主管 PIN 码').fill(SUPERVISOR.pin);
    await approval.getByRole('button', { name: '批准' }).click();
    const first = await registeredNumber(page);
    assert.match(first, /^TH-S01-C1-\d{6}-0001$/);
    await page.getByText('已打印').first().waitFor();

    step('after saving: the TH number in view, its buttons in one row, the receipt field empty and ready for the next customer');
    const shown = await page.getByTestId('return-number').boundingBox();
    const main = await page.locator('.shell__main').boundingBox();
    assert.ok(shown.y >= main.y && shown.y + shown.height <= main.y + main.height, `the new TH number is in view (at ${shown.y} px)`);
    const done = page.locator('section', { has: page.getByTestId('return-number') });
    const rows = await Promise.all(['打印预览', '补打', '办理下一笔'].map((name) => done.getByRole('button', { name, exact: true }).boundingBox()));
    for (const box of rows) assert.ok(Math.abs(box.y - rows[0].y) < 2, `the done screen's buttons share one row (${rows.map((b) => b.y).join(', ')})`);
    const receiptField = page.getByLabel('扫描或输入购物小票号（回车确认）');
    assert.equal(await receiptField.inputValue(), '', 'the last customer\'s receipt is not kept');
    assert.equal(await receiptField.evaluate((el) => el === document.activeElement), true, 'the scanner field has the focus');

    step('the return slip prints with the number and 退货');
    let jobs = await printedJobs(page);
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0].kind, 'returnSlip');
    const slip = await printJobToPdf(browser, origin, jobs[0], artifacts);
    const slipText = await pdfText(slip);
    for (const text of [first, '退货单', 'POS-20261001-0042', '顾客签名', '随货联', '129.00', STORE]) assert.ok(slipText.includes(text), `slip PDF holds ${text}`);
    assert.ok(Math.abs((await pdfInfo(slip)).width - 226.77) < 1, '80 mm wide');

    step('an exchange');
    await scanReceipt(page, 'POS-20261120-0007');
    await page.getByLabel('购买日期').fill(shanghaiDate(2));
    await fillLine(page, { sku: '6923456789012', name: '运动鞋 42码', category: 'clothing', bought: '1', quantity: '1', price: '299' });
    await choose(page, 'sizeFit', 'unopened', 'exchange');
    await page.getByLabel('换货商品条码/SKU').fill('6923456789013');
    await page.getByLabel('换货品名').fill('运动鞋 43码');
    await page.getByLabel('换货单价（元）').fill('299');
    await page.getByRole('button', { name: '登记退换货' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '登记退换货' }).click();
    const second = await registeredNumber(page, first);
    assert.match(second, /-0002$/);

    step('a refused return');
    await scanReceipt(page, 'POS-20261120-0008');
    await page.getByLabel('购买日期').fill(shanghaiDate(1));
    await fillLine(page, { sku: '6934567890123', name: '洗发水', category: 'personalCare', bought: '1', quantity: '1', price: '45.5' });
    await choose(page, 'changedMind', 'opened', 'refused');
    await page.getByLabel('拒绝理由').fill('已开封个人护理用品不退');
    await page.getByRole('button', { name: '登记退换货' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '登记退换货' }).click();
    const third = await registeredNumber(page, second);
    assert.match(third, /-0003$/);
    await page.getByRole('region', { name: '退货记录' }).getByText(third).waitFor();

    step('the supervisor prints the monthly summary');
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, SUPERVISOR);
    await openArea(page, '退货汇总', '退货月度汇总');
    const month = shanghaiDate(0).slice(0, 7);
    // The refused return is counted by outcome only: 2 returns (refund 129 + exchange 299).
    await page.getByText(`${month}：退货 2 笔，2 件，商品金额 ¥428.00，实退 ¥129.00`).waitFor();
    await page.getByRole('button', { name: '打印汇总（A4）' }).click();
    await page.waitForFunction(() => window.__deskStandIn.archive.some((r) => r.request.kind === 'returnsMonthly'));
    jobs = await printedJobs(page);
    const monthly = jobs.find((j) => j.kind === 'returnsMonthly');
    const summaryPdf = await printJobToPdf(browser, origin, monthly, artifacts);
    const summaryText = await pdfText(summaryPdf);
    for (const text of ['退货月度汇总', month, '按原因', '质量问题', '服装鞋帽', '428.00']) assert.ok(summaryText.includes(text), `summary PDF holds ${text}`);
    assert.ok(Math.abs((await pdfInfo(summaryPdf)).width - 595.28) < 1, 'A4 wide');
  },
};
