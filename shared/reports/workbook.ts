import type * as ExcelJs from 'exceljs';
import type { Workbook } from 'exceljs';
import type { SupervisorReport } from '../domain/reports/model';
import { reportSheets, type Lang, type SheetCell } from '../domain/reports/sheets';

/**
 * The report as Excel sheets, for the counter's download and the head
 * office's file alike: written from the same rows as the CSV
 * (reportSheets), numbers as numbers. exceljs is loaded when a file is
 * asked for, not with the screen.
 */

/** Excel refuses these in a sheet name and cuts names at 31 characters. */
function sheetName(name: string): string {
  return name.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31);
}

/** exceljs is CommonJS: plain Node hands it over as `default` only, a bundler gives its names too. */
async function loadExcelJs(): Promise<typeof ExcelJs> {
  const loaded = (await import('exceljs')) as typeof ExcelJs & { readonly default?: typeof ExcelJs };
  return loaded.default ?? loaded;
}

export async function newWorkbook(createdAt: number): Promise<Workbook> {
  const { Workbook } = await loadExcelJs();
  const book = new Workbook();
  book.created = new Date(createdAt);
  return book;
}

/** One sheet of rows, its first row as a title and its first column wide enough for the labels. */
export function addRowsSheet(book: Workbook, name: string, rows: readonly (readonly SheetCell[])[]): void {
  const ws = book.addWorksheet(sheetName(name));
  for (const row of rows) ws.addRow(row.map((cell) => cell ?? null));
  ws.getRow(1).font = { bold: true, size: 13 };
  ws.getColumn(1).width = 28;
  for (let c = 2; c <= 8; c++) ws.getColumn(c).width = 14;
}

/** One sheet per section of the report, each name after `prefix` (the store code at head office). */
export function addReportSheets(book: Workbook, report: SupervisorReport, lang: Lang, prefix = ''): void {
  for (const sheet of reportSheets(report, lang)) addRowsSheet(book, `${prefix}${sheet.name}`, sheet.rows);
}

export async function reportWorkbook(report: SupervisorReport, lang: Lang): Promise<Workbook> {
  const book = await newWorkbook(report.generatedAt);
  addReportSheets(book, report, lang);
  return book;
}
