import { useState } from 'react';
import { TabList, TabPanel } from '../../../components/TabList';
import { useT } from '../../../i18n';
import { MonthlyTab } from './MonthlyTab';
import { SupervisorDayTab } from './SupervisorDayTab';
import { TechnicianDayTab } from './TechnicianDayTab';
import { useReportDay } from './useReportDay';
import '../service.css';
import './reports.css';

const TABS = ['technicianDay', 'supervisorDay', 'monthly'] as const;
type Tab = (typeof TABS)[number];

/**
 * 维修报表 for the service supervisor: a technician's day (技术员工作日报表),
 * the whole day signed by the manager (服务主任日报表), and the month per
 * technician (月度考评); each printed on A4 and exported as CSV.
 */
export function ServiceReportsScreen() {
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('technicianDay');
  // The two daily tabs show the same day: switching between them keeps it.
  const day = useReportDay();
  return (
    <section className="panel" aria-labelledby="service-reports-title">
      <h1 id="service-reports-title">{t('serviceReports.title')}</h1>
      <TabList tabs={TABS} current={tab} onPick={setTab} idPrefix="service-report" label={t('serviceReports.tabs')} className="svc-tabs">
        {(id) => t(`serviceReports.tab.${id}`)}
      </TabList>
      <TabPanel idPrefix="service-report" tab={tab}>
        {tab === 'technicianDay' && <TechnicianDayTab state={day} />}
        {tab === 'supervisorDay' && <SupervisorDayTab state={day} />}
        {tab === 'monthly' && <MonthlyTab />}
      </TabPanel>
    </section>
  );
}
