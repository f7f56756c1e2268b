import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import type { LostItem, LostItemStatus } from '../../../shared/domain/storage/lostFound';
import { useServices } from '../../app/services';
import { useStoragePolicy } from '../../app/useDeskContext';
import { Field, SelectField } from '../../components/Field';
import { useT } from '../../i18n';

type StatusFilter = LostItemStatus | 'all';
const STATUS_FILTERS: readonly StatusFilter[] = ['kept', 'claimed', 'disposed', 'all'];

function matches(item: LostItem, needle: string): boolean {
  if (!needle) return true;
  return [item.number, item.description, item.place, item.finder, item.fromStorageNumber ?? ''].some((s) => s.toLowerCase().includes(needle));
}

interface LostItemListProps {
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
}

/** The lost-and-found register: newest found first, filtered by status and text. */
export function LostItemList({ selectedId, onSelect }: LostItemListProps) {
  const { t } = useT();
  const { db } = useServices();
  const { timeZone } = useStoragePolicy();
  const [status, setStatus] = useState<StatusFilter>('kept');
  const [text, setText] = useState('');
  const items = useLiveQuery(
    () => (status === 'all' ? db.lostItems.toArray() : db.lostItems.where('status').equals(status).toArray()),
    [db, status],
  );
  const needle = text.trim().toLowerCase();
  const shown = (items ?? []).filter((i) => matches(i, needle)).sort((a, b) => b.foundAt - a.foundAt);

  return (
    <section className="panel" aria-labelledby="lost-list-title">
      <h2 id="lost-list-title">{t('lostFound.list.title')}</h2>
      <div className="row">
        <SelectField
          label={t('lostFound.list.status')}
          name="statusFilter"
          value={status}
          onChange={(v) => setStatus(v as StatusFilter)}
          options={STATUS_FILTERS.map((s) => ({ value: s, label: t(`lostFound.status.${s}`) }))}
        />
        <Field label={t('lostFound.list.text')} name="textFilter" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('lostFound.list.textHint')} />
      </div>
      {items && shown.length === 0 ? (
        <p className="muted">{t('lostFound.list.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('lostFound.field.number')}</th>
              <th>{t('lostFound.field.description')}</th>
              <th>{t('lostFound.field.place')}</th>
              <th>{t('lostFound.field.foundAt')}</th>
              <th>{t('lostFound.list.status')}</th>
              <th aria-label={t('lostFound.list.open')} />
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.id} className={item.id === selectedId ? 'selected' : undefined}>
                <td className="big-number">{item.number}</td>
                <td>{item.description}</td>
                <td>{item.place}</td>
                <td>{formatInZone(item.foundAt, 'yyyy-MM-dd HH:mm', timeZone)}</td>
                <td>
                  {t(`lostFound.status.${item.status}`)}
                  {item.conflicts.length > 0 && <strong className="field__error"> · {t('lostFound.conflict.badge')}</strong>}
                </td>
                <td>
                  <button type="button" onClick={() => onSelect(item.id)} aria-label={t('lostFound.list.openItem', { number: item.number })}>
                    {t('lostFound.list.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
