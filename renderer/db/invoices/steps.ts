import type { ReceiptInvoiceCancelledData } from '../../../shared/domain/invoices/receiptAmounts';
import { cancelRefusal, issueRefusal } from '../../../shared/domain/invoices/rules';
import { INVOICE_RECORD_TYPE, INVOICE_SCHEMA_VERSION, type Invoice, type InvoiceConflictReason } from '../../../shared/domain/invoices/types';
import { RECEIPT_INVOICE_SCHEMA_VERSION, receiptRecordId } from '../../../shared/domain/sales/receipt';
import { invoiceCancelInput, invoiceIssueInput } from '../../../shared/schema/invoices';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';
import { invoiceInConflict } from './queries';

const REFUSAL_CODES: Readonly<Record<InvoiceConflictReason, string>> = {
  alreadyIssued: 'error.invoiceAlreadyIssued',
  alreadyCancelled: 'error.invoiceAlreadyCancelled',
};

async function readInvoice(tx: WriteTx, id: string): Promise<Invoice> {
  const invoice = await tx.db.invoices.get(id);
  if (!invoice) throw new DeskError('error.unknownRecord');
  return invoice;
}

async function saved(tx: WriteTx, id: string): Promise<Invoice> {
  const row = await tx.db.invoices.get(id);
  // The projection judges the entry once more; the checks before make a refusal here a bug, and the throw undoes the write.
  if (!row) throw new DeskError('error.unexpected');
  return row;
}

/**
 * 开票: the number the tax system gave the invoice, typed or scanned, with
 * who recorded it and when (the session and the clock). A number another
 * request already holds is refused at the field; a request in a receipt
 * conflict is not issued until a supervisor settles it.
 */
export async function issueInvoice(ctx: DeskContext, id: string, raw: unknown): Promise<Invoice> {
  const input = invoiceIssueInput.parse(raw);
  return writeEntries(ctx, 'invoices.issue', async (tx) => {
    const [invoice, holders] = await Promise.all([readInvoice(tx, id), tx.db.invoices.where('invoiceNo').equals(input.invoiceNo).toArray()]);
    const refusal = issueRefusal(invoice);
    if (refusal) throw new DeskError(REFUSAL_CODES[refusal]);
    const holder = holders.find((h) => h.id !== id);
    if (holder) throw new DeskError('error.invoiceNoUsed', 'invoiceNo', { number: holder.number });
    if (await invoiceInConflict(tx.db, invoice)) throw new DeskError('error.invoiceInConflict');
    await tx.append({
      recordType: INVOICE_RECORD_TYPE,
      recordId: id,
      type: 'issued',
      schemaVersion: INVOICE_SCHEMA_VERSION,
      number: invoice.number,
      data: { invoiceNo: input.invoiceNo },
      summary: `${invoice.number} ${input.invoiceNo}`,
    });
    return saved(tx, id);
  });
}

/**
 * 作废申请: a request cancelled with its reason (an issued one voided in the
 * tax system too). Its receipts get their amounts back; a request that broke
 * the once-per-receipt-amount rule is settled this way.
 */
export async function cancelInvoice(ctx: DeskContext, id: string, raw: unknown): Promise<Invoice> {
  const input = invoiceCancelInput.parse(raw);
  return writeEntries(ctx, 'invoices.cancel', async (tx) => {
    const invoice = await readInvoice(tx, id);
    const refusal = cancelRefusal(invoice);
    if (refusal) throw new DeskError(REFUSAL_CODES[refusal]);
    await tx.append({
      recordType: INVOICE_RECORD_TYPE,
      recordId: id,
      type: 'cancelled',
      schemaVersion: INVOICE_SCHEMA_VERSION,
      number: invoice.number,
      data: { reason: input.reason },
      summary: `${invoice.number} ${input.reason}`,
    });
    await Promise.all(
      invoice.receipts.map((r) => {
        const data: ReceiptInvoiceCancelledData = { invoiceId: id, invoiceNumber: invoice.number };
        return tx.append({
          recordType: 'receipt',
          recordId: receiptRecordId(r.receiptNo),
          type: 'invoiceCancelled',
          schemaVersion: RECEIPT_INVOICE_SCHEMA_VERSION,
          number: r.receiptNo,
          data,
          summary: `${r.receiptNo} ${invoice.number}`,
        });
      }),
    );
    return saved(tx, id);
  });
}
