import { toCsv, type CsvRow } from '../../../../shared/domain/csv';
import { formatInZone } from '../../../../shared/domain/clock';
import { formatYuan } from '../../../../shared/domain/money';
import type { ServiceDaySignoff } from '../../../../shared/domain/service/daySignoff';
import { hoursOf, scoreOf, topParts } from '../../../../shared/domain/service/reportFigures';
import { percentOf, type DayReport, type TechnicianMonth } from '../../../../shared/domain/service/reports';
import { OPINION_QUESTIONS, REQUEST_TYPES } from '../../../../shared/domain/service/types';
import type { useT } from '../../../i18n';
import { timeOfDay } from './words';

type T = ReturnType<typeof useT>['t'];
type StaffName = (staffNo: string | undefined) => string;

export interface DayCsvOptions {
  readonly timeZone: string;
  /** The supervisor's report adds the totals by request type and by technician. */
  readonly summary: boolean;
  readonly signoff?: ServiceDaySignoff | undefined;
}

/**
 * A daily report as CSV: one line per job, then (the supervisor's) the
 * totals by request type and technician, the day's total and the signature;
 * the first column says which kind of line it is.
 */
export function dayReportCsv(report: DayReport, options: DayCsvOptions, t: T, name: StaffName): string {
  const header = [
    t('serviceReports.col.category'),
    t('serviceReports.col.time'),
    t('serviceReports.col.number'),
    t('serviceReports.col.technician'),
    t('serviceReports.col.requestType'),
    t('serviceReports.col.serviceType'),
    t('serviceReports.col.kind'),
    t('serviceReports.col.jobs'),
    t('serviceReports.col.minutes'),
    t('serviceReports.col.outcome'),
    t('serviceReports.col.fee'),
  ];
  const rows: CsvRow[] = report.jobs.map((j) => [
    t('serviceReports.csv.job'),
    timeOfDay(j.at, options.timeZone),
    j.number,
    name(j.technician),
    t(`service.requestType.${j.requestType}`),
    t(`service.serviceType.${j.serviceType}`),
    t(`serviceReports.kind.${j.kind}`),
    1,
    j.minutes,
    j.outcome ? t(`service.outcome.${j.outcome}`) : '',
    j.feeFen ? formatYuan(j.feeFen) : '',
  ]);
  if (options.summary) {
    for (const type of REQUEST_TYPES) {
      const total = report.byRequestType[type];
      rows.push([t('serviceReports.byRequestType'), '', '', '', t(`service.requestType.${type}`), '', '', total.jobs, total.minutes, '', '']);
    }
    for (const [technician, total] of [...report.byTechnician.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      rows.push([t('serviceReports.byTechnician'), '', '', name(technician), '', '', '', total.jobs, total.minutes, '', '']);
    }
  }
  rows.push([t('serviceReports.csv.total'), '', '', '', '', '', '', report.total.jobs, report.total.minutes, '', formatYuan(report.feesFen)]);
  const signed = options.signoff?.signed;
  if (signed) {
    rows.push([t('serviceReports.csv.signed'), formatInZone(signed.at, 'yyyy-MM-dd HH:mm', options.timeZone), '', name(signed.approvedBy ?? signed.by), '', '', '', signed.jobs, signed.minutes, '', formatYuan(signed.feesFen)]);
  }
  return toCsv(header, rows);
}

/** The month per technician as CSV: counts, rates in whole percent, opinion averages, the parts used most, fees. */
export function monthlyCsv(technicians: readonly TechnicianMonth[], t: T, name: StaffName): string {
  const header = [
    t('serviceReports.col.technician'),
    t('serviceReports.col.jobs'),
    t('serviceReports.col.hours'),
    t('serviceReports.col.firstVisits'),
    t('serviceReports.col.firstTimeFixes'),
    `${t('serviceReports.col.firstFixRate')} %`,
    t('serviceReports.col.onTime'),
    `${t('serviceReports.col.onTimeRate')} %`,
    t('serviceReports.col.cards'),
    ...OPINION_QUESTIONS.map((q) => t(`serviceReports.opinion.${q}`)),
    t('serviceReports.col.parts'),
    t('serviceReports.col.fee'),
  ];
  const rows: CsvRow[] = technicians.map((m) => [
    name(m.technician),
    m.jobs,
    hoursOf(m.minutes),
    m.firstVisits,
    m.firstTimeFixes,
    percentOf(m.firstTimeFixes, m.firstVisits),
    m.onTimeArrivals,
    percentOf(m.onTimeArrivals, m.firstVisits),
    m.opinionCards,
    ...OPINION_QUESTIONS.map((q) => scoreOf(m.opinion[q])),
    topParts(m.parts).map(([part, quantity]) => `${part} ×${quantity}`).join('; '),
    formatYuan(m.feesFen),
  ]);
  return toCsv(header, rows);
}
