import { useRef, useState, type KeyboardEvent } from 'react';
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
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  // Arrow keys move along the tabs, as in any tab list.
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    buttons.current[next]?.focus();
  };
  return (
    <section className="panel" aria-labelledby="service-reports-title">
      <h1 id="service-reports-title">{t('serviceReports.title')}</h1>
      <div role="tablist" aria-label={t('serviceReports.tabs')} className="svc-tabs" onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              buttons.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`service-report-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`service-report-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(`serviceReports.tab.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`service-report-panel-${tab}`} aria-labelledby={`service-report-tab-${tab}`}>
        {tab === 'technicianDay' && <TechnicianDayTab state={day} />}
        {tab === 'supervisorDay' && <SupervisorDayTab state={day} />}
        {tab === 'monthly' && <MonthlyTab />}
      </div>
    </section>
  );
}
