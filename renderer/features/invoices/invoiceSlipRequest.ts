import type { Invoice } from '../../../shared/domain/invoices/types';
import type { PrintRequest } from '../printing/usePrinter';

/** The print request of an invoice request slip (开票申请单); the print count makes a reprint say 补打. */
export function invoiceSlipRequest(invoice: Invoice): PrintRequest<'invoiceSlip'> {
  return { kind: 'invoiceSlip', input: { invoice }, record: { type: 'invoice', id: invoice.id, printCount: invoice.printCount } };
}
