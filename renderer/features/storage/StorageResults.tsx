import { formatInZone } from '../../../shared/domain/clock';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';

interface StorageResultsProps {
  readonly items: readonly StorageItem[];
  readonly onPick: (item: StorageItem) => void;
  readonly pickLabel: string;
  readonly selectedId?: string | undefined;
}

/** Storage records as a table; each row can be picked with mouse or keyboard. */
export function StorageResults({ items, onPick, pickLabel, selectedId }: StorageResultsProps) {
  const { t } = useT();
  const timeZone = useSession((s) => s.profile?.timeZone);
  if (items.length === 0) return <p className="muted">{t('storage.search.none')}</p>;
  return (
    <>
      <p className="muted">{t('storage.search.count', { count: items.length })}</p>
      <table>
        <thead>
          <tr>
            <th>{t('storage.item.number')}</th>
            <th>{t('storage.item.description')}</th>
            <th>{t('storage.item.count')}</th>
            <th>{t('storage.item.slot')}</th>
            <th>{t('storage.item.phone')}</th>
            <th>{t('storage.item.deposited')}</th>
            <th>{t('storage.item.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className={i.id === selectedId ? 'selected' : undefined}>
              <td>{i.number}</td>
              <td>{i.description}</td>
              <td>{i.count}</td>
              <td>{i.slot}</td>
              <td>{i.phone ? `…${i.phone.slice(-4)}` : ''}</td>
              <td>{formatInZone(i.deposited.at, 'MM-dd HH:mm', timeZone)}</td>
              <td>{t(`storage.status.${i.status}`)}</td>
              <td>
                <button type="button" onClick={() => onPick(i)}>
                  {pickLabel}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
