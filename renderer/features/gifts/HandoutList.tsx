import { useLiveQuery } from 'dexie-react-hooks';
import { giftOf } from '../../../shared/domain/gifts/rules';
import { useServices } from '../../app/services';
import { recentHandouts } from '../../db/gifts/queries';
import { useT } from '../../i18n';
import { dateTime, yuan } from './giftText';
import { useStoreTimeZone } from './useGiftContext';

/** The latest handouts at the desk, so the clerk sees the last one went through. */
export function HandoutList() {
  const { t } = useT();
  const { db } = useServices();
  const timeZone = useStoreTimeZone();
  const rows = useLiveQuery(async () => {
    const handouts = await recentHandouts(db, 15);
    const campaigns = new Map((await db.campaigns.bulkGet([...new Set(handouts.map((h) => h.campaignId))])).flatMap((c) => (c ? [[c.id, c] as const] : [])));
    return handouts.map((h) => ({ h, campaign: campaigns.get(h.campaignId) }));
  }, [db]);
  return (
    <section className="panel" aria-labelledby="handout-recent-title">
      <h2 id="handout-recent-title">{t('gifts.handout.recent')}</h2>
      {rows && rows.length === 0 ? (
        <p className="muted">{t('gifts.handout.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('gifts.col.number')}</th>
              <th>{t('gifts.col.time')}</th>
              <th>{t('gifts.col.campaign')}</th>
              <th>{t('gifts.col.receipt')}</th>
              <th>{t('gifts.col.amount')}</th>
              <th>{t('gifts.col.gift')}</th>
              <th>{t('gifts.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map(({ h, campaign }) => (
              <tr key={h.id}>
                <td className="mono">{h.number}</td>
                <td>{dateTime(h.handedOutAt, timeZone)}</td>
                <td>{campaign?.name}</td>
                <td className="mono">{h.receiptNo}</td>
                <td>{yuan(h.receiptAmountFen)}</td>
                <td>
                  {(campaign && giftOf(campaign, h.giftId)?.name) ?? h.giftId} ×{h.quantity}
                </td>
                <td>{t(`gifts.handoutStatus.${h.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
