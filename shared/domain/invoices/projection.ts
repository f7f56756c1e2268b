import type { ActionStamp } from '../storage/types';
import { issueRefusal, cancelRefusal } from './rules';
import { INVOICE_SCHEMA_VERSION, type Invoice, type InvoiceEntry } from './types';

/**
 * Applies one invoice entry, in the shared order. An issue of a request
 * already issued or cancelled, or a cancellation of one already cancelled
 * (two counters working it while offline), is not applied: it is kept on the
 * request as a conflict for a supervisor.
 */
export function applyInvoiceEntry(invoice: Invoice | undefined, e: InvoiceEntry): Invoice | undefined {
  if (e.schemaVersion > INVOICE_SCHEMA_VERSION) return invoice;
  const stamp: ActionStamp = { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
  if (e.type === 'requested') {
    // A record is requested once; a second request under its id changes nothing.
    if (invoice) return invoice;
    return { ...e.data, id: e.recordId, status: 'requested', requested: stamp, printCount: 0, conflicts: [] };
  }
  // Nothing requested here yet: nowhere to keep it; the entry stays in the log.
  if (!invoice) return invoice;
  switch (e.type) {
    case 'printed':
      return { ...invoice, printCount: invoice.printCount + 1 };
    case 'issued': {
      const refusal = issueRefusal(invoice);
      if (refusal) return { ...invoice, conflicts: [...invoice.conflicts, { ...stamp, entryId: e.id, reason: refusal }] };
      return { ...invoice, status: 'issued', issued: { ...stamp, invoiceNo: e.data.invoiceNo } };
    }
    case 'cancelled': {
      const refusal = cancelRefusal(invoice);
      if (refusal) return { ...invoice, conflicts: [...invoice.conflicts, { ...stamp, entryId: e.id, reason: refusal }] };
      return { ...invoice, status: 'cancelled', cancelled: { ...stamp, reason: e.data.reason } };
    }
  }
}
