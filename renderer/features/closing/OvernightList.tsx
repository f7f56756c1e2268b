import { formatInZone } from '../../../shared/domain/clock';
import { daysHeld, type StoragePolicy } from '../../../shared/domain/storage/rules';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { useT } from '../../i18n';
import { sourceText } from './itemText';

interface OvernightListProps {
  readonly items: readonly StorageItem[];
  readonly now: number;
  readonly policy: StoragePolicy;
}

/** Everything still held, oldest first: at closing this is what stays overnight. */
export function OvernightList({ items, now, policy }: OvernightListProps) {
  const { t } = useT();
  return (
    <section className="panel" aria-labelledby="overnight-title">
      <h2 id="overnight-title">{t('closing.overnight.title', { count: items.length })}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('closing.overnight.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('closing.col.number')}</th>
              <th>{t('closing.col.item')}</th>
              <th>{t('closing.col.slot')}</th>
              <th>{t('closing.col.source')}</th>
              <th>{t('closing.col.depositedAt')}</th>
              <th>{t('closing.col.days')}</th>
              <th>{t('closing.col.customer')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const days = daysHeld(item, now, policy.timeZone);
              return (
                <tr key={item.id}>
                  <td className="big-number">{item.number}</td>
                  <td>{t('closing.itemText', { description: item.description, count: item.count })}</td>
                  <td>{item.slot}</td>
                  <td>{sourceText(t, item)}</td>
                  <td>{formatInZone(item.deposited.at, 'yyyy-MM-dd HH:mm', policy.timeZone)}</td>
                  <td className={days > policy.overdueDays ? 'field__error' : undefined}>{t('closing.days', { days })}</td>
                  <td>{item.customerName ?? '-'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
