import type { Complaint } from '../../../shared/domain/complaints/state';

/** The indexed keys a caller is found by: the phone's last four digits and the name's start. */
export function complaintLookupKeys(c: Pick<Complaint, 'complainant'>): { phoneTail: string; nameKey: string } {
  const digits = (c.complainant.contact.phone ?? '').replace(/\D/g, '');
  return { phoneTail: digits.slice(-4), nameKey: (c.complainant.name ?? '').trim().toLowerCase() };
}
