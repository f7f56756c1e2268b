import { formatYuan } from '../../../../shared/domain/money';
import type { DayReport } from '../../../../shared/domain/service/reports';
import { useStaffNames } from '../../../components/useStaffNames';
import { useT } from '../../../i18n';
import { timeOfDay } from './words';

/** Each job of the day in time order: number, request and service type, visit or workshop, minutes, outcome, fee. */
export function JobsTable({ report, timeZone, withTechnician, label }: { readonly report: DayReport; readonly timeZone: string; readonly withTechnician: boolean; readonly label: string }) {
  const { t } = useT();
  const name = useStaffNames();
  if (report.jobs.length === 0) return <p className="muted">{t('serviceReports.empty')}</p>;
  return (
    <table className="svc-table svc-report" aria-label={label}>
      <thead>
        <tr>
          <th>{t('serviceReports.col.time')}</th>
          <th>{t('serviceReports.col.number')}</th>
          {withTechnician && <th>{t('serviceReports.col.technician')}</th>}
          <th>{t('serviceReports.col.requestType')}</th>
          <th>{t('serviceReports.col.serviceType')}</th>
          <th>{t('serviceReports.col.kind')}</th>
          <th className="num">{t('serviceReports.col.minutes')}</th>
          <th>{t('serviceReports.col.outcome')}</th>
          <th className="num">{t('serviceReports.col.fee')}</th>
        </tr>
      </thead>
      <tbody>
        {report.jobs.map((j) => (
          <tr key={j.id}>
            <td>{timeOfDay(j.at, timeZone)}</td>
            <td className="svc-number">{j.number}</td>
            {withTechnician && <td>{name(j.technician)}</td>}
            <td>{t(`service.requestType.${j.requestType}`)}</td>
            <td>{t(`service.serviceType.${j.serviceType}`)}</td>
            <td>{t(`serviceReports.kind.${j.kind}`)}</td>
            <td className="num">{j.minutes}</td>
            <td>{j.outcome ? t(`service.outcome.${j.outcome}`) : '—'}</td>
            <td className="num">{j.feeFen ? formatYuan(j.feeFen) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
