import assert from 'node:assert/strict';
import { pdfInfo, pdfText } from './pdf.mjs';
import { CLERK, openArea, printedJobs, signIn, signOut, STORE, SUPERVISOR } from './desk.mjs';
import { deskWithTechnician, START, takeServiceCall, TECH } from './serviceSteps.mjs';
import { printJobToPdf } from './printed.mjs';

export const serviceFlow = {
  name: 'service: a call taken, dispatched to the suggested technician, accepted, voucher printed, result recorded and closed, daily reports printed and signed',
  async run({ page, browser, origin, artifacts, step }) {
    await page.clock.install({ time: START });
    await page.goto(origin);

    step('the supervisor sets up the desk, adds a technician and gives him his area and skills');
    await deskWithTechnician(page);
    await openArea(page, '技术员', '技术员区域与技能');
    const form = page.getByRole('form', { name: `${TECH.name} (${TECH.no})` });
    await form.getByLabel('市区').check();
    await form.getByLabel('空调').check();
    await form.getByRole('button', { name: `保存 ${TECH.name} 的区域和技能` }).click();
    await page.getByText(`已保存 ${TECH.name} 的区域和技能`).waitFor();
    await signOut(page);

    step('a clerk takes the call by phone (叫修登记)');
    const number = await takeServiceCall(page, {
      serviceType: '免费',
      problem: '不制冷，外机有异响',
      fill: async () => {
        await page.getByLabel('型号（可选）').fill('KFR-35GW');
        await page.getByLabel('购买日期（可选）').fill('2026-03-01');
        await page.getByText('保修：在保').waitFor();
      },
    });
    assert.equal(number, 'WX-S01-C1-261125-0001');

    step('the service supervisor dispatches it to the suggested technician, with the reason shown');
    await signIn(page, { no: '9001', pin: '900100' });
    await openArea(page, '派工', '派工');
    await page.getByRole('button', { name: `把 ${number} 派给 ${TECH.name}：同区域 · 会空调 · 今日 0 单` }).click();
    await page.getByText(`${number} 已派给 ${TECH.name}`).waitFor();
    await signOut(page);

    step('the technician signs in, accepts the job and prints his voucher');
    await signIn(page, TECH);
    await page.getByRole('heading', { name: '我的工单' }).waitFor();
    await page.getByRole('button', { name: `接单 ${number}` }).click();
    await page.getByRole('button', { name: '打印服务凭证' }).click();
    await page.waitForFunction(() => window.__deskStandIn.archive.some((r) => r.request.kind === 'serviceVoucher'));
    const job = (await printedJobs(page)).filter((j) => j.kind === 'serviceVoucher').pop();
    const pdf = await printJobToPdf(browser, origin, job, artifacts);
    const text = await pdfText(pdf);
    for (const expected of [number, '服务凭证', STORE, '顾客签字', '陈女士', '格力空调', '在保']) assert.ok(text.includes(expected), `voucher PDF holds ${expected}`);
    const info = await pdfInfo(pdf);
    assert.ok(Math.abs(info.width - 420.9) < 1 && Math.abs(info.height - 595.3) < 1, `A5, got ${info.width} × ${info.height} pt`);
    await signOut(page);

    step('three hours later the clerk records the signed voucher: fixed on site, the call closes');
    await page.clock.runFor(3 * 3_600_000);
    await signIn(page, CLERK);
    await openArea(page, '登记结果', '登记结果');
    const scan = page.getByLabel('服务凭证号（扫码或输入）');
    await scan.fill(number.toLowerCase());
    await scan.press('Enter');
    await page.getByLabel('结果', { exact: true }).selectOption({ label: '现场修好' });
    await page.getByLabel('到达时间').fill('2026-11-25T12:00');
    await page.getByLabel('现场时间（分钟）').fill('４５');
    await page.getByLabel('维修内容').fill('清洗滤网，补充冷媒');
    await page.getByLabel('顾客已签字的服务凭证已交回').check();
    await page.getByRole('form', { name: '登记结果' }).getByRole('button', { name: '登记结果' }).click();
    await page.getByText(`${number} 已登记：已结单`).waitFor();

    step('the service supervisor opens 维修报表: the technician daily report printed on A4');
    await signOut(page);
    await signIn(page, SUPERVISOR);
    await openArea(page, '维修报表', '维修报表');
    const dayJobs = page.getByRole('table', { name: '工单' });
    await dayJobs.getByRole('row', { name: new RegExp(number) }).waitFor();
    await page.getByText('合计 1 单，45 分钟（0.8 小时），收费 ¥0.00').waitFor();
    const technicianDay = await printReport(page, browser, origin, artifacts, `SVCDAY-2026-11-25-${TECH.no}`);
    for (const expected of ['技术员工作日报表', STORE, '2026-11-25', `${TECH.name} (${TECH.no})`, number, '现场修好', '技术员签字', '服务主任签字']) {
      assert.ok(technicianDay.text.includes(expected), `technician daily report PDF holds ${expected}`);
    }

    step('the supervisor daily report: signed with number + PIN, then printed with the signature');
    await page.getByRole('tab', { name: '服务主任日报' }).click();
    await page.getByRole('table', { name: '按技术员' }).getByText(`${TECH.no} ${TECH.name}`).waitFor();
    await page.getByRole('button', { name: '签字', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('主管工号').fill(SUPERVISOR.no);
    await dialog.getByLabel('主管 PIN 码').fill(SUPERVISOR.pin);
    await dialog.getByRole('button', { name: '批准' }).click();
    await page.getByTestId('service-day-signature').getByText(`已签字：${SUPERVISOR.no} ${SUPERVISOR.name}，2026-11-25 13:00`).waitFor();
    const supervisorDay = await printReport(page, browser, origin, artifacts, 'SVCDAY-2026-11-25');
    for (const expected of ['服务主任日报表', '已签字', `${SUPERVISOR.name} (${SUPERVISOR.no})`, '1 单 · 45 分钟', number, '店长签字']) {
      assert.ok(supervisorDay.text.includes(expected), `supervisor daily report PDF holds ${expected}`);
    }
  },
};

/** Prints the open report (A4), turns the archived job into a PDF and gives its text; the page must be A4. */
async function printReport(page, browser, origin, artifacts, recordNumber) {
  const before = (await printedJobs(page)).length;
  await page.getByRole('button', { name: '打印（A4）' }).click();
  await page.waitForFunction((n) => window.__deskStandIn.archive.length > n, before);
  const job = (await printedJobs(page)).pop();
  assert.equal(job.kind, 'serviceDayReport');
  assert.equal(job.recordNumber, recordNumber);
  const pdf = await printJobToPdf(browser, origin, job, artifacts);
  const info = await pdfInfo(pdf);
  assert.ok(Math.abs(info.width - 595.3) < 1 && Math.abs(info.height - 841.9) < 1, `A4, got ${info.width} × ${info.height} pt`);
  return { text: await pdfText(pdf) };
}
