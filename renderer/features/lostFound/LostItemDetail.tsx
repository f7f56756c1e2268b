import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { isDueForDisposal, type LostItem } from '../../../shared/domain/storage/lostFound';
import { useServices } from '../../app/services';
import { useStoragePolicy } from '../../app/useDeskContext';
import { useT } from '../../i18n';
import { ClaimForm } from './ClaimForm';
import { DisposeForm } from './DisposeForm';
import { RegisteredSlip } from './LostItemSlipButtons';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One found item: its facts, any conflict, and what can be done with it now. */
export function LostItemDetail({ itemId, onClose }: { readonly itemId: string; readonly onClose: () => void }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const policy = useStoragePolicy();
  const item = useLiveQuery(() => db.lostItems.get(itemId), [db, itemId]);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = item !== undefined;
  // The panel opens away from the list row that was clicked: bring it into view and move the keyboard there.
  useEffect(() => {
    if (!loaded) return;
    heading.current?.scrollIntoView?.({ block: 'nearest' });
    heading.current?.focus();
  }, [loaded]);
  if (!item) return null;
  const when = (ms: number) => formatInZone(ms, 'yyyy-MM-dd HH:mm', policy.timeZone);
  const due = isDueForDisposal(item, clock.now(), policy.lostFoundKeepDays);

  return (
    <section className="panel" aria-labelledby="lost-detail-title">
      <div className="card__top">
        <h2 id="lost-detail-title" ref={heading} tabIndex={-1}>
          {t('lostFound.detail.title')} <span className="big-number">{item.number}</span>
        </h2>
        <button type="button" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
      <Conflicts item={item} when={when} />
      <dl className="facts">
        <dt>{t('lostFound.list.status')}</dt>
        <dd>{t(`lostFound.status.${item.status}`)}</dd>
        <dt>{t('lostFound.field.description')}</dt>
        <dd>{item.description}</dd>
        <dt>{t('lostFound.field.place')}</dt>
        <dd>{item.place}</dd>
        <dt>{t('lostFound.field.foundAt')}</dt>
        <dd>{when(item.foundAt)}</dd>
        <dt>{t('lostFound.field.finder')}</dt>
        <dd>{item.finder}</dd>
        <dt>{t('lostFound.detail.registered')}</dt>
        <dd>{t('lostFound.detail.stamp', { by: item.registered.by, at: when(item.registered.at), counter: item.registered.counter })}</dd>
        {item.fromStorageNumber && (
          <>
            <dt>{t('lostFound.detail.fromStorage')}</dt>
            <dd>{item.fromStorageNumber}</dd>
          </>
        )}
      </dl>
      {item.photo && <img src={item.photo} alt={t('lostFound.detail.photo', { number: item.number })} style={{ maxWidth: '20rem' }} />}
      <RegisteredSlip itemId={item.id} />
      {item.status === 'kept' && (
        <>
          <ClaimForm key={`claim-${item.id}`} item={item} />
          {due ? (
            <DisposeForm key={`dispose-${item.id}`} item={item} />
          ) : (
            <p className="muted">{t('lostFound.dispose.notYet', { date: when(item.foundAt + policy.lostFoundKeepDays * DAY_MS), days: policy.lostFoundKeepDays })}</p>
          )}
        </>
      )}
      {item.claimed && (
        <p className="notice notice--ok">
          {t('lostFound.detail.claimed', {
            name: item.claimed.claimantName,
            phone: item.claimed.phone,
            note: item.claimed.identityNote,
            stamp: t('lostFound.detail.stamp', { by: item.claimed.by, at: when(item.claimed.at), counter: item.claimed.counter }),
          })}
        </p>
      )}
      {item.disposed && (
        <p className="notice notice--warn">
          {t('lostFound.detail.disposed', {
            method: t(`lostFound.method.${item.disposed.method}`),
            reason: item.disposed.reason,
            approver: item.disposed.approvedBy ?? '-',
            stamp: t('lostFound.detail.stamp', { by: item.disposed.by, at: when(item.disposed.at), counter: item.disposed.counter }),
          })}
        </p>
      )}
    </section>
  );
}

/** A claim or disposal made at another counter after the item had already left: for a supervisor to settle. */
function Conflicts({ item, when }: { readonly item: LostItem; readonly when: (ms: number) => string }) {
  const { t } = useT();
  if (item.conflicts.length === 0) return null;
  return (
    <div className="notice notice--danger" role="alert">
      <p>{t('lostFound.conflict.title')}</p>
      <ul>
        {item.conflicts.map((c) => (
          <li key={c.entryId}>{t('lostFound.detail.stamp', { by: c.by, at: when(c.at), counter: c.counter })}</li>
        ))}
      </ul>
    </div>
  );
}
