import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { RecordList } from '../../components/RecordList';
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
    <RecordList
      titleId="draw-list-title"
      title={t('gifts.draws.list')}
      empty={t('gifts.draws.empty')}
      numberHeading={t('gifts.col.number')}
      columns={[t('gifts.draws.name'), t('gifts.col.time'), t('gifts.draws.col.winner')]}
      records={draws}
      cells={(d) => [d.name, dateTime(d.drawn.at, timeZone), `${d.winners.length} / ${d.participants.length}`]}
      selectedId={selectedId}
      onOpen={onSelect}
      openText={() => t('gifts.campaigns.open')}
      openLabel={(d) => t('gifts.draws.view', { number: d.number })}
    />
  );
}
