import { useLiveQuery } from 'dexie-react-hooks';
import { storeDay } from '../../../../shared/domain/clock';
import { REQUEST_TYPES } from '../../../../shared/domain/service/types';
import { useServices } from '../../../app/services';
import { downloadText } from '../../../components/download';
import { useStaffNames } from '../../../components/useStaffNames';
import { readServiceDay } from '../../../db/service/reports';
import { useT } from '../../../i18n';
import { PrintButtons } from '../../printing/PrintButtons';
import { DayField } from './DayField';
import { JobsTable } from './JobsTable';
import { dayReportCsv } from './reportCsv';
import { SignDay } from './SignDay';
import type { ReportDay } from './useReportDay';
import { totalsText } from './words';

/** 服务主任日报表: the day's jobs by request type and by technician, minutes and fees; signed by the manager. */
export function SupervisorDayTab({ state }: { readonly state: ReportDay }) {
  return (
    <>
      <div className="row">
        <DayField state={state} />
      </div>
      {state.valid && <SupervisorDay day={state.day} timeZone={state.timeZone} />}
    </>
  );
}

function SupervisorDay({ day, timeZone }: { readonly day: string; readonly timeZone: string }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const name = useStaffNames();
  const read = useLiveQuery(() => readServiceDay(db, day, timeZone), [db, day, timeZone]);
  if (!read || read.day !== day) return <p className="muted">{t('app.loading')}</p>;
  const { report, signoff } = read;
  const technicians = [...report.byTechnician.entries()].sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-label={t('serviceReports.supervisorDay.heading')}>
      <h2>
        {t('serviceReports.supervisorDay.heading')} · {day}
      </h2>
      <p className="notice notice--ok" role="status">
        {totalsText(report, t)}
      </p>
      <div className="row">
        <table className="svc-table svc-report" aria-label={t('serviceReports.byRequestType')}>
          <thead>
            <tr>
              <th>{t('serviceReports.col.requestType')}</th>
              <th className="num">{t('serviceReports.col.jobs')}</th>
              <th className="num">{t('serviceReports.col.minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {REQUEST_TYPES.map((type) => (
              <tr key={type}>
                <td>{t(`service.requestType.${type}`)}</td>
                <td className="num">{report.byRequestType[type].jobs}</td>
                <td className="num">{report.byRequestType[type].minutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="svc-table svc-report" aria-label={t('serviceReports.byTechnician')}>
          <thead>
            <tr>
              <th>{t('serviceReports.col.technician')}</th>
              <th className="num">{t('serviceReports.col.jobs')}</th>
              <th className="num">{t('serviceReports.col.minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {technicians.map(([technician, total]) => (
              <tr key={technician}>
                <td>{name(technician)}</td>
                <td className="num">{total.jobs}</td>
                <td className="num">{total.minutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <JobsTable report={report} timeZone={timeZone} withTechnician label={t('serviceReports.jobs')} />
      <SignDay day={day} report={report} signoff={signoff} future={day > storeDay(clock.now(), timeZone)} />
      <div className="actions">
        <PrintButtons request={{ kind: 'serviceDayReport', input: { variant: 'supervisor', day, report, signoff } }} label={t('serviceReports.print')} />
        <button type="button" onClick={() => downloadText(`service-day-${day}.csv`, dayReportCsv(report, { timeZone, summary: true, signoff }, t, name))}>
          {t('serviceReports.csv')}
        </button>
      </div>
    </section>
  );
}
