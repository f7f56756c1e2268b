import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { useT } from '../../i18n';
import { dateTime } from './giftText';
import { useStoreTimeZone } from './useGiftContext';

/** Draws made at the desk, newest first. */
export function DrawList({ selectedId, onSelect }: { readonly selectedId: string | undefined; readonly onSelect: (id: string) => void }) {
  const { t } = useT();
  const { db } = useServices();
  const timeZone = useStoreTimeZone();
  const draws = useLiveQuery(async () => (await db.draws.toArray()).sort((a, b) => b.drawn.at - a.drawn.at), [db]);
  return (
    <section className="panel" aria-labelledby="draw-list-title">
      <h2 id="draw-list-title">{t('gifts.draws.list')}</h2>
      {draws && draws.length === 0 ? (
        <p className="muted">{t('gifts.draws.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('gifts.col.number')}</th>
              <th>{t('gifts.draws.name')}</th>
              <th>{t('gifts.col.time')}</th>
              <th>{t('gifts.draws.col.winner')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(draws ?? []).map((d) => (
              <tr key={d.id} className={d.id === selectedId ? 'selected' : undefined}>
                <td className="mono">{d.number}</td>
                <td>{d.name}</td>
                <td>{dateTime(d.drawn.at, timeZone)}</td>
                <td>
                  {d.winners.length} / {d.participants.length}
                </td>
                <td>
                  <button type="button" onClick={() => onSelect(d.id)} aria-label={t('gifts.draws.view', { number: d.number })}>
                    {t('gifts.campaigns.open')}
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
