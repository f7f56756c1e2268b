import assert from 'node:assert/strict';
import { pdfInfo, pdfText } from './pdf.mjs';
import { CLERK, firstRunWithClerk, openArea, printedJobs, signIn, signOut, STORE, SUPERVISOR } from './desk.mjs';
import { printJobToPdf } from './printed.mjs';

/** Wednesday 2026-11-25 09:00 in Shanghai: the page's clock starts here and is moved by the test. */
const START = Date.UTC(2026, 10, 25, 1, 0);
const PHONE = '13812345678';
const MASKED = '138****5678';

export const customerHistoryFlow = {
  name: 'customer history: a return and a complaint of one phone, newest first, masked on screen and on A4',
  async run({ page, browser, origin, artifacts, step }) {
    await page.clock.install({ time: START });
    await page.goto(origin);

    step('first run and a clerk account');
    await firstRunWithClerk(page);
    await signOut(page);
    await signIn(page, CLERK);

    step('the clerk registers a refund for a customer who gives a phone');
    await openArea(page, '退换货', '退换货');
    const scan = page.getByLabel('扫描或输入购物小票号（回车确认）');
    await scan.fill('POS-20261123-0042');
    await scan.press('Enter');
    await page.getByTestId('receipt-number').waitFor();
    await page.getByLabel('购买日期').fill('2026-11-23');
    const item = page.getByRole('group', { name: '商品 1' });
    await item.getByLabel('商品条码/SKU').fill('6901234567892');
    await item.getByLabel('品名').fill('电水壶');
    await item.getByLabel('类别').selectOption('appliance');
    await item.getByLabel('购买数量').fill('1');
    await item.getByLabel('退货数量').fill('1');
    await item.getByLabel('单价（元）').fill('129.00');
    await page.getByLabel('退货原因').selectOption('quality');
    await page.getByLabel('商品状况').selectOption('faulty');
    await page.getByLabel('处理结果').selectOption('refund');
    await page.getByLabel('退款方式').selectOption('originalPayment');
    await page.getByLabel('顾客电话（选填）').fill(PHONE);
    await page.getByRole('button', { name: '登记退换货' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '登记退换货' }).click();
    await page.getByTestId('return-number').waitFor();
    const returnNumber = (await page.getByTestId('return-number').textContent()).trim();
    assert.match(returnNumber, /^TH-S01-C1-261125-0001$/);

    step('two minutes later (within the idle lock) the same customer, by name, complains by phone');
    await page.clock.fastForward('00:02:00');
    await openArea(page, '投诉受理', '投诉受理');
    await page.getByLabel('投诉方式').selectOption('phone');
    await page.getByLabel('姓名（可选）').fill('张三');
    await page.getByLabel('电话').fill('138 1234 5678');
    await page.getByLabel('对象类型').selectOption('product');
    await page.getByLabel('商品名称').fill('电水壶');
    await page.getByLabel('事情经过').fill('退货时排队太久');
    await page.getByLabel('顾客诉求').fill('改进服务');
    await page.getByLabel('投诉类别').selectOption('productQuality');
    await page.getByLabel('等级').selectOption('normal');
    await page.getByRole('button', { name: '复述确认' }).click();
    await page.getByRole('button', { name: '顾客已确认，保存' }).click();
    const complaintNumber = (await page.getByTestId('complaint-number').textContent()).trim();
    assert.equal(complaintNumber, 'TS-S01-C1-261125-0001');

    step('a clerk has no customer history in the sidebar');
    assert.equal(await page.getByRole('navigation').getByRole('button', { name: '顾客记录' }).count(), 0);
    await signOut(page);

    step('the supervisor looks the customer up by phone: the complaint, then the return, the phone masked');
    await signIn(page, SUPERVISOR);
    await openArea(page, '顾客记录', '顾客服务记录');
    const phoneField = page.getByLabel('电话号码或后四位');
    await phoneField.fill(PHONE);
    await phoneField.press('Enter');
    await page.getByRole('status').filter({ hasText: `${MASKED}：共 2 条记录，最新的在前` }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    assert.equal(await rows.count(), 3);
    assert.ok((await rows.nth(1).textContent()).includes(complaintNumber), 'the complaint, newest, comes first');
    assert.ok((await rows.nth(1).textContent()).includes('投诉'));
    assert.ok((await rows.nth(2).textContent()).includes(returnNumber), 'then the return');
    assert.ok((await rows.nth(2).textContent()).includes('退换货'));
    assert.ok(!(await page.locator('.shell__main').textContent()).includes(PHONE), 'the whole phone number is never on screen');

    step('printed on A4, masked');
    await page.getByRole('button', { name: '打印记录（A4）' }).click();
    await page.waitForFunction(() => window.__deskStandIn.archive.some((r) => r.request.kind === 'customerHistory'));
    const job = (await printedJobs(page)).filter((j) => j.kind === 'customerHistory').pop();
    const pdf = await printJobToPdf(browser, origin, job, artifacts);
    const text = await pdfText(pdf);
    for (const shown of ['顾客服务记录', STORE, MASKED, complaintNumber, returnNumber, '投诉', '退换货']) assert.ok(text.includes(shown), `history PDF holds ${shown}`);
    assert.ok(!text.includes(PHONE), 'the PDF never holds the whole phone number');
    assert.ok(Math.abs((await pdfInfo(pdf)).width - 595.28) < 1, 'A4 wide');
  },
};
