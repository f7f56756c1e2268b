import assert from 'node:assert/strict';
import { join } from 'node:path';
import { barcodesOnPdf } from './barcodes.mjs';
import { CLERK, firstRunWithClerk, openArea, printedJobs, signIn, signOut, STORE } from './desk.mjs';
import { pdfInfo, pdfText } from './pdf.mjs';
import { printJobToPdf } from './printed.mjs';

/** 2026-11-25 10:00 in Shanghai. */
const START = Date.UTC(2026, 10, 25, 2, 0);
const RECEIPT = 'POS-20261125-0042';
const INVOICE_NO = '26312000000012345678';

export const invoicesFlow = {
  name: 'invoices: an invoice request with its slip, the number the tax system issued, the register shows it',
  async run({ page, browser, origin, artifacts, step }) {
    await page.clock.install({ time: START });
    await page.goto(origin);

    step('first run, and the clerk signs in');
    await firstRunWithClerk(page);
    await signOut(page);
    await signIn(page, CLERK);
    await openArea(page, '开具发票', '开具发票');

    step('a company asks for a special VAT invoice on a receipt; a wrong taxpayer number is refused at its field');
    const receipt = page.getByRole('group', { name: '小票 1' });
    await receipt.getByLabel('小票号（扫描或输入）').fill(RECEIPT.toLowerCase());
    await receipt.getByLabel('小票金额（元）').fill('1,288.50');
    await page.getByLabel('发票抬头').fill('上海某某科技有限公司');
    await page.getByLabel('抬头类型').selectOption('company');
    await page.getByLabel('纳税人识别号（统一社会信用代码）').fill('91350100M000100Y44');
    await page.getByLabel('发票类型').selectOption('specialVat');
    await page.getByLabel('接收邮箱').fill('ap@example.com');
    await page.getByRole('button', { name: '登记开票申请' }).click();
    await page.getByText('纳税人识别号的校验位不对，请核对').waitFor();
    await page.getByLabel('纳税人识别号（统一社会信用代码）').fill('91350100M000100Y43');
    await page.getByRole('button', { name: '登记开票申请' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('合计 ¥1288.50').waitFor();
    await dialog.getByRole('button', { name: '登记开票申请' }).click();
    const number = (await page.getByTestId('invoice-number').textContent()).trim();
    assert.match(number, /^FP-S01-C1-261125-0001$/);

    step('the request slip prints on the 80 mm roll with its number as a barcode');
    await page.waitForFunction(() => window.__deskStandIn.archive.some((r) => r.request.kind === 'invoiceSlip'));
    const job = (await printedJobs(page)).find((j) => j.kind === 'invoiceSlip');
    assert.equal(job.recordNumber, number);
    const pdf = await printJobToPdf(browser, origin, job, artifacts);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    for (const expected of ['开票申请单', number, RECEIPT, '上海某某科技有限公司', '91350100M000100Y43', '增值税专用发票', '¥1288.50', STORE]) {
      assert.ok(text.includes(expected), `slip PDF holds ${expected}`);
    }
    const info = await pdfInfo(pdf);
    assert.equal(info.pages, 1);
    assert.ok(Math.abs(info.width - 226.8) < 1, `an 80 mm roll, got ${info.width} pt`);
    const codes = await barcodesOnPdf(browser, pdf, { dpi: 203, saveAs: join(artifacts, `invoice-slip-${number}.png`) });
    assert.ok(codes.some((c) => c.format === 'Code128' && c.text === number), 'the number scans from the bars');

    step('the slip scanned back: the number the tax system issued is recorded');
    const find = page.getByLabel('扫描或输入申请单号（回车确认）');
    await find.fill(number);
    await find.press('Enter');
    const detail = page.getByRole('region', { name: `申请单 ${number}` });
    await detail.getByTestId('invoice-status').getByText('待开票').waitFor();
    await detail.getByLabel('发票号码（税务系统开具后扫描或输入）').fill(INVOICE_NO);
    await detail.getByRole('button', { name: '记录发票号码' }).click();
    await detail.getByTestId('invoice-status').getByText('已开票').waitFor();

    step("today's register shows it issued, with the invoice number");
    const register = page.getByRole('region', { name: '发票登记' });
    await register.getByText('申请 1 笔 · 待开票 0 · 已开票 1 · 已作废 0 · 金额合计 ¥1288.50（其中已开票 ¥1288.50）').waitFor();
    const row = register.getByRole('row').filter({ hasText: number });
    assert.ok((await row.textContent()).includes(INVOICE_NO), 'the register row shows the invoice number');
    await page.getByRole('button', { name: '退出登录' }).click();
  },
};
