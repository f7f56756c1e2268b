import type { NumberClash } from '../../shared/domain/numberClash';
import type { DeskDatabase } from './database';

/**
 * Rules that span counters, broken while offline (released twice, left
 * twice, refunded beyond the receipt, a gift twice per receipt, gift stock
 * below zero, complaint steps out of order, a service call dispatched twice
 * or its goods receipt voided twice, a service day signed twice, a
 * maintenance contract signed twice or renewed to an end not later, a
 * survey sent or returned twice, a day closed twice, a charity event handed
 * out twice, a pre-order moved on after it was picked up or cancelled, an invoice request issued twice or a receipt amount invoiced
 * twice, a suggestion's reply or customer told recorded twice, a number
 * used twice): records
 * waiting for a supervisor. The status bar and the supervisor's list count
 * from here.
 */
export async function countConflicts(db: DeskDatabase): Promise<number> {
  const counts = await Promise.all([
    db.storageItems.where('conflict').equals(1).count(),
    db.lostItems.where('conflict').equals(1).count(),
    db.receipts.where('conflict').equals(1).count(),
    db.giftStocks.where('conflict').equals(1).count(),
    db.complaints.where('conflict').equals(1).count(),
    db.serviceCalls.where('conflict').equals(1).count(),
    db.maintenanceContracts.where('conflict').equals(1).count(),
    db.enquiries.where('conflict').equals(1).count(),
    db.invoices.where('conflict').equals(1).count(),
    db.preOrders.where('conflict').equals(1).count(),
    // Signed days are one row per store day: few enough to read without an index.
    db.serviceDays.filter((d) => d.conflicts.length > 0).count(),
    // Surveys have no conflict index: one per closed complaint or call, read whole.
    db.surveys.filter((s) => s.conflicts.length > 0).count(),
    // A day closed twice: one row per closed day, few enough to read whole.
    db.dayCloses.filter((d) => d.conflicts.length > 0).count(),
    // Charity events are few (a handful a month): read whole.
    db.charityEvents.filter((c) => c.conflicts.length > 0).count(),
    db.numberClashes.count(),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/** One breach as the supervisor's list shows it: which record, what happened, where and when the late entry was made. */
export interface CounterConflict {
  readonly entryId: string;
  readonly area: 'storage' | 'lostFound' | 'receipt' | 'giftStock' | 'complaint' | 'serviceCall' | 'serviceDay' | 'maintenanceContract' | 'survey' | 'invoice' | 'enquiry' | 'dayClose' | 'charityEvent' | 'preOrder';
  /** The record as people name it: a ticket, receipt or complaint number, a gift. */
  readonly record: string;
  /** i18n key of what the late entry broke. */
  readonly kind: string;
  readonly by: string;
  readonly at: number;
  readonly counter: string;
}

export async function listCounterConflicts(db: DeskDatabase): Promise<CounterConflict[]> {
  const [storage, lost, receipts, stocks, complaints] = await Promise.all([
    db.storageItems.where('conflict').equals(1).toArray(),
    db.lostItems.where('conflict').equals(1).toArray(),
    db.receipts.where('conflict').equals(1).toArray(),
    db.giftStocks.where('conflict').equals(1).toArray(),
    db.complaints.where('conflict').equals(1).toArray(),
  ]);
  const [calls, days, contracts, surveys, closes, charity] = await Promise.all([
    db.serviceCalls.where('conflict').equals(1).toArray(),
    db.serviceDays.filter((d) => d.conflicts.length > 0).toArray(),
    db.maintenanceContracts.where('conflict').equals(1).toArray(),
    db.surveys.filter((s) => s.conflicts.length > 0).toArray(),
    db.dayCloses.filter((d) => d.conflicts.length > 0).toArray(),
    db.charityEvents.filter((c) => c.conflicts.length > 0).toArray(),
  ]);
  const enquiries = await db.enquiries.where('conflict').equals(1).toArray();
  const invoices = await db.invoices.where('conflict').equals(1).toArray();
  const preOrders = await db.preOrders.where('conflict').equals(1).toArray();
  const stamp = (c: { readonly entryId: string; readonly by: string; readonly at: number; readonly counter: string }) => ({ entryId: c.entryId, by: c.by, at: c.at, counter: c.counter });
  const rows: CounterConflict[] = [
    ...storage.flatMap((i) => i.conflicts.map((c) => ({ ...stamp(c), area: 'storage' as const, record: i.number, kind: `conflicts.kind.${c.kind}` }))),
    ...lost.flatMap((i) => i.conflicts.map((c) => ({ ...stamp(c), area: 'lostFound' as const, record: i.number, kind: `conflicts.kind.${c.kind}` }))),
    ...receipts.flatMap((r) => r.conflicts.map((c) => ({ ...stamp(c), area: 'receipt' as const, record: `${r.receiptNo} · ${c.ref}`, kind: `conflicts.kind.${c.kind}` }))),
    ...stocks.flatMap((s) => s.conflicts.map((c) => ({ ...stamp(c), area: 'giftStock' as const, record: `${s.giftId} · ${c.handoutNumber}`, kind: `conflicts.kind.${c.kind}` }))),
    ...complaints.flatMap((k) => k.refusals.map((c) => ({ ...stamp(c), area: 'complaint' as const, record: k.number, kind: `error.complaintStep.${c.reason}` }))),
    ...calls.flatMap((k) => k.conflicts.map((c) => ({ ...stamp(c), area: 'serviceCall' as const, record: k.number, kind: `error.serviceStep.${c.reason}` }))),
    ...days.flatMap((d) => d.conflicts.map((c) => ({ ...stamp(c), area: 'serviceDay' as const, record: d.day, kind: 'conflicts.kind.serviceDaySignedTwice' }))),
    ...contracts.flatMap((k) => k.conflicts.map((c) => ({ ...stamp(c), area: 'maintenanceContract' as const, record: k.number, kind: `conflicts.kind.contract.${c.reason}` }))),
    ...surveys.flatMap((k) => k.conflicts.map((c) => ({ ...stamp(c), area: 'survey' as const, record: k.subjectNumber, kind: `conflicts.kind.survey.${c.reason}` }))),
    ...invoices.flatMap((k) => k.conflicts.map((c) => ({ ...stamp(c), area: 'invoice' as const, record: k.number, kind: `conflicts.kind.invoice.${c.reason}` }))),
    ...enquiries.flatMap((k) => k.conflicts.map((c) => ({ ...stamp(c), area: 'enquiry' as const, record: k.number, kind: `error.enquiry.${c.reason}` }))),
    ...closes.flatMap((d) => d.conflicts.map((c) => ({ ...stamp(c), area: 'dayClose' as const, record: d.day, kind: 'conflicts.kind.dayClosedTwice' }))),
    ...preOrders.flatMap((k) => k.conflicts.map((c) => ({ ...stamp(c), area: 'preOrder' as const, record: k.number, kind: `conflicts.kind.preOrder.${c.reason}` }))),
    ...charity.flatMap((k) => k.conflicts.map((c) => ({ ...stamp(c), area: 'charityEvent' as const, record: k.number, kind: `conflicts.kind.charity.${c.reason}` }))),
  ];
  return rows.sort((a, b) => b.at - a.at || (a.entryId < b.entryId ? 1 : -1));
}

/** Numbers held by two or more records of one type, newest clash first: one row per number. */
export async function listNumberClashes(db: DeskDatabase): Promise<NumberClash[]> {
  const rows = await db.numberClashes.toArray();
  return rows.sort((a, b) => b.firstSeenAt - a.firstSeenAt || (a.number < b.number ? -1 : 1));
}
