import { sumFen, type Fen } from '../money';
import type { ReceiptState } from '../sales/receipt';
import { invoiceableFen } from './receiptAmounts';
import type { Invoice, InvoiceConflictReason } from './types';

/** A request is issued once, and never after it was cancelled. */
export function issueRefusal(invoice: Pick<Invoice, 'status'>): InvoiceConflictReason | undefined {
  if (invoice.status === 'issued') return 'alreadyIssued';
  return invoice.status === 'cancelled' ? 'alreadyCancelled' : undefined;
}

/** A request is cancelled once; an issued one may be (voided in the tax system), with its reason. */
export function cancelRefusal(invoice: Pick<Invoice, 'status'>): InvoiceConflictReason | undefined {
  return invoice.status === 'cancelled' ? 'alreadyCancelled' : undefined;
}

/** Why one receipt of a request cannot take the amount asked: its amount is not known yet, or less is left. */
export type ReceiptAmountRefusal = { readonly reason: 'totalRequired' } | { readonly reason: 'overLeft'; readonly leftFen: Fen };

/**
 * A receipt's invoiced amount and the new request together stay within the
 * receipt's amount, refunds excluded. `typedTotalFen` is the amount the clerk
 * read off a receipt this desk has not invoiced before.
 */
export function receiptAmountRefusal(receipt: ReceiptState | undefined, amountFen: Fen, typedTotalFen: Fen | undefined): ReceiptAmountRefusal | undefined {
  const leftFen = invoiceableFen(receipt, typedTotalFen);
  if (leftFen === undefined) return { reason: 'totalRequired' };
  return amountFen > leftFen ? { reason: 'overLeft', leftFen } : undefined;
}

/** The amount of an invoice: the sum of what it takes of each receipt. */
export function invoiceAmount(receipts: readonly { readonly amountFen: Fen }[]): Fen {
  return sumFen(receipts.map((r) => r.amountFen));
}

/** The receipt's invoice requests that a receipt conflict names, by request number. */
export function conflictedInvoiceNumbers(receipt: ReceiptState | undefined): string[] {
  return (receipt?.conflicts ?? []).filter((c) => c.kind === 'invoicedBeyondAmount').map((c) => c.ref);
}
