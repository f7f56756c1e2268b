import type { CharityGoodsHandedOut } from '../../../shared/domain/gifts/reconciliation';
import { giftOf } from '../../../shared/domain/gifts/rules';
import type { DeskDatabase } from '../database';
import type { CharityEventRow } from './rows';

/** Every charity event, the latest day first. */
export async function allCharityEvents(db: DeskDatabase): Promise<CharityEventRow[]> {
  return (await db.charityEvents.orderBy('day').toArray()).reverse();
}

/** A gift stock the desk may pledge from: what is on the shelf, named by its campaign and gift. */
export interface PledgeableStock {
  readonly stockId: string;
  readonly campaignName: string;
  readonly giftName: string;
  readonly remaining: number;
}

/** Gift stocks with something on the shelf, of any campaign (a closed campaign's leftovers are a usual gift). */
export async function pledgeableStocks(db: DeskDatabase): Promise<PledgeableStock[]> {
  const stocks = (await db.giftStocks.toArray()).filter((s) => s.remaining > 0);
  const campaigns = new Map((await db.campaigns.bulkGet([...new Set(stocks.map((s) => s.campaignId))])).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return stocks.flatMap((s) => {
    const campaign = campaigns.get(s.campaignId);
    const gift = campaign && giftOf(campaign, s.giftId);
    return campaign && gift ? [{ stockId: s.id, campaignName: campaign.name, giftName: gift.name, remaining: s.remaining }] : [];
  });
}

/** The campaign's gifts handed over to charity, as the events' records say: the reconciliation checks the stock against them. */
export async function charityHandOutsOf(db: DeskDatabase, campaignId: string): Promise<CharityGoodsHandedOut[]> {
  const events = await db.charityEvents.where('campaignId').equals(campaignId).toArray();
  return events.flatMap((e) => (e.goods && e.handedOut && e.handedOut.quantity > 0 ? [{ campaignId: e.goods.campaignId, giftId: e.goods.giftId, quantity: e.handedOut.quantity }] : []));
}
