import { RETURN_SCHEMA_VERSION } from '../../../shared/domain/returns/projection';
import { isTakenBack } from '../../../shared/domain/returns/policy';
import type { ReturnRecord } from '../../../shared/domain/returns/types';
import { RECEIPT_SCHEMA_VERSION, receiptRecordId } from '../../../shared/domain/sales/receipt';
import { reverseReturnInput } from '../../../shared/schema/returns';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries, type EntryDraft } from '../writePath';

/**
 * A mistaken return is corrected by a reversing entry, never by an edit: the
 * return is marked reversed and the receipt's refunds of it are taken back
 * (so its lines may be refunded again). A supervisor approves. Gifts asked
 * back with the refund stay reversed: handing one out again is a new handout.
 */
export async function reverseReturn(ctx: DeskContext, raw: unknown, approval: Approval): Promise<ReturnRecord> {
  const input = reverseReturnInput.parse(raw);
  const found = await ctx.db.returns.get(input.returnId);
  if (!found) throw new DeskError('error.unknownRecord');
  const approvedBy = await approve(ctx, approval, 'returns.reverse');
  return writeEntries(ctx, 'returns.reverse', async (tx) => {
    const record = await tx.db.returns.get(input.returnId);
    if (!record) throw new DeskError('error.unknownRecord');
    if (record.status === 'reversed') throw new DeskError('error.returnReversed', undefined, { number: record.number, by: record.reversed?.by ?? '' });
    const reversal: EntryDraft = {
      recordType: 'returnRecord',
      recordId: record.id,
      type: 'reversed',
      schemaVersion: RETURN_SCHEMA_VERSION,
      number: record.number,
      approvedBy,
      data: { reason: input.reason },
      summary: `${record.number} reversed: ${input.reason}`,
    };
    // The receipt's refunds of it are taken back in the same append (one wait on the database).
    const refundsBack: EntryDraft[] =
      record.receiptNo && isTakenBack(record.outcome)
        ? [
            {
              recordType: 'receipt',
              recordId: receiptRecordId(record.receiptNo),
              type: 'refundReversed',
              schemaVersion: RECEIPT_SCHEMA_VERSION,
              number: record.receiptNo,
              approvedBy,
              data: { returnId: record.id },
              summary: `${record.receiptNo} ${record.number} reversed`,
            },
          ]
        : [];
    await tx.appendAll([reversal, ...refundsBack]);
    return (await tx.db.returns.get(record.id))!;
  });
}
