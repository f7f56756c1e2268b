import assert from 'node:assert/strict';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { firstRunWithClerk, openArea, printedJobs } from './desk.mjs';
import { pdfInfo, pdfText } from './pdf.mjs';
import { printJobToPdf } from './printed.mjs';

const START = new Date('2026-11-25T10:00:00+08:00');

export const reportsFlow = {
  name: 'reports: the supervisor’s month on screen with charts, printed on A4 (chart axis labels in the PDF), saved as XLSX and read back',
  async run({ page, browser, origin, artifacts, step }) {
    await page.clock.install({ time: START });
    await page.goto(origin);
    step('the supervisor sets up the desk (its entries are this month’s work) and opens 报表');
    await firstRunWithClerk(page);
    await openArea(page, '报表', '报表');
    const volumes = page.getByRole('region', { name: '业务量' });
    await volumes.waitFor();
    const entries = (await volumes.locator('[data-figure="entries"] dd').textContent()).trim();
    assert.ok(Number(entries) > 0, `entries counted, got ${entries}`);
    assert.equal(await volumes.locator('figure svg').count(), 2, 'a trend line and bars per area');

    step('prints the report on A4: its figures and the charts’ axis labels are text in the PDF');
    await page.getByRole('button', { name: '打印（A4）' }).click();
    await page.waitForFunction(() => window.__deskStandIn.archive.some((r) => r.request.kind === 'supervisorReport'));
    const job = (await printedJobs(page)).filter((j) => j.kind === 'supervisorReport').pop();
    assert.equal(job.recordNumber, 'RPT-2026-11');
    const pdf = await printJobToPdf(browser, origin, job, artifacts);
    const info = await pdfInfo(pdf);
    assert.ok(Math.abs(info.width - 595.3) < 1 && Math.abs(info.height - 841.9) < 1, `A4, got ${info.width} × ${info.height} pt`);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    for (const expected of ['主管报表', '2026-11', '操作笔数', '11-01', '11-30', '寄存', '售后维修']) assert.ok(text.includes(expected), `report PDF holds ${expected}`);

    step('saves the XLSX; read back, it holds the same figure as the screen');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 XLSX' }).click()]);
    assert.equal(download.suggestedFilename(), 'RPT-2026-11.xlsx');
    const path = join(artifacts, 'RPT-2026-11.xlsx');
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('业务量');
    const row = sheet.getRows(1, sheet.rowCount).find((r) => r.getCell(1).value === '操作笔数');
    assert.equal(row.getCell(2).value, Number(entries));
  },
};
