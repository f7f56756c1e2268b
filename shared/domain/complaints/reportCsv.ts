import { toCsv, type CsvRow } from '../csv';
import { DEADLINE_KINDS } from './policy';
import type { MonthlyComplaintReport } from './report';
import { CAUSE_TYPES, COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from './types';

/** The report's sections, in the order they are written. */
export type ReportCsvSection =
  | 'total'
  | 'validity'
  | 'rate'
  | 'category'
  | 'severity'
  | 'channel'
  | 'onTime'
  | 'satisfaction'
  | 'topCause'
  | 'causeType'
  | 'serviceStar'
  | 'serviceStarHandled';

/** Texts in the reader's language: the header, a section's title, a code's name in a section. */
export interface ReportCsvLabels {
  /** Section, code, item, count (met), missed, rate. */
  readonly header: readonly [string, string, string, string, string, string];
  readonly section: (section: ReportCsvSection) => string;
  readonly name: (section: ReportCsvSection, code: string) => string;
}

/**
 * The monthly complaint report as CSV (UTF-8 with BOM, for Excel on
 * Chinese Windows): one line per counted thing, the code next to its name
 * so a spreadsheet can sort by either. Causes are typed by staff, so they
 * go through the formula-safe cell writer like every text.
 */
export function complaintReportCsv(report: MonthlyComplaintReport, labels: ReportCsvLabels, customerCount?: number): string {
  const rows: CsvRow[] = [];
  const line = (section: ReportCsvSection, code: string, ...values: (number | undefined)[]) =>
    rows.push([labels.section(section), code, labels.name(section, code), ...values]);
  line('total', report.month, report.total);
  line('validity', 'valid', report.valid);
  line('validity', 'invalid', report.invalid);
  if (customerCount !== undefined) line('rate', 'customers', customerCount);
  if (report.ratePer10k !== undefined) line('rate', 'per10k', report.ratePer10k);
  for (const k of COMPLAINT_CATEGORIES) line('category', k, report.byCategory[k]);
  for (const k of COMPLAINT_SEVERITIES) line('severity', k, report.bySeverity[k]);
  for (const k of COMPLAINT_CHANNELS) line('channel', k, report.byChannel[k]);
  for (const k of DEADLINE_KINDS) {
    const r = report.onTime[k];
    line('onTime', k, r.met, r.missed, r.rate);
  }
  line('satisfaction', 'rated', report.rated);
  if (report.averageSatisfaction !== undefined) line('satisfaction', 'average', report.averageSatisfaction);
  report.topCauses.forEach((c, i) => rows.push([labels.section('topCause'), String(i + 1), c.cause, c.count]));
  for (const k of CAUSE_TYPES) line('causeType', k, report.byCauseType[k]);
  // The star first; its value is the average satisfaction, and a second line says how many complaints it rests on.
  for (const s of report.serviceStars) rows.push([labels.section('serviceStar'), s.staffNo, s.name, s.averageSatisfaction]);
  for (const s of report.serviceStars) rows.push([labels.section('serviceStarHandled'), s.staffNo, s.name, s.handled]);
  return toCsv(labels.header, rows);
}
