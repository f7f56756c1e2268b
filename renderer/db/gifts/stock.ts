import { GIFTS_SCHEMA_VERSION, giftStockId } from '../../../shared/domain/gifts/projection';
import { adjustmentNeedsApproval, checkAdjustment, giftOf } from '../../../shared/domain/gifts/rules';
import type { Campaign, CampaignGift, GiftStock } from '../../../shared/domain/gifts/types';
import { stockAdjustmentInput, stockReceiptInput } from '../../../shared/schema/gifts';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';
import { giftRefusalError } from './refusal';

async function campaignGift(tx: WriteTx, campaignId: string, giftId: string): Promise<{ campaign: Campaign; gift: CampaignGift }> {
  const campaign = await tx.db.campaigns.get(campaignId);
  if (!campaign) throw new DeskError('error.unknownRecord');
  const gift = giftOf(campaign, giftId);
  if (!gift) throw new DeskError('error.unknownGift', 'giftId');
  return { campaign, gift };
}

/** A delivery of gifts into the desk's stock. */
export async function receiveStock(ctx: DeskContext, raw: unknown): Promise<GiftStock> {
  const input = stockReceiptInput.parse(raw);
  return writeEntries(ctx, 'campaigns.receiveStock', async (tx) => {
    const { campaign, gift } = await campaignGift(tx, input.campaignId, input.giftId);
    if (campaign.closed) throw new DeskError('error.campaignClosed', undefined, { name: campaign.name });
    const id = giftStockId(campaign.id, gift.giftId);
    await tx.append({
      recordType: 'giftStock',
      recordId: id,
      type: 'received',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number: campaign.number,
      data: { quantity: input.quantity, note: input.note },
      summary: `${campaign.number} ${gift.name} +${input.quantity}${input.note ? ` ${input.note}` : ''}`,
    });
    return (await tx.db.giftStocks.get(id))!;
  });
}

/**
 * The adjustment's checks without writing: run before a supervisor is called
 * over, so a count that would go below zero is said at the field first.
 */
export async function checkStockAdjustment(ctx: DeskContext, raw: unknown): Promise<void> {
  const input = stockAdjustmentInput.parse(raw);
  const check = checkAdjustment(await ctx.db.giftStocks.get(giftStockId(input.campaignId, input.giftId)), input.quantity);
  if (!check.ok) throw await giftRefusalError(ctx.db, check, ctx.session.timeZone);
}

/**
 * Corrects the count with a reason. Taking gifts off (lost, damaged) needs a
 * supervisor's PIN ('gifts.adjustStock'); it may never take the stock below
 * zero. Adding (found in the back room) needs no approval.
 */
export async function adjustStock(ctx: DeskContext, raw: unknown, approval?: Approval): Promise<GiftStock> {
  const input = stockAdjustmentInput.parse(raw);
  let approvedBy: string | undefined;
  if (adjustmentNeedsApproval(input.quantity)) {
    if (!approval) throw new DeskError('error.approvalRequired');
    approvedBy = await approve(ctx, approval, 'gifts.adjustStock');
  }
  return writeEntries(ctx, 'gifts.adjustStock', async (tx) => {
    const { campaign, gift } = await campaignGift(tx, input.campaignId, input.giftId);
    const id = giftStockId(campaign.id, gift.giftId);
    const check = checkAdjustment(await tx.db.giftStocks.get(id), input.quantity);
    if (!check.ok) throw await giftRefusalError(tx.db, check, ctx.session.timeZone);
    await tx.append({
      recordType: 'giftStock',
      recordId: id,
      type: 'adjusted',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number: campaign.number,
      approvedBy,
      data: { quantity: input.quantity, reason: input.reason },
      summary: `${campaign.number} ${gift.name} ${input.quantity > 0 ? '+' : ''}${input.quantity} ${input.reason}`,
    });
    return (await tx.db.giftStocks.get(id))!;
  });
}
