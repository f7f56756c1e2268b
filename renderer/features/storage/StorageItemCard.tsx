import { formatInZone } from '../../../shared/domain/clock';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { useSession } from '../../app/session';
import { useStaffNames } from '../../components/useStaffNames';
import { useT } from '../../i18n';

/** What the clerk checks against the item on the shelf. */
export function StorageItemCard({ item }: { readonly item: StorageItem }) {
  const { t } = useT();
  const who = useStaffNames();
  const timeZone = useSession((s) => s.profile?.timeZone);
  const when = (ms: number) => formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone);
  return (
    <section className="panel" aria-label={item.number}>
      <p className="big-number">{item.number}</p>
      <dl className="facts">
        <dt>{t('storage.item.status')}</dt>
        <dd data-testid="item-status">{t(`storage.status.${item.status}`)}</dd>
        <dt>{t('storage.item.description')}</dt>
        <dd>{item.description}</dd>
        <dt>{t('storage.item.count')}</dt>
        <dd>{item.count}</dd>
        <dt>{t('storage.item.slot')}</dt>
        <dd>{item.slot}</dd>
        {(item.customerName || item.phone) && (
          <>
            <dt>{t('storage.item.customer')}</dt>
            <dd>{[item.customerName, item.phone].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        <dt>{t('storage.item.source')}</dt>
        <dd>{item.source === 'locker' ? t('storage.item.sourceLocker', { door: item.lockerDoorId ?? '' }) : t('storage.item.sourceCounter')}</dd>
        <dt>{t('storage.item.deposited')}</dt>
        <dd>
          {when(item.deposited.at)} · {who(item.deposited.by)} · {item.deposited.counter}
        </dd>
        {item.released && (
          <>
            <dt>{t('storage.item.releasedAt')}</dt>
            <dd>
              {when(item.released.at)} · {who(item.released.by)} · {item.released.counter}
              {item.released.approvedBy && ` · ${t('storage.item.approvedBy', { who: who(item.released.approvedBy) })}`}
            </dd>
          </>
        )}
      </dl>
      {item.photo && <img src={item.photo} alt={item.description} style={{ maxHeight: 160 }} />}
      {item.printCount > 0 && <p className="muted">{t('storage.item.printCount', { count: item.printCount })}</p>}
      {item.conflicts.map((c) => (
        <p key={c.entryId} className="notice notice--danger">
          {t(`storage.item.conflict.${c.kind}`, { by: who(c.by), counter: c.counter, at: when(c.at) })}
        </p>
      ))}
    </section>
  );
}
