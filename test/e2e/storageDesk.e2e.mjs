import assert from 'node:assert/strict';
import { pdfFonts, pdfInfo, pdfText } from './pdf.mjs';
import { openArea, printedJobs, STORE, SUPERVISOR } from './desk.mjs';
import { printJobToPdf } from './printed.mjs';

export const storageDeskFlow = {
  name: 'storage desk: first run to sign out',
  async run({ page, browser, origin, artifacts, step }) {
    await page.goto(origin);

    step('first run: store, counter, first supervisor');
    await page.getByLabel('门店名称').fill(STORE);
    await page.getByLabel('门店代码').fill('s01');
    await page.getByLabel('本柜台编号').fill('c1');
    await page.getByLabel('主管工号').fill(SUPERVISOR.no);
    await page.getByLabel('主管姓名').fill(SUPERVISOR.name);
    await page.getByLabel('PIN 码（6–8 位数字）').fill(SUPERVISOR.pin);
    await page.getByLabel('再次输入 PIN 码').fill(SUPERVISOR.pin);
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('button', { name: '退出登录' }).click();

    step('sign in');
    await page.getByLabel('工号').fill(SUPERVISOR.no);
    await page.getByLabel('PIN 码').fill('111111');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('工号或 PIN 码不正确').waitFor();
    await page.getByLabel('PIN 码').fill(SUPERVISOR.pin);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '大件物品寄存' }).waitFor();

    step('deposit refuses a bad count, then deposits');
    await page.getByLabel('物品描述').fill('黑色拉杆箱');
    await page.getByLabel('件数').fill('0');
    await page.getByLabel('存放位置（货架/格位）').fill('A-03');
    await page.getByRole('button', { name: '寄存并打印凭证' }).click();
    await page.getByText('数量须为 1–99 的整数').waitFor();
    await page.getByLabel('件数').fill('2');
    await page.getByRole('button', { name: '寄存并打印凭证' }).dblclick();
    const number = (await page.getByTestId('ticket-number').textContent()).trim();
    assert.match(number, /^JC-S01-C1-\d{6}-0001$/);
    await page.getByText('已打印').waitFor();

    step('the printed ticket is a PDF with the number and the Chinese store name');
    const jobs = await printedJobs(page);
    assert.equal(jobs.length, 1, 'a double click deposits and prints once');
    const pdf = await printJobToPdf(browser, origin, jobs[0], artifacts);
    const text = await pdfText(pdf);
    assert.ok(text.includes(number), `ticket PDF holds ${number}`);
    assert.ok(text.includes(STORE), 'ticket PDF holds the store name');
    const info = await pdfInfo(pdf);
    assert.equal(info.pages, 1);
    assert.ok(Math.abs(info.width - 226.77) < 1, `80 mm wide, got ${info.width} pt`);
    assert.ok((await pdfFonts(pdf)).some((font) => /NotoSansSC/i.test(font.name ?? '') && font.embedded), 'the bundled Chinese font is embedded');

    step('retrieve by typing the scanned number');
    await openArea(page, '取件', '取件');
    const scan = page.getByLabel('扫描或输入取件凭证号');
    await scan.fill(number.toLowerCase());
    await scan.press('Enter');
    await page.getByRole('button', { name: '核对无误，放行' }).click();
    await page.getByText(`已放行：${number}`).waitFor();

    step('a second retrieval is refused with who and when');
    await openArea(page, '寄存', '大件物品寄存');
    await openArea(page, '取件', '取件');
    await page.getByLabel('扫描或输入取件凭证号').fill(number);
    await page.getByLabel('扫描或输入取件凭证号').press('Enter');
    await page.getByText(`由 ${SUPERVISOR.no} ${SUPERVISOR.name} 在柜台 C1 放行，不能再次放行`).waitFor();
    assert.equal(await page.getByRole('button', { name: '核对无误，放行' }).count(), 0);

    step('an unknown number is explained at the field');
    await page.getByLabel('扫描或输入取件凭证号').fill('JC-S01-C1-261125-0999');
    await page.getByLabel('扫描或输入取件凭证号').press('Enter');
    await page.getByText('没有凭证号为 JC-S01-C1-261125-0999 的寄存记录').waitFor();

    step('lost ticket: identity check and supervisor PIN');
    await openArea(page, '寄存', '大件物品寄存');
    await page.getByLabel('物品描述').fill('红色婴儿车');
    await page.getByLabel('存放位置（货架/格位）').fill('B-01');
    await page.getByLabel('顾客电话（选填）').fill('13912345678');
    await page.getByRole('button', { name: '寄存并打印凭证' }).click();
    const second = (await page.getByTestId('ticket-number').textContent()).trim();
    await openArea(page, '取件', '取件');
    await page.getByRole('button', { name: '顾客遗失凭证' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('按电话、物品描述或日期查找').fill('5678');
    await dialog.getByRole('button', { name: '查询' }).click();
    await page.getByRole('button', { name: '选择此物品' }).click();
    await page.getByLabel('顾客描述的物品内容').fill('红色婴儿车一辆');
    await page.getByLabel('顾客电话').fill('13912345678');
    await page.getByLabel('身份核对（证件及说明）').fill('身份证尾号 1234');
    await page.getByRole('button', { name: '请主管审批并放行' }).click();
    await page.getByLabel('主管工号').fill(SUPERVISOR.no);
    await page.getByLabel('主管 PIN 码').fill('000000');
    await page.getByRole('button', { name: '批准' }).click();
    await page.getByText('主管工号或 PIN 码不正确').waitFor();
    await page.getByLabel('主管 PIN 码').fill(SUPERVISOR.pin);
    await page.getByRole('button', { name: '批准' }).click();
    await page.getByText(`已放行：${second}`).waitFor();

    step('sign out');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '员工登录' }).waitFor();
  },
};
