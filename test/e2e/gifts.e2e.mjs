import assert from 'node:assert/strict';
import { pdfInfo, pdfText } from './pdf.mjs';
import { CLERK, firstRunWithClerk, openArea, printedJobs, signIn, STORE, SUPERVISOR } from './desk.mjs';
import { printJobToPdf } from './printed.mjs';

const RECEIPT = 'POS20261125001';
/** Today in the store's zone (Shanghai), as the receipt's date: yyyy-MM-dd. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** The latest print job of a kind, once it is there. */
async function lastJob(page, kind) {
  await page.waitForFunction((k) => window.__deskStandIn.archive.some((r) => r.request.kind === k), kind);
  return (await printedJobs(page)).filter((j) => j.kind === kind).pop();
}

async function scanReceipt(page, receiptNo) {
  const scan = page.getByLabel('扫描或输入购物小票号（回车确认）');
  await scan.fill(receiptNo);
  await scan.press('Enter');
}

async function approve(page) {
  const dialog = page.getByRole('dialog', { name: '主管审批' });
  await dialog.getByLabel('主管工号').fill(SUPERVISOR.no);
  await dialog.getByLabel('主管 PIN 码').fill(SUPERVISOR.pin);
  await dialog.getByRole('button', { name: '批准' }).click();
}

export const giftsFlow = {
  name: 'gifts: campaign with stock, handout slip, receipt used twice, reversal, draw, reconciliation',
  async run({ page, browser, origin, artifacts, step }) {
    await page.goto(origin);

    step('first run and a clerk account');
    await firstRunWithClerk(page);

    step('the supervisor sets up a campaign (this week) and receives stock');
    await openArea(page, '活动与库存', '活动与库存');
    await page.getByRole('button', { name: '新建活动' }).click();
    await page.getByLabel('活动名称').fill('双十一满赠');
    await page.getByLabel('赠品 1 名称').fill('保温杯');
    await page.getByLabel('赠品 1 价值（元）').fill('39.999');
    await page.getByLabel('档位 1 满额（元）').fill('199');
    await page.getByRole('button', { name: '建立活动' }).click();
    await page.getByText('金额最多两位小数（精确到分）').waitFor();
    await page.getByLabel('赠品 1 价值（元）').fill('39');
    await page.getByRole('button', { name: '建立活动' }).click();
    const created = (await page.getByText(/^活动 HD-S01-C1-\d{6}-0001 已建立$/).textContent()).trim();
    const campaignNumber = /HD-S01-C1-\d{6}-0001/.exec(created)[0];
    const receive = page.getByRole('form', { name: '赠品入库' });
    await receive.getByLabel('入库数量').fill('5');
    await receive.getByLabel('入库数量').press('Enter');
    await receive.getByText('保温杯 已入库 5，现余 5').waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, CLERK);

    step('the clerk hands out a gift for a scanned receipt; the slip prints');
    await openArea(page, '赠品发放', '赠品发放');
    await scanReceipt(page, RECEIPT.toLowerCase());
    await page.getByText(`小票 ${RECEIPT} 本活动尚未领取赠品`).waitFor();
    await page.getByLabel('购物日期（小票上的日期）').fill(TODAY);
    await page.getByLabel('小票金额（元）').fill('150');
    await page.getByText('还差 ¥49.00 可达最低档 ¥199.00').waitFor();
    await page.getByLabel('小票金额（元）').fill('256.80');
    await page.getByRole('button', { name: '发放赠品并打印' }).dblclick();
    const number = (await page.getByTestId('handout-number').textContent()).trim();
    assert.match(number, /^ZP-S01-C1-\d{6}-0001$/);
    await page.getByText('已打印').waitFor();
    const slipJob = await lastJob(page, 'handoutSlip');
    assert.equal((await printedJobs(page)).filter((j) => j.kind === 'handoutSlip').length, 1, 'a double click hands out and prints once');
    const slip = await printJobToPdf(browser, origin, slipJob, artifacts);
    const slipText = await pdfText(slip);
    for (const text of [number, '赠品', '赠品发放单', STORE, RECEIPT, '256.80', '保温杯']) assert.ok(slipText.includes(text), `slip PDF holds ${text}`);
    const slipInfo = await pdfInfo(slip);
    assert.equal(slipInfo.pages, 1);
    assert.ok(Math.abs(slipInfo.width - 226.77) < 1, `80 mm wide, got ${slipInfo.width} pt`);

    step('a second attempt with the same receipt is refused');
    await page.getByRole('button', { name: '下一位顾客' }).click();
    await scanReceipt(page, RECEIPT);
    await page.getByText(`这张小票已领过本活动赠品：发放单 ${number}，李小红 (1001)`, { exact: false }).waitFor();
    // Nothing to hand out for a refused receipt: no tier, no gift, the button off.
    await page.getByLabel('小票金额（元）').fill('300');
    assert.equal(await page.getByText(/已满 ¥199.00 档/).count(), 0, 'no tier notice for a refused receipt');
    assert.equal(await page.getByRole('button', { name: '发放赠品并打印' }).isDisabled(), true, 'no handout for a refused receipt');

    step('reversal with the supervisor PIN puts the gift back in stock');
    await page.getByRole('button', { name: '赠品冲销…' }).click();
    const find = page.getByLabel('扫描或输入发放单号 / 小票号（回车查找）');
    await find.fill(number);
    await find.press('Enter');
    await page.getByLabel('冲销原因').fill('顾客退货，赠品已收回');
    await page.getByRole('button', { name: '冲销并退回库存…' }).click();
    const wholeNumber = page.getByRole('dialog', { name: '主管审批' }).getByText(number, { exact: true });
    assert.equal(await wholeNumber.evaluate((el) => el.getClientRects().length), 1, 'the handout number stays on one line in the approval dialog');
    await approve(page);
    await page.getByText(`已冲销 ${number}，保温杯 已退回库存（现余 5）`).waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, SUPERVISOR);

    step('a draw: seeded, recorded, verified');
    await openArea(page, '抽奖', '抽奖');
    await page.getByLabel('抽奖名称').fill('店庆抽奖');
    await page.getByLabel('奖项 1 名称').fill('一等奖');
    await page.getByLabel('奖项 1 奖品').fill('电饭煲');
    await page.getByLabel('参与者（每行一个：小票号或手机尾号）').fill(`${RECEIPT}\nPOS20261125002\n5678\n`);
    const seed = await page.getByLabel('随机种子（抽奖前公示，可复核）').inputValue();
    assert.match(seed, /^[0-9a-f]{32}$/);
    await page.getByRole('button', { name: '开始抽奖…' }).click();
    await page.getByRole('dialog', { name: '确认抽奖' }).getByRole('button', { name: '抽奖' }).click();
    await page.getByRole('heading', { name: /^CJ-S01-C1-\d{6}-0001 店庆抽奖$/ }).waitFor();
    await page.getByText(`种子：${seed}`).waitFor();
    await page.getByRole('button', { name: '复核抽奖' }).click();
    await page.getByText(/^复核一致/).waitFor();
    await page.getByRole('button', { name: '打印抽奖结果' }).click();
    const drawPdf = await printJobToPdf(browser, origin, await lastJob(page, 'drawResult'), artifacts);
    const drawText = await pdfText(drawPdf);
    for (const text of ['抽奖结果', '店庆抽奖', seed, '一等奖']) assert.ok(drawText.includes(text), `draw PDF holds ${text}`);

    step('the reconciliation balances and prints on A4');
    await openArea(page, '活动与库存', '活动与库存');
    await page.getByRole('button', { name: '查看 双十一满赠' }).click();
    await page.getByTestId('rec-result').getByText('对账平衡').waitFor();
    await page.getByRole('button', { name: '打印对账单' }).click();
    const recPdf = await printJobToPdf(browser, origin, await lastJob(page, 'reconciliation'), artifacts);
    const recText = await pdfText(recPdf);
    for (const text of ['赠品对账单', campaignNumber, '双十一满赠', '保温杯', '平衡', 'balances']) assert.ok(recText.includes(text), `reconciliation PDF holds ${text}`);
    const recInfo = await pdfInfo(recPdf);
    assert.ok(Math.abs(recInfo.width - 595.28) < 2, `A4 wide, got ${recInfo.width} pt`);

    step('sign out');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '员工登录' }).waitFor();
  },
};
