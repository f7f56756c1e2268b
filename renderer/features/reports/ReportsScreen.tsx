import { useState } from 'react';
import { formatInZone, storeDay } from '../../../shared/domain/clock';
import { PERIOD_LABELS, REPORT_TITLE } from '../../../shared/domain/reports/labels';
import { periodText, reportCsv, scopeText, type Lang } from '../../../shared/domain/reports/sheets';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { downloadBlob, downloadText } from '../../components/download';
import { FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useT } from '../../i18n';
import { supervisorReportNumber } from '../../print/supervisorReport';
import { PrintButtons } from '../printing/PrintButtons';
import { ReportFilters } from './ReportFilters';
import { reportXlsx } from './reportXlsx';
import { ReportSectionView } from './ReportSectionView';
import { useSupervisorReport, type ReportFilterState } from './useSupervisorReport';
import './reports.css';

/**
 * 报表: the supervisor's report of a day, week or month for the store or one
 * area and/or counter — volumes, time limits, complaint rate, first-time
 * fix, satisfaction and surveys, returns, gifts — each section with its
 * charts; the same figures print on A4 and go out as CSV and XLSX.
 */
export function ReportsScreen() {
  const { t, language } = useT();
  const lang: Lang = language === 'en' ? 'en' : 'zh';
  const { clock } = useServices();
  const { timeZone } = useDeskContext().session;
  const [filter, setFilter] = useState<ReportFilterState>(() => ({ kind: 'month', date: storeDay(clock.now(), timeZone), area: '', counter: '' }));
  const { read, errors, loading, shown, refresh } = useSupervisorReport(filter);
  const report = shown?.report;
  const fileName = report && supervisorReportNumber(report);
  const xlsx = useSubmit(async () => {
    if (report && fileName) downloadBlob(`${fileName}.xlsx`, await reportXlsx(report, lang));
  });
  return (
    <div>
      <h1>{t('reports.title')}</h1>
      <ReportFilters filter={filter} onChange={setFilter} counters={shown?.counters ?? []} errors={errors?.fields ?? {}} />
      {loading && (
        <p role="status" aria-live="polite" className="muted">
          {t('reports.loading')}
        </p>
      )}
      <FormError code={errors?.form?.code} params={errors?.form?.params} />
      {read && report && fileName && (
        <>
          <p className="notice notice--ok" role="status">
            {REPORT_TITLE[lang]} · {t('reports.period', { kind: PERIOD_LABELS[report.period.kind][lang], period: periodText(report), scope: scopeText(report, lang) })} ·{' '}
            {t('reports.generated', { at: formatInZone(report.generatedAt, 'yyyy-MM-dd HH:mm', timeZone) })}
          </p>
          <div className="actions">
            <PrintButtons request={{ kind: 'supervisorReport', input: { report } }} label={t('reports.print')} />
            <button type="button" onClick={() => downloadText(`${fileName}.csv`, reportCsv(report, lang))}>
              {t('reports.csv')}
            </button>
            <button type="button" onClick={() => void xlsx.submit()} disabled={xlsx.pending}>
              {t('reports.xlsx')}
            </button>
            <button type="button" onClick={refresh}>
              {t('reports.refresh')}
            </button>
          </div>
          <FormError code={xlsx.errors.form?.code} params={xlsx.errors.form?.params} />
          {report.sections.map((s) => (
            <ReportSectionView key={s.id} section={s} lang={lang} />
          ))}
        </>
      )}
    </div>
  );
}
