import { GIFTS_SCHEMA_VERSION, giftStockId } from '../../../shared/domain/gifts/projection';
import type { Handout } from '../../../shared/domain/gifts/types';
import { RECEIPT_SCHEMA_VERSION, receiptRecordId } from '../../../shared/domain/sales/receipt';
import { DeskError } from '../errors';
import type { WriteTx } from '../writePath';

export interface HandoutReversalReason {
  readonly reason: string;
  /** The return (TH-…) this reversal belongs to, when the goods were refunded. */
  readonly returnNumber?: string;
}

/**
 * Reverses a gift handout inside the caller's transaction: the handout is
 * marked reversed, the receipt no longer holds the gift (so it may earn it
 * again), and the gift goes back into stock. The three entries are appended
 * together so a refund (returns) and a correction (gift screen) leave the
 * same trace, and wait on the database once. Refuses a second reversal:
 * stock must never be returned twice.
 */
export async function appendHandoutReversal(
  tx: WriteTx,
  handoutId: string,
  reason: HandoutReversalReason,
  /** The supervisor who approved a stand-alone reversal (a refund carries its own approval). */
  approvedBy?: string,
): Promise<Handout> {
  const handout = await tx.db.handouts.get(handoutId);
  if (!handout) throw new DeskError('error.handoutUnknown');
  if (handout.status === 'reversed') {
    throw new DeskError('error.handoutAlreadyReversed', undefined, { number: handout.number, by: handout.reversed?.by ?? '' });
  }
  await tx.appendAll([
    {
      recordType: 'handout',
      recordId: handout.id,
      type: 'reversed',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number: handout.number,
      approvedBy,
      data: { reason: reason.reason, returnNumber: reason.returnNumber },
      summary: `${handout.number} ${handout.receiptNo}${reason.returnNumber ? ` ${reason.returnNumber}` : ''} ${reason.reason}`,
    },
    {
      recordType: 'receipt',
      recordId: receiptRecordId(handout.receiptNo),
      type: 'giftReversed',
      schemaVersion: RECEIPT_SCHEMA_VERSION,
      number: handout.number,
      approvedBy,
      data: { handoutId: handout.id },
      summary: `${handout.receiptNo} ${handout.number}`,
    },
    {
      recordType: 'giftStock',
      recordId: giftStockId(handout.campaignId, handout.giftId),
      type: 'returned',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      number: handout.number,
      approvedBy,
      data: { handoutId: handout.id, quantity: handout.quantity },
      summary: `${handout.number} +${handout.quantity}`,
    },
  ]);
  const reversed = await tx.db.handouts.get(handout.id);
  if (!reversed) throw new DeskError('error.unexpected');
  return reversed;
}
