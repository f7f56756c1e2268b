import { formatInZone } from '../../../../shared/domain/clock';
import { toCsv, type CsvRow } from '../../../../shared/domain/csv';
import { formatYuan } from '../../../../shared/domain/money';
import type { DayFees } from '../../../db/service/aftercareQueries';

export interface FeesCsvLabels {
  readonly header: CsvRow;
  readonly kind: (kind: DayFees['lines'][number]['job']['kind']) => string;
  readonly total: string;
}

/** The day's fees as a spreadsheet: one row a fee, then a total per technician and the day's total (amounts in yuan). */
export function feesCsv(fees: DayFees, timeZone: string, labels: FeesCsvLabels): string {
  const rows: CsvRow[] = fees.lines.map(({ job, technicianName }) => [
    formatInZone(job.at, 'yyyy-MM-dd HH:mm', timeZone),
    job.number,
    labels.kind(job.kind),
    job.technician,
    technicianName,
    job.invoiceNo ?? '',
    formatYuan(job.feeFen),
  ]);
  for (const t of fees.byTechnician) rows.push([labels.total, '', '', t.technician, t.name, '', formatYuan(t.totalFen)]);
  rows.push([labels.total, '', '', '', '', '', formatYuan(fees.totalFen)]);
  return toCsv(labels.header, rows);
}
