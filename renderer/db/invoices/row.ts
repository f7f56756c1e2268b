import type { Invoice } from '../../../shared/domain/invoices/types';

/** An invoice request as its table keeps it, with the fields its indexes need. */
export interface InvoiceRow extends Invoice {
  /** When it was requested: the register reads a day or a month by it. */
  readonly requestedAt: number;
  /** The tax system's number once issued ('' before): the same number is not recorded for two requests. */
  readonly invoiceNo: string;
  /** 1 when two counters worked the request while offline (IndexedDB cannot index booleans). */
  readonly conflict: 0 | 1;
}

export function invoiceRow(invoice: Invoice): InvoiceRow {
  return { ...invoice, requestedAt: invoice.requested.at, invoiceNo: invoice.issued?.invoiceNo ?? '', conflict: invoice.conflicts.length > 0 ? 1 : 0 };
}
