import { CHARITY_SCHEMA_VERSION } from '../../../shared/domain/charity/types';
import { COMPLAINT_SCHEMA_VERSION } from '../../../shared/domain/complaints/entries';
import { checkComplaintStep } from '../../../shared/domain/complaints/workflow';
import type { RecordType } from '../../../shared/domain/entry';
import { GIFTS_SCHEMA_VERSION } from '../../../shared/domain/gifts/projection';
import type { DeskCommand } from '../../../shared/domain/permissions';
import { RETURN_SCHEMA_VERSION } from '../../../shared/domain/returns/projection';
import { LOST_ITEM_SCHEMA_VERSION } from '../../../shared/domain/storage/lostFound';
import { PRE_ORDER_SCHEMA_VERSION } from '../../../shared/domain/preOrders/types';
import { INVOICE_SCHEMA_VERSION } from '../../../shared/domain/invoices/types';
import type { Role } from '../../../shared/domain/staff';
import { STORAGE_SCHEMA_VERSION } from '../../../shared/domain/storage/projection';
import { refusalError } from '../complaints/steps';
import { markVoucherPrinted } from '../service/voucher';
import { markGoodsReceiptPrinted } from '../service/workshop';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';

/** Records that carry a print count, with where to read it, their entries' schema version and the command that prints them. */
const PRINTED_RECORDS = {
  storage: { schemaVersion: STORAGE_SCHEMA_VERSION, command: 'storage.print', read: (db: DeskDatabase, id: string) => db.storageItems.get(id) },
  lostItem: { schemaVersion: LOST_ITEM_SCHEMA_VERSION, command: 'lostFound.print', read: (db: DeskDatabase, id: string) => db.lostItems.get(id) },
  returnRecord: { schemaVersion: RETURN_SCHEMA_VERSION, command: 'returns.print', read: (db: DeskDatabase, id: string) => db.returns.get(id) },
  handout: { schemaVersion: GIFTS_SCHEMA_VERSION, command: 'gifts.print', read: (db: DeskDatabase, id: string) => db.handouts.get(id) },
  campaign: { schemaVersion: GIFTS_SCHEMA_VERSION, command: 'campaigns.print', read: (db: DeskDatabase, id: string) => db.campaigns.get(id) },
  draw: { schemaVersion: GIFTS_SCHEMA_VERSION, command: 'draws.print', read: (db: DeskDatabase, id: string) => db.draws.get(id) },
  complaint: { schemaVersion: COMPLAINT_SCHEMA_VERSION, command: 'complaints.print', read: (db: DeskDatabase, id: string) => db.complaints.get(id) },
  invoice: { schemaVersion: INVOICE_SCHEMA_VERSION, command: 'invoices.print', read: (db: DeskDatabase, id: string) => db.invoices.get(id) },
  preOrder: { schemaVersion: PRE_ORDER_SCHEMA_VERSION, command: 'preOrders.print', read: (db: DeskDatabase, id: string) => db.preOrders.get(id) },
  charityEvent: { schemaVersion: CHARITY_SCHEMA_VERSION, command: 'charity.print', read: (db: DeskDatabase, id: string) => db.charityEvents.get(id) },
} as const satisfies Partial<Record<RecordType, { readonly schemaVersion: number; readonly command: DeskCommand; readonly read: unknown }>>;

/** Service calls print the voucher and the goods receipt, each with its own count and permission (service/voucher.ts, service/workshop.ts). */
export type PrintedRecordType = keyof typeof PRINTED_RECORDS | 'serviceCall';

/** Complaint entries say in whose authority they were made (the printer's role), and only a role that may print one does. */
async function complaintActing(tx: WriteTx, complaintId: string): Promise<{ actorRole: Role }> {
  const { role } = tx.member;
  const check = checkComplaintStep(await tx.db.complaints.get(complaintId), 'printed', role);
  if (!check.ok) throw refusalError(check.reason);
  return { actorRole: role };
}

/**
 * Records that a record was printed and returns the print count to put on
 * the printout: 1 for the first print, 2+ for a reprint (补打).
 */
export async function recordPrint(ctx: DeskContext, recordType: PrintedRecordType, recordId: string, template: string): Promise<number> {
  if (recordType === 'serviceCall' && template === 'goodsReceipt') return (await markGoodsReceiptPrinted(ctx, recordId)).workshop?.receiptPrintCount ?? 0;
  if (recordType === 'serviceCall') return (await markVoucherPrinted(ctx, recordId)).printCount;
  const kind = PRINTED_RECORDS[recordType];
  return writeEntries(ctx, kind.command, async (tx) => {
    const row = await kind.read(tx.db, recordId);
    if (!row) throw new DeskError('error.unknownRecord');
    const copy = row.printCount + 1;
    const acting = recordType === 'complaint' ? await complaintActing(tx, recordId) : {};
    await tx.append({
      recordType,
      recordId,
      type: 'printed',
      schemaVersion: kind.schemaVersion,
      number: row.number,
      data: { template, copy, ...acting },
      summary: `${row.number} ${template}${copy > 1 ? ` reprint ${copy}` : ''}`,
    });
    return copy;
  });
}
