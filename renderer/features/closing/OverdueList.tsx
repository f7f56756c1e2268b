import { useState } from 'react';
import type { LostItem } from '../../../shared/domain/storage/lostFound';
import { daysHeld, type StoragePolicy } from '../../../shared/domain/storage/rules';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { RecordNumberNotice } from '../../components/RecordNumberNotice';
import { useT } from '../../i18n';
import { sourceText } from './itemText';
import { MoveToLostFound } from './MoveToLostFound';

interface OverdueListProps {
  readonly items: readonly StorageItem[];
  readonly now: number;
  readonly policy: StoragePolicy;
}

/** Held longer than the store allows: each can be moved to lost and found with a supervisor's approval. */
export function OverdueList({ items, now, policy }: OverdueListProps) {
  const { t } = useT();
  const [moving, setMoving] = useState<StorageItem>();
  const [moved, setMoved] = useState<{ from: string; lost: LostItem }>();
  return (
    <section className="panel" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('closing.overdue.title', { count: items.length, days: policy.overdueDays })}</h2>
      {moved && <RecordNumberNotice done={t('closing.move.done', { from: moved.from })} number={moved.lost.number} />}
      {items.length === 0 ? (
        <p className="muted">{t('closing.overdue.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('closing.col.number')}</th>
              <th>{t('closing.col.item')}</th>
              <th>{t('closing.col.slot')}</th>
              <th>{t('closing.col.source')}</th>
              <th>{t('closing.col.days')}</th>
              <th aria-label={t('closing.move.button')} />
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="big-number">{item.number}</td>
                <td>{t('closing.itemText', { description: item.description, count: item.count })}</td>
                <td>{item.slot}</td>
                <td>{sourceText(t, item)}</td>
                <td className="field__error">{t('closing.days', { days: daysHeld(item, now, policy.timeZone) })}</td>
                <td>
                  <button type="button" onClick={() => setMoving(item)} aria-label={t('closing.move.buttonFor', { number: item.number })}>
                    {t('closing.move.button')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {moving && (
        <MoveToLostFound
          key={moving.id}
          item={moving}
          onMoved={(lost) => setMoved({ from: moving.number, lost })}
          onClose={() => setMoving(undefined)}
        />
      )}
    </section>
  );
}
