import assert from 'node:assert/strict';
import { join } from 'node:path';
import { barcodesOnPdf } from './barcodes.mjs';
import { CLERK, firstRunWithClerk, openArea, printedJobs, signIn, signOut, STORE } from './desk.mjs';
import { pdfInfo, pdfText } from './pdf.mjs';
import { printJobToPdf } from './printed.mjs';

/** 2026-11-25 10:00 in Shanghai. */
const START = Date.UTC(2026, 10, 25, 2, 0);

/** The print jobs of the pickup slip so far, oldest first, once there are `count`. */
async function slipJobs(page, count) {
  await page.waitForFunction((n) => window.__deskStandIn.archive.filter((r) => r.request.kind === 'pickupSlip').length >= n, count);
  return (await printedJobs(page)).filter((j) => j.kind === 'pickupSlip');
}

/** The slip as Chromium prints it: one 80 mm page holding `texts`, the number scanning from its bars. */
async function checkSlip(browser, origin, job, artifacts, number, texts) {
  const pdf = await printJobToPdf(browser, origin, job, artifacts);
  const text = (await pdfText(pdf)).replace(/\s+/g, '');
  for (const expected of texts) assert.ok(text.includes(expected.replace(/\s+/g, '')), `pickup slip PDF holds ${expected}`);
  const info = await pdfInfo(pdf);
  assert.equal(info.pages, 1);
  assert.ok(Math.abs(info.width - 226.8) < 1, `an 80 mm roll, got ${info.width} pt`);
  const codes = await barcodesOnPdf(browser, pdf, { dpi: 203, saveAs: join(artifacts, `pickup-slip-${number}-${job.jobId}.png`) });
  assert.ok(codes.some((c) => c.format === 'Code128' && c.text === number), 'the number scans from the bars');
  return text;
}

export const preOrdersFlow = {
  name: 'preOrders: a phone pre-order taken with its pickup slip, raised at the next day’s sign-in, confirmed, ready and picked up with the slip reprinted',
  async run({ page, browser, origin, artifacts, step }) {
    await page.clock.install({ time: START });
    await page.goto(origin);

    step('first run, and the clerk signs in');
    await firstRunWithClerk(page);
    await signOut(page);
    await signIn(page, CLERK);

    step('a customer phones for a birthday cake tomorrow at 10:00; a pickup already past is refused at its field');
    await openArea(page, '预约订货', '电话预约订货 · 团体购物');
    await page.getByRole('button', { name: '新预约' }).click();
    await page.getByLabel('顾客姓名').fill('王女士');
    await page.getByLabel('顾客姓名').press('Enter');
    await page.getByLabel('电话', { exact: true }).fill('138 0013 8000');
    await page.getByLabel('商品 1 名称').fill('生日蛋糕 8 寸');
    await page.getByLabel('商品 1 数量').fill('１');
    await page.getByLabel('商品 1 单价（元，可空）').fill('168');
    await page.getByLabel('备货部门').fill('烘焙部');
    await page.getByLabel('取货时间').fill('2026-11-25T09:00');
    await page.getByLabel('定金（元，没有则空）').fill('50');
    await page.getByRole('button', { name: '登记并打印取货单' }).click();
    await page.getByText('取货时间须晚于现在').waitFor();
    await page.getByLabel('取货时间').fill('2026-11-26T10:00');
    await page.getByRole('button', { name: '登记并打印取货单' }).dblclick();
    const number = (await page.getByTestId('pre-order-number').textContent()).trim();
    assert.equal(number, 'YD-S01-C1-261125-0001');
    await page.getByText('已打印').waitFor();
    const [taken] = await slipJobs(page, 1);
    assert.equal((await printedJobs(page)).filter((j) => j.kind === 'pickupSlip').length, 1, 'a double click takes and prints once');
    const takenText = await checkSlip(browser, origin, taken, artifacts, number, ['取货单', STORE, number, '电话预约订货', '王女士', '138****8000', '生日蛋糕 8 寸', '烘焙部', '2026-11-26 10:00', '¥50.00', '¥118.00', '已登记']);
    assert.ok(!takenText.includes('13800138000'), 'the phone is masked on the slip');
    assert.ok(!takenText.includes('补打'), 'the first print is no reprint');
    await signOut(page);

    step('the next morning at 11:00 the clerk signs in: the overdue pickup is raised');
    await page.clock.runFor(25 * 3_600_000);
    await signIn(page, CLERK);
    const notice = page.getByRole('complementary', { name: '今日取货与超时未取的预约（1 笔）' });
    await notice.getByText('超时 1 笔').waitFor();
    await notice.getByText(number).waitFor();
    await notice.getByRole('button', { name: '打开预约订货' }).click();
    await page.getByRole('table', { name: '尚未取货或取消的预约（按取货时间）' }).waitFor();

    step('the department confirms, the cake is ready, the customer comes with the slip');
    await page.getByRole('button', { name: `打开 ${number}` }).click();
    await page.getByRole('heading', { name: new RegExp(`^预约 ${number} · 已登记`) }).waitFor();
    await page.getByLabel('部门确认人（电话中确认的人）').fill('烘焙部 张师傅');
    await page.getByLabel('部门确认人（电话中确认的人）').press('Enter');
    await page.getByRole('heading', { name: new RegExp(`^预约 ${number} · 已确认`) }).waitFor();
    await page.getByRole('button', { name: '备货完成' }).click();
    await page.getByRole('heading', { name: new RegExp(`^预约 ${number} · 已备货`) }).waitFor();
    await page.getByRole('button', { name: '返回列表' }).click();
    // The customer's slip scanned at the counter opens the order.
    const scan = page.getByLabel('扫描或输入预约单号（回车打开）');
    await scan.fill(number.toLowerCase());
    await scan.press('Enter');
    assert.equal(await page.getByLabel('取货时收款（元）').inputValue(), '118.00');
    await page.getByRole('button', { name: '确认取货并打印取货单…' }).click();
    const ask = page.getByRole('dialog', { name: '确认取货' });
    await ask.getByText(`${number}：顾客已取货，收款 ¥118.00`, { exact: false }).waitFor();
    await ask.getByRole('button', { name: '确认取货' }).click();
    await page.getByRole('heading', { name: new RegExp(`^预约 ${number} · 已取货`) }).waitFor();

    step('the slip printed again at pickup, marked as a reprint, with the balance paid');
    const [, pickedUp] = await slipJobs(page, 2);
    await checkSlip(browser, origin, pickedUp, artifacts, number, ['取货单', '补打', number, '已取货', '取货已付', '¥118.00', '烘焙部张师傅']);
    assert.equal(await page.getByRole('button', { name: '取消预约…' }).count(), 0, 'a picked-up order cannot be cancelled');

    await signOut(page);
    await page.getByRole('heading', { name: '员工登录' }).waitFor();
  },
};
