import { useLiveQuery } from 'dexie-react-hooks';
import { campaignStatus, giftOf, sortedTiers } from '../../../shared/domain/gifts/rules';
import { useServices } from '../../app/services';
import { campaignStocks } from '../../db/gifts/queries';
import { useT } from '../../i18n';
import { AdjustStockForm } from './AdjustStockForm';
import { CloseCampaign } from './CloseCampaign';
import { periodText, yuan } from './giftText';
import { ReceiveStockForm } from './ReceiveStockForm';
import { ReconciliationPanel } from './ReconciliationPanel';
import { StockTable } from './StockTable';
import { useStoreTimeZone } from './useGiftContext';

/** One campaign: its rules, the stock per gift, deliveries, adjustments, reconciliation and closing. */
export function CampaignDetail({ campaignId }: { readonly campaignId: string }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const timeZone = useStoreTimeZone();
  const campaign = useLiveQuery(() => db.campaigns.get(campaignId), [db, campaignId]);
  const stocks = useLiveQuery(() => campaignStocks(db, campaignId), [db, campaignId]);
  if (!campaign) return null;
  const status = campaignStatus(campaign, clock.now());
  return (
    <section className="panel" aria-labelledby={`campaign-${campaign.id}`}>
      <h2 id={`campaign-${campaign.id}`}>{t('gifts.detail.title', { number: campaign.number, name: campaign.name })}</h2>
      <p>
        {periodText(campaign, timeZone)} · {t(`gifts.status.${status}`)}
      </p>
      <ul>
        {sortedTiers(campaign).map((tier) => (
          <li key={tier.minSpendFen}>
            {t('gifts.detail.tier', {
              threshold: yuan(tier.minSpendFen),
              gifts: tier.giftIds.map((id) => giftOf(campaign, id)?.name ?? id).join(' / '),
            })}
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('gifts.detail.limits', {
          perReceipt: campaign.perReceiptLimit,
          perCustomer: campaign.perCustomerLimit ? t('gifts.detail.perCustomer', { limit: campaign.perCustomerLimit }) : t('gifts.detail.noPerCustomer'),
        })}
      </p>
      <h3>{t('gifts.stock.title')}</h3>
      <StockTable campaign={campaign} stocks={stocks ?? []} />
      {!campaign.closed && <ReceiveStockForm campaign={campaign} />}
      <AdjustStockForm campaign={campaign} />
      <ReconciliationPanel campaign={campaign} />
      <CloseCampaign campaign={campaign} />
    </section>
  );
}
