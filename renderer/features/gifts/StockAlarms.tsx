import { useLiveQuery } from 'dexie-react-hooks';
import { giftOf } from '../../../shared/domain/gifts/rules';
import { useServices } from '../../app/services';
import { giftStocksWithAlarms, giftTwiceConflicts } from '../../db/gifts/queries';
import { useT } from '../../i18n';
import { useStaffNames } from '../../components/useStaffNames';
import { dateTime } from './giftText';
import { useStoreTimeZone } from './useGiftContext';

/**
 * Stock alarms at the top of the campaigns screen: gifts handed out at
 * another counter (offline) after the stock had run out. Nothing was
 * dropped: each is listed with who, when and where, for a supervisor.
 * Receipts that got the same campaign's gift at two counters are listed too.
 */
export function StockAlarms() {
  const { t } = useT();
  const { db } = useServices();
  const who = useStaffNames();
  const timeZone = useStoreTimeZone();
  const alarms = useLiveQuery(async () => {
    const stocks = await giftStocksWithAlarms(db);
    const campaigns = await db.campaigns.bulkGet(stocks.map((s) => s.campaignId));
    return stocks.flatMap((s, i) => {
      const campaign = campaigns[i];
      const gift = campaign ? giftOf(campaign, s.giftId)?.name : undefined;
      return s.conflicts.map((c) => ({ ...c, campaign: campaign?.name ?? s.campaignId, gift: gift ?? s.giftId }));
    });
  }, [db]);
  const twice = useLiveQuery(() => giftTwiceConflicts(db), [db]);
  const count = (alarms?.length ?? 0) + (twice?.length ?? 0);
  if (count === 0) return null;
  return (
    <section className="notice notice--danger" aria-live="polite" aria-labelledby="gift-alarms-title">
      <h2 id="gift-alarms-title">{t('gifts.alarms.title', { count })}</h2>
      {alarms && alarms.length > 0 && <p>{t('gifts.alarms.body')}</p>}
      <ul>
        {(alarms ?? []).map((a) => (
          <li key={a.entryId}>
            {t('gifts.alarms.item', { campaign: a.campaign, gift: a.gift, number: a.handoutNumber, who: who(a.by), at: dateTime(a.at, timeZone), counter: a.counter })}
          </li>
        ))}
        {(twice ?? []).map(({ receiptNo, conflict: c }) => (
          <li key={c.entryId}>{t('gifts.alarms.twice', { receiptNo, number: c.ref, who: who(c.by), at: dateTime(c.at, timeZone), counter: c.counter })}</li>
        ))}
      </ul>
    </section>
  );
}
