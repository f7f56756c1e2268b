import type { Campaign, GiftStock } from '../../../shared/domain/gifts/types';
import { useT } from '../../i18n';

/** Per gift: received, issued, returned, given to charity, adjusted, remaining and alarms. */
export function StockTable({ campaign, stocks }: { readonly campaign: Campaign; readonly stocks: readonly GiftStock[] }) {
  const { t } = useT();
  const byGift = new Map(stocks.map((s) => [s.giftId, s]));
  return (
    <table aria-label={t('gifts.stock.title')}>
      <thead>
        <tr>
          <th>{t('gifts.stock.gift')}</th>
          <th>{t('gifts.stock.received')}</th>
          <th>{t('gifts.stock.issued')}</th>
          <th>{t('gifts.stock.returned')}</th>
          <th>{t('charity.rec.column')}</th>
          <th>{t('gifts.stock.adjusted')}</th>
          <th>{t('gifts.stock.remaining')}</th>
          <th>{t('gifts.stock.alarms')}</th>
        </tr>
      </thead>
      <tbody>
        {campaign.gifts.map((g) => {
          const s = byGift.get(g.giftId);
          const alarms = s?.conflicts.length ?? 0;
          return (
            <tr key={g.giftId} data-gift={g.giftId} className={alarms > 0 ? 'unbalanced' : undefined}>
              <td>{g.name}</td>
              <td>{s?.received ?? 0}</td>
              <td>{s?.issued ?? 0}</td>
              <td>{s?.returned ?? 0}</td>
              <td>{s?.charity ?? 0}</td>
              <td>{s?.adjusted ?? 0}</td>
              <td>
                <strong>{s?.remaining ?? 0}</strong>
              </td>
              <td>{alarms > 0 ? <strong className="field__error">{alarms}</strong> : 0}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
