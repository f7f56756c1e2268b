import type { Complaint } from '../complaints/state';
import type { RecordType } from '../entry';
import type { Handout } from '../gifts/types';
import type { Invoice } from '../invoices/types';
import type { PreOrder } from '../preOrders/types';
import { formatYuan } from '../money';
import type { ReturnRecord } from '../returns/types';
import type { ServiceCall } from '../service/types';
import type { StorageItem } from '../storage/types';
import { normalisePhone, phoneTail } from './phone';

/** The record types a customer's history lists: each has a rule below, and a label on the screen and the printout. */
export const TRAIL_RECORD_TYPES = ['storage', 'returnRecord', 'handout', 'complaint', 'serviceCall', 'preOrder', 'invoice'] as const satisfies readonly RecordType[];
export type TrailRecordType = (typeof TRAIL_RECORD_TYPES)[number];

/**
 * One record of a customer, as their history lists it: kept beside the
 * record by its projector (same transaction), so a customer's history is
 * one index range, never a scan of every record type.
 */
export interface CustomerTrailRow {
  /** `recordType/recordId`: a record keeps one row, written again when it changes (a corrected phone leaves no stale row). */
  readonly key: string;
  /** Digits only (normalisePhone). */
  readonly phone: string;
  readonly phoneTail: string;
  /** The customer's name as the record gives it ('' when it asks none: a return, a handout). */
  readonly name: string;
  /** When the customer came: deposit, registration, intake. */
  readonly at: number;
  readonly recordType: TrailRecordType;
  readonly recordId: string;
  readonly number: string;
  readonly counter: string;
  /** A short line in the record's own words (goods, gift, what happened). */
  readonly summary: string;
}

/** How a record type puts its customer in the trail: a row from its state, none when it names no phone. */
export interface CustomerTrailRule<S> {
  readonly recordType: TrailRecordType;
  rowOf(state: S): CustomerTrailRow | undefined;
}

const SUMMARY_MAX = 60;

/** One line, at most SUMMARY_MAX characters (an ellipsis where cut). */
export function shortSummary(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SUMMARY_MAX ? `${line.slice(0, SUMMARY_MAX - 1)}…` : line;
}

export function trailKey(recordType: TrailRecordType, recordId: string): string {
  return `${recordType}/${recordId}`;
}

interface TrailFacts {
  readonly recordId: string;
  readonly phone: string | undefined;
  readonly name: string | undefined;
  readonly at: number;
  readonly number: string;
  readonly counter: string;
  readonly summary: string;
}

function trailRow(recordType: TrailRecordType, f: TrailFacts): CustomerTrailRow | undefined {
  const phone = normalisePhone(f.phone ?? '');
  if (phone === '') return undefined;
  return {
    key: trailKey(recordType, f.recordId),
    phone,
    phoneTail: phoneTail(phone),
    name: (f.name ?? '').trim(),
    at: f.at,
    recordType,
    recordId: f.recordId,
    number: f.number,
    counter: f.counter,
    summary: shortSummary(f.summary),
  };
}

export const STORAGE_TRAIL: CustomerTrailRule<StorageItem> = {
  recordType: 'storage',
  rowOf: (s) =>
    trailRow('storage', { recordId: s.id, phone: s.phone, name: s.customerName, at: s.deposited.at, number: s.number, counter: s.deposited.counter, summary: `${s.description} ×${s.count}` }),
};

export const RETURN_TRAIL: CustomerTrailRule<ReturnRecord> = {
  recordType: 'returnRecord',
  rowOf: (r) =>
    trailRow('returnRecord', {
      recordId: r.id,
      phone: r.phone,
      name: undefined,
      at: r.registered.at,
      number: r.number,
      counter: r.registered.counter,
      summary: `${r.lines.map((l) => `${l.name} ×${l.quantity}`).join('、')} · ¥${formatYuan(r.totalFen)}`,
    }),
};

export const HANDOUT_TRAIL: CustomerTrailRule<Handout> = {
  recordType: 'handout',
  rowOf: (h) =>
    trailRow('handout', {
      recordId: h.id,
      phone: h.phone,
      name: undefined,
      at: h.handedOut.at,
      number: h.number,
      counter: h.handedOut.counter,
      summary: `${h.receiptNo} · ¥${formatYuan(h.receiptAmountFen)} · ${h.giftId} ×${h.quantity}`,
    }),
};

export const COMPLAINT_TRAIL: CustomerTrailRule<Complaint> = {
  recordType: 'complaint',
  rowOf: (c) =>
    trailRow('complaint', {
      recordId: c.id,
      phone: c.complainant.contact.phone,
      name: c.complainant.name,
      at: c.receivedAt,
      number: c.number,
      counter: c.recorded.counter,
      summary: c.description,
    }),
};

export const SERVICE_CALL_TRAIL: CustomerTrailRule<ServiceCall> = {
  recordType: 'serviceCall',
  rowOf: (s) =>
    trailRow('serviceCall', {
      recordId: s.id,
      phone: s.customer.phone,
      name: s.customer.name,
      at: s.receivedAt,
      number: s.number,
      counter: s.registered.counter,
      summary: `${s.product.name} ${s.product.model} · ${s.problem}`,
    }),
};

export const PRE_ORDER_TRAIL: CustomerTrailRule<PreOrder> = {
  recordType: 'preOrder',
  rowOf: (o) =>
    trailRow('preOrder', {
      recordId: o.id,
      phone: o.phone,
      name: o.customerName,
      at: o.taken.at,
      number: o.number,
      counter: o.taken.counter,
      summary: `${o.organisation ? `${o.organisation} · ` : ''}${o.items.map((i) => `${i.name} ×${i.quantity}`).join('、')} · ${o.department}`,
    }),
};

/** An invoice names its customer by the phone it goes to (an electronic one); a person's title is their name. */
export const INVOICE_TRAIL: CustomerTrailRule<Invoice> = {
  recordType: 'invoice',
  rowOf: (i) =>
    trailRow('invoice', {
      recordId: i.id,
      phone: i.phone,
      name: i.buyer === 'person' ? i.title : undefined,
      at: i.requested.at,
      number: i.number,
      counter: i.requested.counter,
      summary: `${i.title} · ¥${formatYuan(i.amountFen)} · ${i.receipts.map((r) => r.receiptNo).join(' ')}`,
    }),
};

/** A record's state before and after a write; `before` absent when it was not read (a rebuild). */
export interface TrailChange {
  readonly rule: CustomerTrailRule<unknown>;
  readonly recordId: string;
  readonly after: unknown;
  readonly before?: { readonly state: unknown } | undefined;
}

function sameRow(a: CustomerTrailRow, b: CustomerTrailRow): boolean {
  return (Object.keys(a) as (keyof CustomerTrailRow)[]).every((k) => a[k] === b[k]);
}

/**
 * What a batch of record writes does to the trail: a row put where the
 * record names a phone (not again when a step left it as it was), its row
 * taken away where a correction removed the phone. Without the state
 * before, a record with no phone has its key deleted (nothing there is
 * harmless), so no row outlives its phone.
 */
export function trailWrites(changes: readonly TrailChange[]): { readonly puts: CustomerTrailRow[]; readonly deletes: string[] } {
  const puts: CustomerTrailRow[] = [];
  const deletes: string[] = [];
  for (const { rule, recordId, after, before } of changes) {
    const row = after === undefined ? undefined : rule.rowOf(after);
    const was = before === undefined ? 'unknown' : before.state === undefined ? undefined : rule.rowOf(before.state);
    if (row) {
      if (was === 'unknown' || was === undefined || !sameRow(was, row)) puts.push(row);
    } else if (was !== undefined) {
      deletes.push(trailKey(rule.recordType, recordId));
    }
  }
  return { puts, deletes };
}
