import { useDeskContext } from '../../../app/useDeskContext';
import { useT } from '../../../i18n';
import { DayField } from './DayField';
import { TechnicianDayView } from './TechnicianDayView';
import { useReportDay } from './useReportDay';
import '../service.css';
import './reports.css';

/** 我的日报: a technician's own daily report, the signed-in one's and no one else's. */
export function MyDayReportScreen() {
  const { t } = useT();
  const { staffNo } = useDeskContext().session;
  const state = useReportDay();
  return (
    <section className="panel" aria-labelledby="service-my-day-title">
      <h1 id="service-my-day-title">{t('serviceReports.myDay.title')}</h1>
      <div className="row">
        <DayField state={state} autoFocus />
      </div>
      {state.valid && <TechnicianDayView technician={staffNo} day={state.day} timeZone={state.timeZone} />}
    </section>
  );
}
