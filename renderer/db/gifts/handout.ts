import { applyHandoutEntry, GIFTS_SCHEMA_VERSION, giftStockId } from '../../../shared/domain/gifts/projection';
import { checkCampaignRunning, checkHandout, checkReceiptUnused, giftOf, type GiftRefusal } from '../../../shared/domain/gifts/rules';
import type { HandedOutData, Handout } from '../../../shared/domain/gifts/types';
import { RECEIPT_SCHEMA_VERSION, receiptRecordId } from '../../../shared/domain/sales/receipt';
import { handoutInput, receiptScanInput } from '../../../shared/schema/gifts';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { writeEntries, type EntryDraft } from '../writePath';
import { giftRefusalError } from './refusal';

/** Handouts this phone already had in the campaign (reversed ones given back). */
export function customerHandoutCount(db: DeskDatabase, campaignId: string, phone: string | undefined): Promise<number> {
  if (!phone) return Promise.resolve(0);
  return db.handouts
    .where('[campaignId+phoneKey]')
    .equals([campaignId, phone])
    .filter((h) => h.status !== 'reversed')
    .count();
}

type Outcome = { readonly ok: true; readonly handout: Handout } | { readonly ok: false; readonly refusal: GiftRefusal };

/**
 * Hands out a gift for one purchase receipt: every rule is checked inside
 * the write transaction (campaign running now, receipt bought within its
 * period, tier reached, gift of that tier, receipt unused for the
 * campaign, customer limit, stock left); then
 * ONE transaction appends the handout (ZP-…), the receipt's 'giftIssued' and
 * the stock's 'issued'. A refusal writes only an audit line (who tried a
 * used receipt is worth knowing) and comes back as the clerk's message.
 * `draftId` makes a double submit or a scanner bounce hand out once.
 */
export async function handOutGift(ctx: DeskContext, draftId: string, raw: unknown): Promise<Handout> {
  const input = handoutInput.parse(raw);
  const stockId = giftStockId(input.campaignId, input.giftId);
  // The facts are read together, beside the write's own start: one round of requests, not five in a row (the counter never waits).
  const readFacts = (db: DeskDatabase) =>
    Promise.all([
      db.handouts.get(draftId),
      db.campaigns.get(input.campaignId),
      db.receipts.get(receiptRecordId(input.receiptNo)),
      customerHandoutCount(db, input.campaignId, input.phone),
      db.giftStocks.get(stockId),
    ]);
  const outcome = await writeEntries(ctx, 'gifts.handOut', async (tx, [existing, campaign, receipt, customerHandouts, stock]): Promise<Outcome> => {
    if (existing) return { ok: true, handout: existing };
    if (!campaign) throw new DeskError('error.unknownRecord', 'campaignId');
    const check = checkHandout({
      campaign,
      now: tx.now,
      timeZone: ctx.session.timeZone,
      purchaseDate: input.purchaseDate,
      amountFen: input.amount,
      giftId: input.giftId,
      quantity: input.quantity,
      phone: input.phone,
      receipt,
      customerHandouts,
      stock,
    });
    if (!check.ok) {
      await tx.audit({
        action: 'handout.refused',
        recordType: 'campaign',
        recordId: campaign.id,
        number: campaign.number,
        summary: `${campaign.number} ${input.receiptNo} ${check.code}`,
      });
      return { ok: false, refusal: check };
    }
    const gift = giftOf(campaign, input.giftId)!;
    // Read just now in this write: the handout, its receipt and the stock are projected without reading them again.
    tx.knowRow('handout', draftId, undefined);
    tx.knowRow('receipt', receiptRecordId(input.receiptNo), receipt);
    tx.knowRow('giftStock', stockId, stock);
    const number = await tx.nextNumber('handout');
    const handout: EntryDraft<'handedOut', HandedOutData> = {
      recordType: 'handout',
      recordId: draftId,
      type: 'handedOut',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number,
      data: {
        number,
        campaignId: campaign.id,
        receiptNo: input.receiptNo,
        receiptAmountFen: input.amount,
        purchaseDate: input.purchaseDate,
        giftId: gift.giftId,
        quantity: input.quantity,
        phone: input.phone,
      },
      summary: `${number} ${campaign.name} ${input.receiptNo} ${gift.name} x${input.quantity}`,
    };
    // The handout, the receipt's gift and the stock issued in one append: one wait on IndexedDB, not three.
    const [handedOut] = await tx.appendAll([
      handout,
      {
        recordType: 'receipt',
        recordId: receiptRecordId(input.receiptNo),
        type: 'giftIssued',
        schemaVersion: RECEIPT_SCHEMA_VERSION,
        number,
        data: { handoutId: draftId, handoutNumber: number, campaignId: campaign.id, giftId: gift.giftId, quantity: input.quantity },
        summary: `${input.receiptNo} ${number}`,
      },
      {
        recordType: 'giftStock',
        recordId: stockId,
        type: 'issued',
        schemaVersion: GIFTS_SCHEMA_VERSION,
        number,
        data: { handoutId: draftId, handoutNumber: number, quantity: input.quantity },
        summary: `${number} ${gift.name} -${input.quantity}`,
      },
    ]);
    // The new handout's state is its first entry projected: no need to read it back.
    return { ok: true, handout: applyHandoutEntry(undefined, handedOut)! };
  }, readFacts);
  if (!outcome.ok) throw await giftRefusalError(ctx.db, outcome.refusal, ctx.session.timeZone);
  return outcome.handout;
}

/**
 * The check made as soon as the receipt is scanned, before the amount is
 * typed: its format, the campaign running, and the receipt not used yet.
 * Returns the cleaned receipt number. The handout checks all again.
 */
export async function checkReceiptForCampaign(ctx: DeskContext, campaignId: string, rawReceiptNo: string): Promise<string> {
  const { receiptNo } = receiptScanInput.parse({ receiptNo: rawReceiptNo });
  // Both read at once (one round trip while the clerk waits), then checked in order.
  const [campaign, receipt] = await Promise.all([ctx.db.campaigns.get(campaignId), ctx.db.receipts.get(receiptRecordId(receiptNo))]);
  if (!campaign) throw new DeskError('error.pickCampaign', 'campaignId');
  const running = checkCampaignRunning(campaign, ctx.clock.now());
  if (!running.ok) throw await giftRefusalError(ctx.db, running, ctx.session.timeZone);
  const unused = checkReceiptUnused(receipt, campaign.id);
  if (!unused.ok) throw await giftRefusalError(ctx.db, unused, ctx.session.timeZone);
  return receiptNo;
}
