import { monthRange } from '../../../shared/domain/returns/days';
import { isReplyOverdue } from '../../../shared/domain/enquiries/replyDue';
import type { DeskDatabase } from '../database';
import type { EnquiryRow } from './row';

/** The calls and enquiries logged between two instants (a store day), newest first. */
export function readLoggedBetween(db: DeskDatabase, from: number, to: number): Promise<EnquiryRow[]> {
  return db.enquiries.where('loggedAt').between(from, to, true, false).reverse().toArray();
}

/**
 * Suggestions still on the desk's hands: waiting for a department's reply
 * (overdue ones first, then by due day) or for the customer to be told.
 */
export async function readOpenSuggestions(db: DeskDatabase, now: number): Promise<EnquiryRow[]> {
  const rows = await db.enquiries.where('state').anyOf('awaitingReply', 'replied').toArray();
  const rank = (e: EnquiryRow) => (isReplyOverdue(e, now) ? 0 : e.state === 'awaitingReply' ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || (a.suggestion?.replyDueAt ?? 0) - (b.suggestion?.replyDueAt ?? 0) || a.loggedAt - b.loggedAt);
}

/** Every call and enquiry logged in a store-local month (yyyy-MM). */
export function readMonthEnquiries(db: DeskDatabase, month: string, timeZone: string): Promise<EnquiryRow[]> {
  const { start, end } = monthRange(month, timeZone);
  return db.enquiries.where('loggedAt').between(start, end, true, false).toArray();
}
