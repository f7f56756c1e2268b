import assert from 'node:assert/strict';
import { join } from 'node:path';
import { barcodesOnPdf } from './barcodes.mjs';
import { pdfInfo, pdfText } from './pdf.mjs';
import { CLERK, openArea, printedJobs, signIn, signOut, SUPERVISOR } from './desk.mjs';
import { deskWithTechnician, dispatchAndAccept, START, takeServiceCall } from './serviceSteps.mjs';
import { printJobToPdf } from './printed.mjs';


export const serviceWorkshopFlow = {
  name: 'serviceWorkshop: goods taken back come in against a printed goods receipt, get a repair card and the supervisor’s check, and go back: the receipt voided',
  async run({ page, browser, origin, artifacts, step }) {
    await page.clock.install({ time: START });
    await page.goto(origin);

    step('the supervisor sets up the desk and adds a technician');
    await deskWithTechnician(page);
    await signOut(page);

    step('a clerk takes the call');
    const number = await takeServiceCall(page, { serviceType: '免费', fill: () => page.getByLabel('型号（可选）').fill('KFR-35GW') });

    step('the service supervisor dispatches it; the technician accepts');
    await dispatchAndAccept(page, number);

    step('two hours later the visit is recorded: taken back for repair');
    await page.clock.runFor(2 * 3_600_000);
    await signIn(page, CLERK);
    await openArea(page, '登记结果', '登记结果');
    const voucher = page.getByLabel('服务凭证号（扫码或输入）');
    await voucher.fill(number);
    await voucher.press('Enter');
    await page.getByLabel('结果', { exact: true }).selectOption({ label: '取回维修' });
    await page.getByLabel('到达时间').fill('2026-11-25T11:30');
    await page.getByLabel('现场时间（分钟）').fill('30');
    await page.getByLabel('维修内容').fill('压缩机不启动，带回维修');
    await page.getByLabel('顾客已签字的服务凭证已交回').check();
    await page.getByRole('form', { name: '登记结果' }).getByRole('button', { name: '登记结果' }).click();
    await page.getByText(`${number} 已登记：已取回维修`).waitFor();

    step('goods in at the workshop: the goods receipt printed (PDF: title, number, readable barcode)');
    await openArea(page, '维修间', '维修间');
    await page.getByRole('button', { name: '收货登记' }).click();
    const callScan = page.getByLabel('叫修单号（扫码或输入）');
    await callScan.fill(number.toLowerCase());
    await callScan.press('Enter');
    await page.getByLabel('商品', { exact: true }).fill('格力空调室内机');
    await page.getByLabel('附件（可选）').fill('遥控器一个');
    await page.getByLabel('外观状况').fill('外壳右侧有划痕');
    await page.getByRole('button', { name: '收货并生成领取收据' }).click();
    const receiptNo = (await page.getByTestId('goods-receipt-number').textContent()).trim();
    assert.equal(receiptNo, 'LQ-S01-C1-261125-0001');
    await page.getByRole('button', { name: '打印领取收据' }).click();
    await page.waitForFunction(() => window.__deskStandIn.archive.some((r) => r.request.kind === 'goodsReceipt'));
    const job = (await printedJobs(page)).filter((j) => j.kind === 'goodsReceipt').pop();
    const pdf = await printJobToPdf(browser, origin, job, artifacts);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    for (const expected of ['客户商品领取收据', receiptNo, number, '凭此收据领取商品', '138****8000', '格力空调室内机', '顾客签字']) assert.ok(text.includes(expected), `goods receipt PDF holds ${expected}`);
    assert.ok(Math.abs((await pdfInfo(pdf)).width - 226.8) < 1, 'an 80 mm roll');
    // As a 203 dpi thermal head lays it down.
    const codes = await barcodesOnPdf(browser, pdf, { dpi: 203, saveAs: join(artifacts, `goods-receipt-${receiptNo}.png`) });
    assert.ok(codes.some((code) => code.format === 'Code128' && code.text === receiptNo), 'the receipt number scans from the bars');

    await signOut(page);

    step('the next day the repair card is written at the desk for the technician');
    await page.clock.runFor(24 * 3_600_000);
    await signIn(page, CLERK);
    await openArea(page, '维修间', '维修间');
    await page.getByRole('button', { name: `处理 ${receiptNo}` }).click();
    const card = page.getByRole('dialog', { name: `${receiptNo} · 格力空调室内机` });
    await card.getByLabel('维修用时（分钟）').fill('９０');
    await card.getByLabel('维修内容').fill('更换启动电容，试机正常');
    await card.getByRole('button', { name: '登记修护卡' }).click();
    await page.getByText(`${receiptNo} 修护卡已登记`).waitFor();
    await signOut(page);

    step('the service supervisor checks the repair: ready today');
    await signIn(page, SUPERVISOR);
    await openArea(page, '维修间', '维修间');
    await page.getByRole('button', { name: `处理 ${receiptNo}` }).click();
    const check = page.getByRole('form', { name: '登记检验' });
    await check.getByRole('radio', { name: '合格', exact: true }).check();
    await check.getByRole('button', { name: '登记检验' }).click();
    await page.getByText(`${receiptNo} 检验合格，2026-11-26 可取`).waitFor();
    await signOut(page);

    step('the customer brings the receipt: the goods go back, the receipt is voided');
    await signIn(page, CLERK);
    await openArea(page, '维修间', '维修间');
    await page.getByRole('button', { name: '交还顾客' }).click();
    const receiptScan = page.getByLabel('领取收据号（扫码或输入）');
    await receiptScan.fill(receiptNo);
    await receiptScan.press('Enter');
    await page.getByLabel('顾客已签字领取商品').check();
    await page.getByRole('button', { name: '交还商品' }).click();
    await page.getByRole('dialog', { name: `交还商品 · ${receiptNo}` }).getByRole('button', { name: '确认交还并作废收据' }).click();
    await page.getByText(`${receiptNo} 已交还顾客，领取收据已作废`).waitFor();
    // The same text again within a moment is taken for a scanner bounce: the receipt comes back a little later.
    await page.clock.runFor(2_000);
    await receiptScan.fill(receiptNo);
    await receiptScan.press('Enter');
    await page.getByText(new RegExp(`领取收据 ${receiptNo} 已于 2026-11-26 \\d\\d:\\d\\d 领回并作废`)).waitFor();

    step('the goods in/out register shows the goods in on the 25th and out on the 26th');
    await openArea(page, '商品进出登记簿', '客户商品进出登记簿');
    await page.getByLabel('开始日期').fill('2026-11-25');
    const row = page.getByRole('table', { name: '2026-11-25 至 2026-11-26 收货或交还的商品' }).getByRole('row').filter({ hasText: receiptNo });
    const line = (await row.textContent()).replace(/\s+/g, ' ');
    for (const expected of [number, '陈女士', '2026-11-25', '90 分钟', '凭收据']) assert.ok(line.includes(expected), `register row holds ${expected}: ${line}`);
  },
};
