import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { summarizeMonth, summaryCsv, type SummaryCsvLabels } from '../../../shared/domain/returns/summary';
import { monthInput } from '../../../shared/schema/returns';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field } from '../../components/Field';
import { returnFactsOfMonth } from '../../db/returns/queries';
import { useT, type MessageKey } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import { downloadText } from '../../components/download';
import { SummaryTables } from './SummaryTables';
import { useReturnPolicy } from './useReturnPolicy';

/** 退货月度汇总: a store-local month by reason, category and amount, printable (A4) and as CSV. */
export function ReturnsReportScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const { timeZone } = useDeskContext().session;
  const policy = useReturnPolicy();
  const [month, setMonth] = useState(() => formatInZone(clock.now(), 'yyyy-MM', timeZone));
  const valid = monthInput.safeParse(month).success;
  const summary = useLiveQuery(async () => (valid ? summarizeMonth(await returnFactsOfMonth(db, month, timeZone), month, timeZone) : undefined), [db, month, valid, timeZone]);
  const categoryNames = Object.fromEntries(policy.categories.map((c) => [c.code, c.name]));
  const name = (section: 'reason' | 'category' | 'band', key: string): string => {
    if (section === 'category') return categoryNames[key] ?? key;
    return t(`returns.${section}.${key}` as MessageKey);
  };
  const csvLabels: SummaryCsvLabels = {
    header: [t('returns.report.col.key'), 'code', t('returns.report.col.key'), t('returns.report.col.returns'), t('returns.report.col.units'), t('returns.report.col.amount')],
    section: (s) =>
      s === 'reason'
        ? t('returns.report.byReason')
        : s === 'category'
          ? t('returns.report.byCategory')
          : s === 'band'
            ? t('returns.report.byBand')
            : t(`returns.report.section.${s}`),
    name,
  };
  return (
    <div>
      <h1>{t('returns.report.title')}</h1>
      <div className="panel row">
        <Field label={t('returns.report.month')} type="month" name="month" value={month} onChange={(e) => setMonth(e.target.value)} error={valid ? undefined : 'error.month'} />
      </div>
      {summary && (
        <>
          <div className="actions">
            <PrintButtons request={{ kind: 'returnsMonthly', input: { summary, categoryNames } }} label={t('returns.report.print')} />
            <button type="button" onClick={() => downloadText(`returns-${summary.month}.csv`, summaryCsv(summary, csvLabels))}>
              {t('returns.report.csv')}
            </button>
          </div>
          <SummaryTables summary={summary} name={name} />
        </>
      )}
    </div>
  );
}
