import { useLiveQuery } from 'dexie-react-hooks';
import { formatYuan } from '../../../../shared/domain/money';
import { hoursOf, scoreOf, topParts } from '../../../../shared/domain/service/reportFigures';
import { OPINION_QUESTIONS } from '../../../../shared/domain/service/types';
import { useServices } from '../../../app/services';
import { Field } from '../../../components/Field';
import { downloadText } from '../../../components/download';
import { useStaffNames } from '../../../components/useStaffNames';
import { readMonth } from '../../../db/service/reports';
import { useT } from '../../../i18n';
import { useStoreMonth } from '../../complaints/reports/useStoreMonth';
import { PrintButtons } from '../../printing/PrintButtons';
import { monthlyCsv } from './reportCsv';
import { rateText } from './words';

/** 技术员月度考评: per technician the jobs, hours, first-time fix and on-time rates, opinion averages, parts used, fees. */
export function MonthlyTab() {
  const { t } = useT();
  const { month, setMonth, valid, timeZone } = useStoreMonth();
  return (
    <>
      <div className="row">
        <Field label={t('serviceReports.field.month')} type="month" name="month" value={month} onChange={(e) => setMonth(e.target.value)} error={valid ? undefined : 'error.month'} />
      </div>
      {valid && <Month month={month} timeZone={timeZone} />}
    </>
  );
}

function Month({ month, timeZone }: { readonly month: string; readonly timeZone: string }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const name = useStaffNames();
  const read = useLiveQuery(async () => ({ ...(await readMonth(db, month, timeZone)), generatedAt: clock.now() }), [db, month, timeZone, clock]);
  if (!read || read.month !== month) return <p className="muted">{t('app.loading')}</p>;
  const { technicians, generatedAt } = read;
  return (
    <section aria-label={t('serviceReports.monthly.heading')}>
      <h2>
        {t('serviceReports.monthly.heading')} · {month}
      </h2>
      {technicians.length === 0 ? (
        <p className="muted">{t('serviceReports.monthEmpty')}</p>
      ) : (
        <table className="svc-table svc-report" aria-label={t('serviceReports.monthly.heading')}>
          <thead>
            <tr>
              <th>{t('serviceReports.col.technician')}</th>
              <th className="num">{t('serviceReports.col.jobs')}</th>
              <th className="num">{t('serviceReports.col.hours')}</th>
              <th className="num">{t('serviceReports.col.firstFixRate')}</th>
              <th className="num">{t('serviceReports.col.onTimeRate')}</th>
              <th className="num">{t('serviceReports.col.cards')}</th>
              {OPINION_QUESTIONS.map((q) => (
                <th key={q} className="num" title={t('serviceReports.opinionHint')}>
                  {t(`serviceReports.opinion.${q}`)}
                </th>
              ))}
              <th>{t('serviceReports.col.parts')}</th>
              <th className="num">{t('serviceReports.col.fee')}</th>
            </tr>
          </thead>
          <tbody>
            {technicians.map((m) => (
              <tr key={m.technician}>
                <td>{name(m.technician)}</td>
                <td className="num">{m.jobs}</td>
                <td className="num">{hoursOf(m.minutes)}</td>
                <td className="num">{rateText(m.firstTimeFixes, m.firstVisits, t)}</td>
                <td className="num">{rateText(m.onTimeArrivals, m.firstVisits, t)}</td>
                <td className="num">{m.opinionCards}</td>
                {OPINION_QUESTIONS.map((q) => (
                  <td key={q} className="num">
                    {scoreOf(m.opinion[q]) ?? t('serviceReports.noRate')}
                  </td>
                ))}
                <td>{topParts(m.parts).map(([part, quantity]) => `${part} ×${quantity}`).join('，')}</td>
                <td className="num">{formatYuan(m.feesFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <PrintButtons request={{ kind: 'serviceMonthly', input: { month, technicians, generatedAt } }} label={t('serviceReports.print')} />
        <button type="button" onClick={() => downloadText(`technicians-${month}.csv`, monthlyCsv(technicians, t, name))}>
          {t('serviceReports.csv')}
        </button>
      </div>
    </section>
  );
}
