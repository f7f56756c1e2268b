import type { SupervisorReport } from '../../../shared/domain/reports/model';
import type { Lang } from '../../../shared/domain/reports/sheets';
import { reportWorkbook } from '../../../shared/reports/workbook';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report's workbook as a file to save at the counter. */
export async function reportXlsx(report: SupervisorReport, lang: Lang): Promise<Blob> {
  const bytes = await (await reportWorkbook(report, lang)).xlsx.writeBuffer();
  return new Blob([bytes], { type: XLSX_TYPE });
}
