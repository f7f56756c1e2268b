// @vitest-environment node
// The report as CSV and as XLSX: the same sheets, the same figures; the workbook read back with exceljs.
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSupervisorReport } from '../../shared/domain/reports/build';
import { reportPeriod } from '../../shared/domain/reports/period';
import { reportCsv } from '../../shared/domain/reports/sheets';
import { reportWorkbook } from '../../shared/reports/workbook';
import { names, rows, rules } from './reports.fixture';

const report = buildSupervisorReport(rows, reportPeriod('week', '2026-11-25', 'Asia/Shanghai')!, {}, rules, names);

/** RFC 4180 back into rows of cells (a quoted cell may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') cell += body[++i];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/** The CSV's part of each section: each starts after a blank line, at the section's title. */
function csvSections(text: string): string[][][] {
  const lines = parseCsv(text).slice(1);
  const titles = new Set(report.sections.map((s) => s.title.zh));
  const sections: string[][][] = [];
  lines.forEach((line, i) => {
    const blank = line.length === 1 && line[0] === '';
    if (blank && titles.has(lines[i + 1]?.[0] ?? '')) sections.push([]);
    else sections.at(-1)?.push(line);
  });
  return sections;
}

/** A cell read back from the workbook: numbers and texts as written, an empty cell as ''. */
const cellText = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? String(v) : '');

describe('the report as files', () => {
  it('the CSV holds every section with its figures and tables', () => {
    const csv = reportCsv(report, 'zh');
    expect(csv.startsWith('\uFEFF主管报表,2026-W48 (2026-11-23 – 2026-11-29)\r\n')).toBe(true);
    const lines = parseCsv(csv).map((l) => l.join(','));
    for (const line of [
      '业务量',
      '期间,周报 2026-W48 (2026-11-23 – 2026-11-29)',
      '范围,全店 · 全部柜台',
      '项目,数值,单位,分子,分母,目标（%）,是否达标',
      '操作笔数,22,,,,,',
      'C1,5,0,9,0,2,1,17',
      '首次联系按时率,66.7,%,2,3,,',
      '投诉率（每万名顾客）,0.43,每万人,,,,',
      '调查回收率,60,%,3,5,80,未达标',
      '重点顾客回收,66.7,%,2,3,100,未达标',
      '意见卡平均分,3.1,分 (满分 4),,,,',
      '原因:sizeFit,1,2,598',
      '双十一满赠 · 保温杯,3,100,9,91,0',
    ]) {
      expect(lines).toContain(line);
    }
    expect(parseCsv(reportCsv(report, 'en')).map((l) => l.join(','))).toContain('Survey return rate,60,%,3,5,80,MISSED');
  });

  it('the XLSX, read back, has one sheet per section with the same cells as the CSV, numbers as numbers', async () => {
    const written = await (await reportWorkbook(report, 'zh')).xlsx.writeBuffer();
    const book = new Workbook();
    await book.xlsx.load(written);
    expect(book.worksheets.map((w) => w.name)).toEqual(['业务量', '投诉处理时限', '售后维修', '满意度与回访调查', '退换货', '赠品发放与库存']);
    const sections = csvSections(reportCsv(report, 'zh'));
    expect(sections).toHaveLength(6);
    book.worksheets.forEach((sheet, i) => {
      const fromCsv = sections[i]!;
      expect(sheet.rowCount).toBe(fromCsv.length);
      fromCsv.forEach((csvRow, r) => {
        const xlsxRow = sheet.getRow(r + 1);
        const width = Math.max(csvRow.length, xlsxRow.cellCount);
        for (let c = 0; c < width; c++) expect(cellText(xlsxRow.getCell(c + 1).value)).toBe(csvRow[c] ?? '');
      });
    });
    const returns = book.getWorksheet('退换货')!;
    const amountRow = returns.getRows(1, returns.rowCount)!.find((row) => row.getCell(1).value === '金额（元）')!;
    expect(amountRow.getCell(2).value).toBe(697.9);
    expect(typeof amountRow.getCell(2).value).toBe('number');
  });
});
