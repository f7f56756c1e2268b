import type { Workbook } from 'exceljs';
import type { SupervisorReport } from '../../../shared/domain/reports/model';
import { reportSheets, type Lang } from '../../../shared/domain/reports/sheets';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel refuses these in a sheet name and cuts names at 31 characters. */
function sheetName(name: string): string {
  return name.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31);
}

/**
 * The report as an Excel workbook: one sheet per section, written from the
 * same rows as the CSV (reportSheets), numbers as numbers. exceljs is
 * loaded when the supervisor asks for the file, not with the screen.
 */
export async function reportWorkbook(report: SupervisorReport, lang: Lang): Promise<Workbook> {
  const { Workbook } = await import('exceljs');
  const book = new Workbook();
  book.created = new Date(report.generatedAt);
  for (const sheet of reportSheets(report, lang)) {
    const ws = book.addWorksheet(sheetName(sheet.name));
    for (const row of sheet.rows) ws.addRow(row.map((cell) => cell ?? null));
    ws.getRow(1).font = { bold: true, size: 13 };
    ws.getColumn(1).width = 28;
    for (let c = 2; c <= 8; c++) ws.getColumn(c).width = 14;
  }
  return book;
}

export async function reportXlsx(report: SupervisorReport, lang: Lang): Promise<Blob> {
  const bytes = await (await reportWorkbook(report, lang)).xlsx.writeBuffer();
  return new Blob([bytes], { type: XLSX_TYPE });
}
