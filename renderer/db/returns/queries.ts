import { monthRange } from '../../../shared/domain/returns/days';
import { factHour, factsOfBuckets, type ReturnFact } from '../../../shared/domain/returns/facts';
import { receiptRecordId } from '../../../shared/domain/sales/receipt';
import { normalizeRecordNumber } from '../../../shared/domain/numbering';
import type { DeskDatabase, ReceiptRow, ReturnRow } from '../database';

export function readReceipt(db: DeskDatabase, receiptNo: string): Promise<ReceiptRow | undefined> {
  return db.receipts.get(receiptRecordId(receiptNo));
}

/** What the summary needs of the returns registered in a store-local month: one key range over the hourly fact buckets. */
export async function returnFactsOfMonth(db: DeskDatabase, month: string, timeZone: string): Promise<ReturnFact[]> {
  const { start, end } = monthRange(month, timeZone);
  const buckets = await db.returnFacts.where('hour').between(factHour(start), end, true, false).toArray();
  // A bucket may start before the month (a zone whose months do not start on a UTC hour): keep the month's own.
  return factsOfBuckets(buckets, start, end);
}

/** The latest returns, or those matching a TH number or a receipt number. */
export async function findReturns(db: DeskDatabase, text: string, limit = 20): Promise<ReturnRow[]> {
  const query = normalizeRecordNumber(text);
  if (!query) return db.returns.orderBy('registeredAt').reverse().limit(limit).toArray();
  const byNumber = await db.returns.where('number').equals(query).toArray();
  const byReceipt = await db.returns.where('receiptNo').equals(query).toArray();
  return [...byNumber, ...byReceipt].sort((a, b) => b.registeredAt - a.registeredAt).slice(0, limit);
}

/** Receipts where entries from several counters broke a rule (refund beyond bought, gift twice): for a supervisor. */
export function receiptConflicts(db: DeskDatabase): Promise<ReceiptRow[]> {
  return db.receipts.where('conflict').equals(1).toArray();
}
