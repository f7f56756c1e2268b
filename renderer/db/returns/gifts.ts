import type { Fen } from '../../../shared/domain/money';
import { activeGifts, type ReceiptState } from '../../../shared/domain/sales/receipt';
import type { DeskDatabase } from '../database';

/** A gift the receipt still holds, with what the clerk needs to settle it. */
export interface GiftToSettle {
  readonly handoutId: string;
  readonly handoutNumber: string;
  readonly giftName: string;
  /** The gift's value times the quantity handed out: what is deducted when it does not come back. */
  readonly valueFen: Fen;
}

/** The receipt's active gifts, valued from the campaign's gift list. */
export async function giftsToSettle(db: DeskDatabase, receipt: ReceiptState | undefined): Promise<GiftToSettle[]> {
  const out: GiftToSettle[] = [];
  for (const g of activeGifts(receipt)) {
    const campaign = await db.campaigns.get(g.campaignId);
    const gift = campaign?.gifts.find((x) => x.giftId === g.giftId);
    out.push({
      handoutId: g.handoutId,
      handoutNumber: g.handoutNumber,
      giftName: gift?.name ?? g.giftId,
      valueFen: (gift?.valueFen ?? 0) * g.quantity,
    });
  }
  return out;
}
