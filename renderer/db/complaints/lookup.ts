import { queueRow, type QueueRow } from '../../../shared/domain/complaints/queue';
import type { ComplaintStatus } from '../../../shared/domain/complaints/state';
import { normalizeRecordNumber, parseRecordNumber, RECORD_PREFIX } from '../../../shared/domain/numbering';
import type { ComplaintRow, DeskDatabase } from '../database';
import { readComplaintRules } from './rules';

export interface ComplaintSearch {
  /** A TS number (scanned or typed), a phone (whole or its last four digits) or the start of a name. */
  readonly text: string;
  /** Received within this range (UTC ms, `to` excluded): a store-local day. */
  readonly receivedFrom?: number | undefined;
  readonly receivedTo?: number | undefined;
  readonly status?: ComplaintStatus | undefined;
  readonly limit?: number | undefined;
}

const NUMBER_START = `${RECORD_PREFIX.complaint}-`;

/** How the text is meant: the scanner and the clerk type the same box. */
type Query = { readonly by: 'none' } | { readonly by: 'number' | 'numberStart' | 'phone' | 'name'; readonly value: string };

function queryOf(text: string): Query {
  const trimmed = text.trim();
  if (!trimmed) return { by: 'none' };
  const asNumber = normalizeRecordNumber(trimmed);
  if (parseRecordNumber(asNumber)) return { by: 'number', value: asNumber };
  if (asNumber.startsWith(NUMBER_START)) return { by: 'numberStart', value: asNumber };
  const digits = trimmed.replace(/[\s-]/g, '');
  if (/^\d{4,}$/.test(digits)) return { by: 'phone', value: digits };
  return { by: 'name', value: trimmed.toLowerCase() };
}

/**
 * Finds complaints the way a caller is asked: by number, phone or name,
 * narrowed by the day received and the state; the newest first. Each way
 * reads its own index (number, phoneTail, nameKey, receivedAt, status).
 */
export async function findComplaints(db: DeskDatabase, search: ComplaintSearch): Promise<ComplaintRow[]> {
  const limit = search.limit ?? 50;
  const { receivedFrom, receivedTo, status } = search;
  const dated = receivedFrom !== undefined || receivedTo !== undefined;
  const inRange = (c: ComplaintRow) => (receivedFrom === undefined || c.receivedAt >= receivedFrom) && (receivedTo === undefined || c.receivedAt < receivedTo);
  const inState = (c: ComplaintRow) => status === undefined || c.status === status;
  const table = db.complaints;
  const query = queryOf(search.text);
  if (query.by === 'none') {
    const newest = dated
      ? table
          .where('receivedAt')
          .between(receivedFrom ?? 0, receivedTo ?? Number.MAX_SAFE_INTEGER, true, false)
          .reverse()
          .filter(inState)
      : status !== undefined
        ? // Ids are UUIDv7, made in time order: within a state the last ones are the newest.
          table.where('status').equals(status).reverse()
        : table.orderBy('receivedAt').reverse();
    return newest.limit(limit).toArray();
  }
  const matches = (() => {
    switch (query.by) {
      case 'number':
        return table.where('number').equals(query.value);
      case 'numberStart':
        return table.where('number').startsWith(query.value);
      case 'phone':
        return table
          .where('phoneTail')
          .equals(query.value.slice(-4))
          .filter((c) => (c.complainant.contact.phone ?? '').endsWith(query.value));
      case 'name':
        return table.where('nameKey').startsWith(query.value);
    }
  })();
  const rows = await matches.filter((c) => inRange(c) && inState(c)).toArray();
  return rows.sort((a, b) => b.receivedAt - a.receivedAt).slice(0, limit);
}

/** The complaints found, each with its limits as of `now`: the state and next deadline a caller is told. */
export async function lookUpComplaints(db: DeskDatabase, search: ComplaintSearch, now: number): Promise<QueueRow[]> {
  const [rows, rules] = await Promise.all([findComplaints(db, search), readComplaintRules(db)]);
  return rows.map((c) => queueRow(c, rules, now));
}
