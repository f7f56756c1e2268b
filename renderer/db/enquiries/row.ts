import type { Enquiry } from '../../../shared/domain/enquiries/types';

/** An enquiry as the enquiries table keeps it, with the fields its indexes need. */
export interface EnquiryRow extends Enquiry {
  /** Last four digits of the customer's phone ('' when none): a caller is found by them. */
  readonly phoneTail: string;
  /** 1 when an entry was kept as a conflict for a supervisor (IndexedDB cannot index booleans). */
  readonly conflict: 0 | 1;
}

export function enquiryRow(e: Enquiry): EnquiryRow {
  return { ...e, phoneTail: e.phone ? e.phone.slice(-4) : '', conflict: e.conflicts.length > 0 ? 1 : 0 };
}
