import { formatInZone } from '../../../shared/domain/clock';
import type { Survey } from '../../../shared/domain/surveys/types';
import type { SurveyListRow } from '../../db/surveys/queries';
import { useT } from '../../i18n';
import type { SurveyAction } from './SurveyActionPanel';

const time = (ms: number, timeZone: string) => formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone);

/** Where a survey stands, in words: not sent; sent when and how (and chased how often); back when and how satisfied. */
function SurveyStateText({ row, timeZone }: { readonly row: SurveyListRow; readonly timeZone: string }) {
  const { t } = useT();
  const { survey } = row;
  const details = !survey
    ? []
    : survey.returnedAt > 0
      ? [t('surveys.returnedText', { at: formatInZone(survey.returnedAt, 'yyyy-MM-dd', timeZone), score: survey.score ? t(`service.satisfaction.${survey.score}`) : '' })]
      : [t('surveys.outSince', { at: time(survey.sentAt, timeZone), channel: t(`surveys.channel.${survey.channel}`) }), ...(survey.reminders.length > 0 ? [t('surveys.reminders', { count: survey.reminders.length })] : [])];
  return (
    <>
      <strong>{t(`surveys.state.${row.state}`)}</strong>
      {survey?.keyCustomer && <span className="sv-tag">{t('surveys.keyCustomer')}</span>}
      {details.length > 0 && <div className="muted">{details.join(' · ')}</div>}
    </>
  );
}

/** A survey that is out: record its return, or chase it. */
function OutActions({ row, survey, onPick }: { readonly row: SurveyListRow; readonly survey: Survey; readonly onPick: (action: SurveyAction) => void }) {
  const { t } = useT();
  return (
    <>
      <button type="button" onClick={() => onPick({ kind: 'return', row, survey })} aria-label={t('surveys.action.returnFor', { number: row.number })}>
        {t('surveys.action.return')}
      </button>
      <button type="button" onClick={() => onPick({ kind: 'remind', row, survey })} aria-label={t('surveys.action.remindFor', { number: row.number })}>
        {t('surveys.action.remind')}
      </button>
    </>
  );
}

/** The closed complaints and calls of the days chosen, key customers' surveys still out first and highlighted. */
export function SurveyTable({ rows, caption, timeZone, onPick }: { readonly rows: readonly SurveyListRow[]; readonly caption: string; readonly timeZone: string; readonly onPick: (action: SurveyAction) => void }) {
  const { t } = useT();
  return (
    <table aria-label={caption}>
      <thead>
        <tr>
          <th>{t('surveys.col.subject')}</th>
          <th>{t('surveys.col.number')}</th>
          <th>{t('surveys.col.customer')}</th>
          <th>{t('surveys.col.closedAt')}</th>
          <th>{t('surveys.col.state')}</th>
          <th>{t('surveys.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.subject}:${row.subjectId}`} className={row.keyOut ? 'sv-key-out' : undefined}>
            <td>{t(`surveys.subject.${row.subject}`)}</td>
            <td className="sv-number">{row.number}</td>
            <td>{[row.customerName, row.contact].filter(Boolean).join(' · ') || '—'}</td>
            <td>{time(row.closedAt, timeZone)}</td>
            <td>
              <SurveyStateText row={row} timeZone={timeZone} />
            </td>
            <td>
              <div className="sv-actions">
                {row.state === 'notSent' && (
                  <button type="button" onClick={() => onPick({ kind: 'send', row })} aria-label={t('surveys.action.sendFor', { number: row.number })}>
                    {t('surveys.action.send')}
                  </button>
                )}
                {row.state === 'out' && row.survey && <OutActions row={row} survey={row.survey} onPick={onPick} />}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
