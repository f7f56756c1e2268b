import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { complaintRatePer10k } from '../../../../shared/domain/complaints/report';
import { complaintReportCsv } from '../../../../shared/domain/complaints/reportCsv';
import { customerCountInput } from '../../../../shared/schema/complaints';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { Field, FormError } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import { recordCustomerCount } from '../../../db/complaints/report';
import { readStoreProfile } from '../../../db/staff';
import { useT } from '../../../i18n';
import { PrintButtons } from '../../printing/PrintButtons';
import { downloadText } from '../../../components/download';
import { useComplaintRules } from '../useComplaintRules';
import { ReportTables } from './ReportTables';
import { reportCsvLabels } from './reportWords';
import { useMonthReport } from './useMonthReport';
import { useStoreMonth } from './useStoreMonth';

/**
 * 投诉月报: a store-local month by category, severity and channel, the rate
 * per 10,000 customers when the month's count is entered, on-time rate per
 * limit, satisfaction and causes; printable (A4) and as CSV.
 */
export function ComplaintReportScreen() {
  const { t } = useT();
  const { month, setMonth, valid, timeZone } = useStoreMonth();
  const { db } = useServices();
  const ctx = useDeskContext();
  // The month's count as kept, shown until someone types another one.
  const saved = useLiveQuery(async () => (await readStoreProfile(db))?.customerCounts?.[month] ?? null, [db, month]);
  const [typed, setTyped] = useState<string>();
  const countText = typed ?? (saved == null ? '' : String(saved));
  const save = useSubmit(async () => {
    await recordCustomerCount(ctx, { month, count: countText });
    setTyped(undefined);
  });
  const rules = useComplaintRules();
  const { report: base, generatedAt, error, progress, refresh } = useMonthReport(valid ? month : undefined, timeZone, rules);
  const count = customerCountInput.safeParse(countText);
  const customerCount = count.success ? count.data : undefined;
  const report = base && { ...base, ratePer10k: complaintRatePer10k(base.total, customerCount) };
  return (
    <div>
      <h1>{t('complaints.report.title')}</h1>
      <div className="panel row">
        <Field
          label={t('complaints.report.month')}
          type="month"
          name="month"
          value={month}
          onChange={(e) => {
            setMonth(e.target.value);
            setTyped(undefined);
          }}
          error={valid ? undefined : 'error.month'}
          autoFocus
        />
        <Field
          label={t('complaints.report.customerCount')}
          hint={t('complaints.report.customerCountHint')}
          name="customerCount"
          inputMode="numeric"
          value={countText}
          onChange={(e) => setTyped(e.target.value)}
          error={count.success ? save.errors.fields.count : count.error.issues[0]?.message}
        />
        <div className="actions">
          <button type="button" onClick={() => void save.submit()} disabled={!valid || customerCount === undefined || customerCount === saved || save.pending}>
            {t('complaints.report.saveCount')}
          </button>
          <button type="button" onClick={refresh} disabled={!report}>
            {t('complaints.report.refresh')}
          </button>
        </div>
        <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      </div>
      {progress && (
        <p role="status" aria-live="polite">
          {progress.phase === 'reading' ? t('complaints.report.reading', { done: progress.done, total: progress.total }) : t('complaints.report.computing', { total: progress.total })}
          <progress value={progress.done} max={Math.max(progress.total, 1)} />
        </p>
      )}
      <FormError code={error?.form?.code} params={error?.form?.params} />
      {report && (
        <>
          <div className="actions">
            <PrintButtons request={{ kind: 'complaintsMonthly', input: { report, customerCount, generatedAt } }} label={t('complaints.report.print')} />
            <button type="button" onClick={() => downloadText(`complaints-${report.month}.csv`, complaintReportCsv(report, reportCsvLabels(t), customerCount))}>
              {t('complaints.report.csv')}
            </button>
          </div>
          <p className="notice notice--ok" role="status">
            {t('complaints.report.totals', { month: report.month, total: report.total, valid: report.valid, invalid: report.invalid })}
          </p>
          <dl className="facts">
            <dt>{t('complaints.report.rate')}</dt>
            <dd>{report.ratePer10k === undefined ? t('complaints.report.noRate') : report.ratePer10k}</dd>
            <dt>{t('complaints.report.satisfactionAverage')}</dt>
            <dd>
              {report.averageSatisfaction === undefined
                ? t('complaints.report.noRating')
                : t('complaints.report.satisfaction', { average: report.averageSatisfaction, rated: report.rated })}
            </dd>
          </dl>
          <ReportTables report={report} />
        </>
      )}
    </div>
  );
}
