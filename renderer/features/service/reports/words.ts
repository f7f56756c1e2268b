import { formatInZone } from '../../../../shared/domain/clock';
import { formatYuan } from '../../../../shared/domain/money';
import { hoursOf } from '../../../../shared/domain/service/reportFigures';
import { percentOf, type DayReport } from '../../../../shared/domain/service/reports';
import type { useT } from '../../../i18n';

type T = ReturnType<typeof useT>['t'];

/** The report's words shared by its tabs, its CSV and the technician's own screen. */

export function timeOfDay(ms: number, timeZone: string): string {
  return formatInZone(ms, 'HH:mm', timeZone);
}

/** "合计 4 单，225 分钟（3.8 小时），收费 ¥150.00". */
export function totalsText(report: DayReport, t: T): string {
  return t('serviceReports.totals', { jobs: report.total.jobs, minutes: report.total.minutes, hours: hoursOf(report.total.minutes), fees: formatYuan(report.feesFen) });
}

/** "1 / 2（50%）", or "—" with nothing to divide by. */
export function rateText(part: number, whole: number, t: T): string {
  const percent = percentOf(part, whole);
  return percent === undefined ? t('serviceReports.noRate') : t('serviceReports.rate', { part, whole, percent });
}
