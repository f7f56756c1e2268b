import { formatYuan } from '../../../shared/domain/money';
import { applyInvoiceEntry } from '../../../shared/domain/invoices/projection';
import type { ReceiptInvoicedData } from '../../../shared/domain/invoices/receiptAmounts';
import { invoiceAmount, receiptAmountRefusal } from '../../../shared/domain/invoices/rules';
import { INVOICE_RECORD_TYPE, INVOICE_SCHEMA_VERSION, type Invoice, type InvoiceReceipt, type InvoiceRequestedData } from '../../../shared/domain/invoices/types';
import { RECEIPT_INVOICE_SCHEMA_VERSION, receiptRecordId, type ReceiptState } from '../../../shared/domain/sales/receipt';
import { invoiceRequestInput, type InvoiceRequestInput } from '../../../shared/schema/invoices';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import type { DeskDatabase } from '../database';
import { writeEntries, type EntryDraft } from '../writePath';

/** A request as the screen (or the bench) hands it over: its id, made when the form opens, and the form as typed. */
export interface InvoiceDraft {
  readonly id: string;
  readonly request: unknown;
}

/**
 * Each receipt's amount against what is left of it on this counter: refused
 * at the receipt's field. Inside the write transaction no other request at
 * this counter can come between the check and the write.
 */
export function checkReceiptAmounts(input: InvoiceRequestInput, receipts: readonly (ReceiptState | undefined)[]): InvoiceReceipt[] {
  return input.receipts.map((r, i) => {
    const receipt = receipts[i];
    const refusal = receiptAmountRefusal(receipt, r.amount, r.receiptTotal);
    if (refusal?.reason === 'totalRequired') throw new DeskError('error.required', `receipts.${i}.receiptTotal`);
    if (refusal) {
      const code = refusal.leftFen === 0 ? 'error.invoiceReceiptUsedUp' : 'error.invoiceOverLeft';
      throw new DeskError(code, `receipts.${i}.amount`, { left: formatYuan(refusal.leftFen), receiptNo: r.receiptNo });
    }
    // A receipt invoiced before keeps the amount recorded then; the one typed now counts only for a new receipt.
    const receiptTotalFen = receipt?.totalFen ?? r.receiptTotal ?? 0;
    return { receiptNo: r.receiptNo, receiptTotalFen, amountFen: r.amount };
  });
}

function readReceipts(db: DeskDatabase, input: InvoiceRequestInput) {
  return db.receipts.bulkGet(input.receipts.map((r) => receiptRecordId(r.receiptNo)));
}

/** The request checked as far as it can be before the transaction (what the confirmation shows); refusals throw at their fields. */
export async function previewInvoiceRequest(ctx: DeskContext, raw: unknown): Promise<{ readonly input: InvoiceRequestInput; readonly receipts: readonly InvoiceReceipt[] }> {
  const input = invoiceRequestInput.parse(raw);
  return { input, receipts: checkReceiptAmounts(input, await readReceipts(ctx.db, input)) };
}

/**
 * 开票申请: records the request (FP-…) and, on each receipt, the amount it
 * takes, in one transaction with their audit and outbox lines. A double
 * submit (the same draft id) gives back the same request.
 */
export async function registerInvoiceRequest(ctx: DeskContext, draft: InvoiceDraft): Promise<Invoice> {
  const input = invoiceRequestInput.parse(draft.request);
  // Read beside the write's own start: one round of requests.
  const readFirst = (db: DeskDatabase) => Promise.all([db.invoices.get(draft.id), readReceipts(db, input)]);
  return writeEntries(ctx, 'invoices.request', async (tx, [again, receipts]): Promise<Invoice> => {
    if (again) return again;
    // Read just now in this write: the request and its receipts are projected without reading them again.
    tx.knowRow(INVOICE_RECORD_TYPE, draft.id, undefined);
    input.receipts.forEach((r, i) => tx.knowRow('receipt', receiptRecordId(r.receiptNo), receipts[i]));
    const lines = checkReceiptAmounts(input, receipts);
    const number = await tx.nextNumber('invoice');
    const data: InvoiceRequestedData = {
      number,
      receipts: lines,
      amountFen: invoiceAmount(lines),
      title: input.title,
      buyer: input.buyer,
      taxpayerNo: input.taxpayerNo,
      kind: input.kind,
      medium: input.medium,
      email: input.email,
      phone: input.phone,
    };
    const request: EntryDraft<'requested', InvoiceRequestedData> = {
      recordType: INVOICE_RECORD_TYPE,
      recordId: draft.id,
      type: 'requested',
      schemaVersion: INVOICE_SCHEMA_VERSION,
      number,
      data,
      summary: `${number} ${input.kind} ${input.medium} ¥${formatYuan(data.amountFen)} ${lines.map((l) => l.receiptNo).join(' ')}`,
    };
    const invoicedReceipts = lines.map((l): EntryDraft<'invoiced', ReceiptInvoicedData> => ({
      recordType: 'receipt',
      recordId: receiptRecordId(l.receiptNo),
      type: 'invoiced',
      schemaVersion: RECEIPT_INVOICE_SCHEMA_VERSION,
      number: l.receiptNo,
      data: { invoiceId: draft.id, invoiceNumber: number, amountFen: l.amountFen, receiptTotalFen: l.receiptTotalFen },
      summary: `${l.receiptNo} ¥${formatYuan(l.amountFen)} ${number}`,
    }));
    // The request and each receipt's share in one append: one wait on IndexedDB, not one per receipt.
    const [requested] = await tx.appendAll([request, ...invoicedReceipts]);
    // The new request is its first entry projected, as the write path stored it: no need to read it back.
    const saved = applyInvoiceEntry(undefined, requested);
    if (!saved) throw new DeskError('error.unexpected');
    return saved;
  }, readFirst);
}
