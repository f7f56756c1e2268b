import { GIFTS_SCHEMA_VERSION } from '../../../shared/domain/gifts/projection';
import { campaignPeriod, storeDayStart } from '../../../shared/domain/gifts/period';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { campaignInput, closeCampaignInput } from '../../../shared/schema/gifts';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';

/**
 * A new campaign (supervisor or desk lead). The period is whole store days;
 * `draftId` is made when the form opens, so a double click defines it once.
 */
export async function defineCampaign(ctx: DeskContext, draftId: string, raw: unknown): Promise<Campaign> {
  const input = campaignInput.parse(raw);
  const { timeZone } = ctx.session;
  if (storeDayStart(input.startDay, timeZone) === undefined) throw new DeskError('error.campaignDate', 'startDay');
  const period = campaignPeriod(input.startDay, input.endDay, timeZone);
  if (!period) throw new DeskError('error.campaignDate', 'endDay');
  return writeEntries(ctx, 'campaigns.define', async (tx) => {
    const existing = await tx.db.campaigns.get(draftId);
    if (existing) return existing;
    const number = await tx.nextNumber('campaign');
    const gifts = input.gifts.map((g) => ({ giftId: g.giftId, name: g.name, valueFen: g.value }));
    const tiers = input.tiers.map((t) => ({ minSpendFen: t.minSpend, giftIds: t.giftIds })).sort((a, b) => a.minSpendFen - b.minSpendFen);
    await tx.append({
      recordType: 'campaign',
      recordId: draftId,
      type: 'defined',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number,
      data: {
        number,
        name: input.name,
        start: period.start,
        end: period.end,
        gifts,
        tiers,
        perReceiptLimit: input.perReceiptLimit,
        perCustomerLimit: input.perCustomerLimit,
      },
      summary: `${number} ${input.name} ${input.startDay}..${input.endDay} ${gifts.map((g) => g.name).join('/')}`,
    });
    return (await tx.db.campaigns.get(draftId))!;
  });
}

/** Ends a campaign early or for good: no more handouts; stock and history stay for reconciliation. */
export async function closeCampaign(ctx: DeskContext, raw: unknown): Promise<Campaign> {
  const input = closeCampaignInput.parse(raw);
  return writeEntries(ctx, 'campaigns.close', async (tx) => {
    const campaign = await tx.db.campaigns.get(input.campaignId);
    if (!campaign) throw new DeskError('error.unknownRecord');
    if (campaign.closed) throw new DeskError('error.campaignClosed', undefined, { name: campaign.name });
    await tx.append({
      recordType: 'campaign',
      recordId: campaign.id,
      type: 'closed',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number: campaign.number,
      data: { reason: input.reason },
      summary: `${campaign.number} ${input.reason}`,
    });
    return (await tx.db.campaigns.get(campaign.id))!;
  });
}
