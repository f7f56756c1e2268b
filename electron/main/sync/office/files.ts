import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Workbook } from 'exceljs';
import { reportCsv, type Lang } from '../../../../shared/domain/reports/sheets';
import { summarySheet } from '../../../../shared/domain/reports/storesSummary';
import { addReportSheets, addRowsSheet, newWorkbook } from '../../../../shared/reports/workbook';
import type { OfficeReport } from './report';

/** The head office's workbook: the stores side by side, then each store's sheets named after its code. */
export async function officeWorkbook(office: OfficeReport, lang: Lang, now: number): Promise<Workbook> {
  const book = await newWorkbook(now);
  const summary = summarySheet(office.summary, office.period, lang);
  addRowsSheet(book, summary.name, summary.rows);
  for (const s of office.stores) addReportSheets(book, s.report, lang, `${s.store} `);
  return book;
}

/** Writes the XLSX and one CSV per store into `folder`; gives the paths written. */
export async function writeOfficeFiles(office: OfficeReport, folder: string, lang: Lang, now: number): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const key = office.period.key;
  const xlsx = path.join(folder, `head-office-${key}.xlsx`);
  await writeFile(xlsx, Buffer.from(await (await officeWorkbook(office, lang, now)).xlsx.writeBuffer()));
  const written = [xlsx];
  for (const s of office.stores) {
    const csv = path.join(folder, `${s.store}-${key}.csv`);
    await writeFile(csv, reportCsv(s.report, lang), 'utf8');
    written.push(csv);
  }
  return written;
}
