import type { reports as zh } from '../zh-CN/reports';

/** Texts of the supervisor's reports screen (English). */
export const reports: Record<keyof typeof zh, string> = {
  'nav.reports': 'Reports',
  'printers.kind.supervisorReport': 'Supervisor report (day / week / month)',
  'reports.title': 'Reports',
  'reports.filters': 'Report filters',
  'reports.field.kind': 'Period',
  'reports.kind.day': 'Day',
  'reports.kind.week': 'Week (Monday to Sunday)',
  'reports.kind.month': 'Month',
  'reports.field.date': 'Date',
  'reports.field.month': 'Month',
  'reports.field.area': 'Area',
  'reports.area.all': 'All areas',
  'reports.field.counter': 'Counter',
  'reports.counter.all': 'All counters',
  'reports.period': '{kind}: {period} · {scope}',
  'reports.loading': 'Counting…',
  'reports.refresh': 'Count again',
  'reports.print': 'Print (A4)',
  'reports.csv': 'Export CSV',
  'reports.xlsx': 'Export XLSX',
  'reports.target': 'Target ≥ {target}%: {status}',
  'reports.generated': 'Counted at {at}',
};
