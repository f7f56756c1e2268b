import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import { downloadText } from '../../../components/download';
import { useStaffNames } from '../../../components/useStaffNames';
import { readServiceDay } from '../../../db/service/reports';
import { useT } from '../../../i18n';
import { PrintButtons } from '../../printing/PrintButtons';
import { JobsTable } from './JobsTable';
import { dayReportCsv } from './reportCsv';
import { totalsText } from './words';

/** 技术员工作日报表: one technician's day, each job in time order with its type and time; A4 and CSV. */
export function TechnicianDayView({ technician, day, timeZone }: { readonly technician: string; readonly day: string; readonly timeZone: string }) {
  const { t } = useT();
  const { db } = useServices();
  const name = useStaffNames();
  const read = useLiveQuery(() => readServiceDay(db, day, timeZone, technician), [db, day, timeZone, technician]);
  if (!read || read.day !== day) return <p className="muted">{t('app.loading')}</p>;
  const { report } = read;
  const heading = `${t('serviceReports.technicianDay.heading')} · ${name(technician)} · ${day}`;
  return (
    <section aria-label={t('serviceReports.technicianDay.heading')}>
      <h2>{heading}</h2>
      <p className="notice notice--ok" role="status">
        {totalsText(report, t)}
      </p>
      <JobsTable report={report} timeZone={timeZone} withTechnician={false} label={t('serviceReports.jobs')} />
      <div className="actions">
        <PrintButtons request={{ kind: 'serviceDayReport', input: { variant: 'technician', day, report, technician } }} label={t('serviceReports.print')} />
        <button type="button" onClick={() => downloadText(`technician-day-${technician}-${day}.csv`, dayReportCsv(report, { timeZone, summary: false }, t, name))}>
          {t('serviceReports.csv')}
        </button>
      </div>
    </section>
  );
}
