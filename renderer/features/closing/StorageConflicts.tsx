import { formatInZone } from '../../../shared/domain/clock';
import type { StorageItem } from '../../../shared/domain/storage/types';
import { useT } from '../../i18n';
import { useStaffNames } from '../../components/useStaffNames';

interface StorageConflictsProps {
  readonly items: readonly StorageItem[];
  readonly timeZone: string;
}

/**
 * Items released twice (two counters, both offline): the release that counts
 * and every one that came too late, with who, when and where, for a
 * supervisor to settle with the customer and the staff.
 */
export function StorageConflicts({ items, timeZone }: StorageConflictsProps) {
  const { t } = useT();
  const who = useStaffNames();
  const when = (ms: number) => formatInZone(ms, 'yyyy-MM-dd HH:mm:ss', timeZone);
  return (
    <section className="panel" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('closing.conflicts.title', { count: items.length })}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('closing.conflicts.empty')}</p>
      ) : (
        <ul>
          {items.map((item) => {
            const winner = item.released ?? item.moved;
            return (
              <li key={item.id} className="notice notice--danger">
                <p>
                  <span className="big-number">{item.number}</span> {t('closing.itemText', { description: item.description, count: item.count })}
                </p>
                <p>
                  {winner
                    ? t(item.released ? 'closing.conflicts.released' : 'closing.conflicts.moved', { who: who(winner.by), at: when(winner.at), counter: winner.counter })
                    : t('closing.conflicts.noWinner')}
                </p>
                <ul>
                  {item.conflicts.map((c) => (
                    <li key={c.entryId}>{t(`closing.conflicts.late.${c.kind}`, { who: who(c.by), at: when(c.at), counter: c.counter })}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
