import type { Entry } from '../entry';
import { lineAmount, sumFen, type Fen } from '../money';
import type { ReceiptState } from '../sales/receipt';

/**
 * A receipt amount is invoiced once, on any counter: the receipt record
 * keeps what each invoice request took of it. A request that, in the shared
 * order, takes more than is left (two counters invoicing the same receipt
 * while offline) is not counted: it is a conflict on the receipt until the
 * request is cancelled.
 */

export interface ReceiptInvoicedData {
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly amountFen: Fen;
  /** The receipt's amount as printed on it: the first one recorded is the receipt's. */
  readonly receiptTotalFen: Fen;
}

export interface ReceiptInvoiceCancelledData {
  readonly invoiceId: string;
  readonly invoiceNumber: string;
}

export type ReceiptInvoiceEntry = Entry<'invoiced', ReceiptInvoicedData> | Entry<'invoiceCancelled', ReceiptInvoiceCancelledData>;

export interface ReceiptInvoice extends ReceiptInvoicedData {
  readonly cancelled: boolean;
  readonly at: number;
  readonly counter: string;
}

/** What was refunded of the receipt, at the prices recorded on it. */
export function refundedFen(receipt: ReceiptState | undefined): Fen {
  return sumFen(Object.values(receipt?.lines ?? {}).map((l) => lineAmount(l.refundedQuantity, l.unitPriceFen)));
}

/** What invoices not cancelled hold of the receipt. */
export function invoicedFen(receipt: ReceiptState | undefined): Fen {
  return sumFen(activeInvoices(receipt).map((i) => i.amountFen));
}

/** Invoices of the receipt that still hold an amount of it. */
export function activeInvoices(receipt: ReceiptState | undefined): ReceiptInvoice[] {
  return (receipt?.invoices ?? []).filter((i) => !i.cancelled);
}

/**
 * What may still be invoiced of the receipt: its amount (as recorded, else
 * as typed now) less refunds and invoices; undefined while no amount is known.
 */
export function invoiceableFen(receipt: ReceiptState | undefined, typedTotalFen?: Fen): Fen | undefined {
  const total = receipt?.totalFen ?? typedTotalFen;
  if (total === undefined) return undefined;
  return Math.max(0, total - refundedFen(receipt) - invoicedFen(receipt));
}

export function applyReceiptInvoiceEntry(r: ReceiptState, e: ReceiptInvoiceEntry): ReceiptState {
  if (e.type === 'invoiceCancelled') {
    const invoices = (r.invoices ?? []).map((i) => (i.invoiceId === e.data.invoiceId ? { ...i, cancelled: true } : i));
    // The request that broke the rule is cancelled: the breach is settled.
    const conflicts = r.conflicts.filter((c) => c.kind !== 'invoicedBeyondAmount' || c.ref !== e.data.invoiceNumber);
    return { ...r, invoices, conflicts };
  }
  const left = invoiceableFen(r, e.data.receiptTotalFen) ?? 0;
  if (e.data.amountFen > left) {
    const conflict = { entryId: e.id, kind: 'invoicedBeyondAmount' as const, by: e.by, at: e.at, counter: e.counter, ref: e.data.invoiceNumber };
    return { ...r, conflicts: [...r.conflicts, conflict] };
  }
  return {
    ...r,
    totalFen: r.totalFen ?? e.data.receiptTotalFen,
    invoices: [...(r.invoices ?? []), { ...e.data, cancelled: false, at: e.at, counter: e.counter }],
  };
}
