import type { Fen } from '../../../shared/domain/money';
import { invoiceSettlementNeeded, invoiceSettlementRefusal } from '../../../shared/domain/invoices/refund';
import type { InvoiceSettlement } from '../../../shared/domain/invoices/types';
import type { ReceiptState } from '../../../shared/domain/sales/receipt';
import type { ReturnInput } from '../../../shared/schema/returns';
import { DeskError } from '../errors';

/**
 * A refund on an invoiced receipt: the invoice back or a red-letter note,
 * with its number, before the return is saved (refused at the field);
 * the settlement the return keeps, or none when the refund needs none.
 */
export function checkInvoiceSettlement(receipt: ReceiptState | undefined, input: ReturnInput, goodsFen: Fen): InvoiceSettlement | undefined {
  const needed = invoiceSettlementNeeded(receipt, input.outcome, goodsFen);
  const settlement = input.invoiceSettlement;
  const missing = invoiceSettlementRefusal(needed, settlement);
  if (missing === 'kind') throw new DeskError('error.invoiceSettlementRequired', 'invoiceSettlement.kind');
  if (missing === 'noteNo') throw new DeskError('error.required', 'invoiceSettlement.noteNo');
  return needed && settlement?.kind && settlement.noteNo ? { kind: settlement.kind, noteNo: settlement.noteNo } : undefined;
}
