import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { daysOverdue } from '../../../shared/domain/enquiries/replyDue';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { useNow } from '../../components/useNow';
import { readOpenSuggestions } from '../../db/enquiries/queries';
import type { EnquiryRow } from '../../db/enquiries/row';
import { useT } from '../../i18n';
import { ReplyForm } from './ReplyForm';
import { ToldForm } from './ToldForm';

type Picked = { readonly kind: 'reply' | 'told'; readonly enquiry: EnquiryRow };

/**
 * 建议待办: suggestions waiting for their department's reply (those past
 * their reply day first, marked) or for the customer to be told. Pick one
 * to record the reply, then that the customer was told.
 */
export function SuggestionsTab() {
  const { t } = useT();
  const { db, clock } = useServices();
  const { timeZone } = useDeskContext().session;
  const now = useNow(clock);
  const rows = useLiveQuery(() => readOpenSuggestions(db, now), [db, now]);
  const [picked, setPicked] = useState<Picked>();
  const [done, setDone] = useState<string>();
  const table = useRef<HTMLDivElement>(null);
  const pick = (p: Picked) => {
    setDone(undefined);
    setPicked(p);
  };
  const backToList = (text?: string) => {
    setPicked(undefined);
    setDone(text);
    requestAnimationFrame(() => table.current?.querySelector<HTMLButtonElement>('tbody button')?.focus());
  };
  return (
    <div>
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {picked?.kind === 'reply' && <ReplyForm key={picked.enquiry.id} enquiry={picked.enquiry} onDone={backToList} onBack={() => backToList()} />}
      {picked?.kind === 'told' && <ToldForm key={picked.enquiry.id} enquiry={picked.enquiry} onDone={backToList} onBack={() => backToList()} />}
      <div ref={table}>
        {rows && rows.length === 0 && <p className="muted">{t('enquiries.open.empty')}</p>}
        {rows && rows.length > 0 && (
          <table>
            <caption>{t('enquiries.open.title', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th>{t('enquiries.col.number')}</th>
                <th>{t('enquiries.col.customer')}</th>
                <th>{t('enquiries.col.question')}</th>
                <th>{t('enquiries.col.department')}</th>
                <th>{t('enquiries.col.state')}</th>
                <th>{t('enquiries.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const late = daysOverdue(e, now, timeZone);
                return (
                  <tr key={e.id} className={late > 0 ? 'enq-overdue' : undefined}>
                    <td>
                      <div className="enq-number">{e.number}</div>
                      <div className="muted">{formatInZone(e.loggedAt, 'yyyy-MM-dd HH:mm', timeZone)}</div>
                    </td>
                    <td>{[e.customerName, e.phone].filter(Boolean).join(' · ') || '—'}</td>
                    <td>
                      {t(`enquiries.topic.${e.topic}`)} · {e.question}
                    </td>
                    <td>
                      {e.suggestion?.department}
                      <div className="muted">{t('enquiries.replyDueOn', { due: e.suggestion?.replyDue ?? '' })}</div>
                    </td>
                    <td>
                      <strong>{t(`enquiries.state.${e.state}`)}</strong>
                      {late > 0 && <span className="enq-tag">{t('enquiries.overdueDays', { days: late })}</span>}
                      {e.reply && <div className="muted">{e.reply.reply}</div>}
                    </td>
                    <td>
                      <div className="enq-actions">
                        {e.state === 'awaitingReply' && (
                          <button type="button" onClick={() => pick({ kind: 'reply', enquiry: e })} aria-label={t('enquiries.action.replyFor', { number: e.number })}>
                            {t('enquiries.action.reply')}
                          </button>
                        )}
                        {e.state === 'replied' && (
                          <button type="button" onClick={() => pick({ kind: 'told', enquiry: e })} aria-label={t('enquiries.action.toldFor', { number: e.number })}>
                            {t('enquiries.action.told')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
