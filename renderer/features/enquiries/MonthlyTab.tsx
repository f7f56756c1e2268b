import { useLiveQuery } from 'dexie-react-hooks';
import { formatInZone } from '../../../shared/domain/clock';
import { monthlySuggestions } from '../../../shared/domain/enquiries/monthly';
import { suggestionsCsv } from '../../../shared/domain/enquiries/monthlyCsv';
import { useServices } from '../../app/services';
import { downloadText } from '../../components/download';
import { Field } from '../../components/Field';
import { readMonthEnquiries } from '../../db/enquiries/queries';
import { useT } from '../../i18n';
import { useStoreMonth } from '../complaints/reports/useStoreMonth';
import { PrintButtons } from '../printing/PrintButtons';
import { suggestionCsvLabels } from './csvLabels';

/**
 * 月度顾客建议及答复: a store-local month's calls and enquiries by channel
 * and topic, and every suggestion with its department, reply and how the
 * customer was told; printable (A4) and as CSV.
 */
export function MonthlyTab() {
  const { t } = useT();
  const { db, clock } = useServices();
  const { month, setMonth, valid, timeZone } = useStoreMonth();
  const list = useLiveQuery(async () => (valid ? monthlySuggestions(await readMonthEnquiries(db, month, timeZone), month, clock.now(), timeZone) : undefined), [db, month, valid, timeZone]);
  const time = (ms: number) => formatInZone(ms, 'MM-dd HH:mm', timeZone);
  return (
    <div>
      <div className="row">
        <Field label={t('enquiries.monthly.month')} type="month" name="month" value={month} onChange={(e) => setMonth(e.target.value)} error={valid ? undefined : 'error.month'} />
      </div>
      {list && (
        <>
          <PrintButtons request={{ kind: 'suggestionsMonthly', input: { list, generatedAt: clock.now() } }} label={t('enquiries.monthly.print')}>
            <button type="button" onClick={() => downloadText(`suggestions-${list.month}.csv`, suggestionsCsv(list, suggestionCsvLabels(t), timeZone))}>
              {t('enquiries.monthly.csv')}
            </button>
          </PrintButtons>
          <p className="notice notice--ok" role="status" data-testid="suggestion-totals">
            {t('enquiries.monthly.totals', { month: list.month, logged: list.logged, phone: list.byChannel.phone, desk: list.byChannel.desk, suggestions: list.lines.length })}
            {' · '}
            {t('enquiries.monthly.replies', { replied: list.replied, onTime: list.repliedOnTime, told: list.told, awaiting: list.awaiting, overdue: list.overdue })}
          </p>
          {list.lines.length === 0 ? (
            <p className="muted">{t('enquiries.monthly.empty')}</p>
          ) : (
            <table>
              <caption>{t('enquiries.monthly.title', { month: list.month })}</caption>
              <thead>
                <tr>
                  <th>{t('enquiries.col.number')}</th>
                  <th>{t('enquiries.col.question')}</th>
                  <th>{t('enquiries.col.department')}</th>
                  <th>{t('enquiries.col.reply')}</th>
                  <th>{t('enquiries.col.told')}</th>
                </tr>
              </thead>
              <tbody>
                {list.lines.map(({ enquiry: e, overdue, late }) => (
                  <tr key={e.id} className={overdue ? 'enq-overdue' : undefined}>
                    <td>
                      <div className="enq-number">{e.number}</div>
                      <div className="muted">{time(e.loggedAt)}</div>
                    </td>
                    <td>
                      {t(`enquiries.topic.${e.topic}`)} · {e.question}
                      {e.customerName && <div className="muted">{e.customerName}</div>}
                    </td>
                    <td>
                      {e.suggestion?.department}
                      <div className="muted">{t('enquiries.replyDueOn', { due: e.suggestion?.replyDue ?? '' })}</div>
                    </td>
                    <td>
                      {e.reply ? (
                        <>
                          {e.reply.reply}
                          <div className="muted">
                            {time(e.reply.at)}
                            {late && <span className="enq-tag">{t('enquiries.repliedLate')}</span>}
                          </div>
                        </>
                      ) : (
                        <>
                          {t(`enquiries.state.${e.state}`)}
                          {overdue && <span className="enq-tag">{t('enquiries.overdue')}</span>}
                        </>
                      )}
                    </td>
                    <td>{e.told ? t('enquiries.toldText', { at: formatInZone(e.told.toldAt, 'MM-dd', timeZone), via: t(`enquiries.via.${e.told.via}`), by: e.told.by }) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
