import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { dayRange, formatInZone, storeDay } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { readLoggedBetween } from '../../db/enquiries/queries';
import { useT } from '../../i18n';

/** Today's calls and enquiries at this store, newest first: what was asked and answered, and where a suggestion went. */
export function TodayLog() {
  const { t } = useT();
  const { db } = useServices();
  const ctx = useDeskContext();
  const { timeZone } = ctx.session;
  const [today] = useState(() => dayRange(storeDay(ctx.clock.now(), timeZone), timeZone));
  const rows = useLiveQuery(() => (today ? readLoggedBetween(db, today.from, today.to) : []), [db, today]);
  if (!rows) return null;
  if (rows.length === 0) return <p className="muted">{t('enquiries.today.empty')}</p>;
  return (
    <table>
      <caption>{t('enquiries.today.title', { count: rows.length })}</caption>
      <thead>
        <tr>
          <th>{t('enquiries.col.time')}</th>
          <th>{t('enquiries.col.number')}</th>
          <th>{t('enquiries.col.topic')}</th>
          <th>{t('enquiries.col.question')}</th>
          <th>{t('enquiries.col.answer')}</th>
          <th>{t('enquiries.col.customer')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id}>
            <td>
              {formatInZone(e.loggedAt, 'HH:mm', timeZone)} · {t(`enquiries.channel.${e.channel}`)}
            </td>
            <td className="enq-number">{e.number}</td>
            <td>{t(`enquiries.topic.${e.topic}`)}</td>
            <td>{e.question}</td>
            <td>
              {e.answer}
              {e.suggestion && <div className="muted">{t('enquiries.passedTo', { department: e.suggestion.department, due: e.suggestion.replyDue })}</div>}
            </td>
            <td>{[e.customerName, e.phone].filter(Boolean).join(' · ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
