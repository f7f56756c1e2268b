import { GIFTS_SCHEMA_VERSION, giftStockId } from '../../shared/domain/gifts/projection';
import { RECEIPT_SCHEMA_VERSION, receiptRecordId } from '../../shared/domain/sales/receipt';
import type { DeskContext } from '../../renderer/db/context';
import { writeEntries } from '../../renderer/db/writePath';

/**
 * A receipt that earned a gift, written with raw entries (as the gift
 * handout would), so the returns tests do not depend on the gift screens.
 */
export async function seedGiftOnReceipt(ctx: DeskContext, receiptNo: string, valueFen = 3000): Promise<{ handoutId: string; campaignId: string }> {
  const campaignId = 'camp-1';
  const handoutId = 'handout-1';
  await writeEntries(ctx, 'gifts.handOut', async (tx) => {
    const start = tx.now - 86_400_000;
    await tx.append({
      recordType: 'campaign',
      recordId: campaignId,
      type: 'defined',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      data: {
        number: 'HD-S01-C1-261124-0001',
        name: '满199送保温杯',
        start,
        end: start + 30 * 86_400_000,
        gifts: [{ giftId: 'cup', name: '保温杯', valueFen }],
        tiers: [{ minSpendFen: 19_900, giftIds: ['cup'] }],
        perReceiptLimit: 1,
      },
      summary: 'campaign',
    });
    await tx.append({ recordType: 'giftStock', recordId: giftStockId(campaignId, 'cup'), type: 'received', schemaVersion: GIFTS_SCHEMA_VERSION, data: { quantity: 10 }, summary: 'stock' });
    await tx.append({
      recordType: 'giftStock',
      recordId: giftStockId(campaignId, 'cup'),
      type: 'issued',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      data: { handoutId, handoutNumber: 'ZP-S01-C1-261125-0001', quantity: 1 },
      summary: 'issued',
    });
    await tx.append({
      recordType: 'handout',
      recordId: handoutId,
      type: 'handedOut',
      schemaVersion: GIFTS_SCHEMA_VERSION,
      data: { number: 'ZP-S01-C1-261125-0001', campaignId, receiptNo, receiptAmountFen: 29_900, giftId: 'cup', quantity: 1 },
      summary: 'handout',
    });
    await tx.append({
      recordType: 'receipt',
      recordId: receiptRecordId(receiptNo),
      type: 'giftIssued',
      schemaVersion: RECEIPT_SCHEMA_VERSION,
      data: { handoutId, handoutNumber: 'ZP-S01-C1-261125-0001', campaignId, giftId: 'cup', quantity: 1 },
      summary: 'gift',
    });
  });
  return { handoutId, campaignId };
}
