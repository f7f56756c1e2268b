import type { Fen } from '../money';
import type { ReceiptState } from '../sales/receipt';
import { invoicedFen, refundedFen } from './receiptAmounts';
import type { InvoiceSettlement } from './types';

/**
 * A refund on an invoiced receipt that takes back money an invoice still
 * states (the goods refunded cut into the invoiced amount): the desk gets the
 * invoice back (发票退回) or a red-letter note (红字发票信息表) before the
 * refund is saved. A refund of goods never invoiced, and other outcomes,
 * leave the invoices as they are.
 */
export function invoiceSettlementNeeded(receipt: ReceiptState | undefined, outcome: string, goodsFen: Fen): boolean {
  const invoiced = invoicedFen(receipt);
  if (outcome !== 'refund' || invoiced === 0) return false;
  const total = receipt?.totalFen ?? 0;
  return invoiced > total - refundedFen(receipt) - goodsFen;
}

/** Which part of the settlement is missing: the choice, or the number of the invoice or note. */
export function invoiceSettlementRefusal(needed: boolean, settlement: Partial<InvoiceSettlement> | undefined): 'kind' | 'noteNo' | undefined {
  if (!needed) return undefined;
  if (!settlement?.kind) return 'kind';
  return settlement.noteNo ? undefined : 'noteNo';
}
