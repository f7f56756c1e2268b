import { newId } from '../../shared/domain/ids';
import type { DeskContext } from '../../renderer/db/context';
import { defineCampaign } from '../../renderer/db/gifts/campaigns';
import { receiveStock } from '../../renderer/db/gifts/stock';

/**
 * 双十一满赠 over 2026-11-20 … 2026-11-30 (the desk clock is 2026-11-25 10:00):
 * spend 199 → 保温杯 (G1); spend 399 → 保温杯 or 电饭煲 (G2).
 */
export const campaignForm = {
  name: '双十一满赠',
  startDay: '2026-11-20',
  endDay: '2026-11-30',
  gifts: [
    { giftId: 'G1', name: '保温杯', value: '39' },
    { giftId: 'G2', name: '电饭煲', value: '199' },
  ],
  tiers: [
    { minSpend: '199', giftIds: ['G1'] },
    { minSpend: '399', giftIds: ['G1', 'G2'] },
  ],
  perReceiptLimit: '1',
  perCustomerLimit: '',
};

/** A running campaign with stock received: `cups` of G1, `cookers` of G2. */
export async function runningCampaign(ctx: DeskContext, stock: { cups?: number; cookers?: number } = {}, over: Partial<typeof campaignForm> = {}) {
  const campaign = await defineCampaign(ctx, newId(), { ...campaignForm, ...over });
  if (stock.cups) await receiveStock(ctx, { campaignId: campaign.id, giftId: 'G1', quantity: String(stock.cups), note: '' });
  if (stock.cookers) await receiveStock(ctx, { campaignId: campaign.id, giftId: 'G2', quantity: String(stock.cookers), note: '' });
  return campaign;
}

export function handoutRequest(campaignId: string, over: Record<string, string> = {}) {
  return { campaignId, receiptNo: 'R2611250001', purchaseDate: '2026-11-25', amount: '256.80', phone: '', giftId: 'G1', quantity: '1', ...over };
}
