import { sortEntries, type Entry } from '../entry';
import { applyReceiptInvoiceEntry, type ReceiptInvoice, type ReceiptInvoiceEntry } from '../invoices/receiptAmounts';
import type { Fen } from '../money';

/**
 * A purchase receipt as the desk knows it: the lines the clerk recorded from
 * it, what was refunded of each line, and the gifts it earned. It is the one
 * place where the rules that span visits and counters meet: a line is never
 * refunded beyond the quantity bought, a receipt earns a campaign's gift
 * once, and its amount is invoiced once. Entries from several counters are
 * applied in the shared order; what breaks a rule is kept as a conflict,
 * never silently dropped.
 */
export const RECEIPT_NO_PATTERN = /^[A-Z0-9-]{6,32}$/;

/** A receipt's record id: one per receipt number in the store. */
export function receiptRecordId(receiptNo: string): string {
  return `receipt:${receiptNo}`;
}

export interface ReceiptLineRecordedData {
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly quantityBought: number;
  readonly unitPriceFen: Fen;
}

export interface RefundedData {
  readonly returnId: string;
  readonly returnNumber: string;
  readonly sku: string;
  readonly quantity: number;
}

export interface RefundReversedData {
  readonly returnId: string;
}

export interface GiftIssuedData {
  readonly handoutId: string;
  readonly handoutNumber: string;
  readonly campaignId: string;
  readonly giftId: string;
  readonly quantity: number;
}

export interface GiftReversedData {
  readonly handoutId: string;
}

export type ReceiptEntry =
  | Entry<'lineRecorded', ReceiptLineRecordedData>
  | Entry<'refunded', RefundedData>
  | Entry<'refundReversed', RefundReversedData>
  | Entry<'giftIssued', GiftIssuedData>
  | Entry<'giftReversed', GiftReversedData>
  | ReceiptInvoiceEntry;

export interface ReceiptLine extends ReceiptLineRecordedData {
  /** Refunded so far, over every visit and counter (reversed refunds not counted). */
  readonly refundedQuantity: number;
}

export interface ReceiptRefund extends RefundedData {
  readonly reversed: boolean;
  readonly at: number;
  readonly counter: string;
}

export interface ReceiptGift extends GiftIssuedData {
  readonly reversed: boolean;
  readonly at: number;
  readonly counter: string;
  readonly by: string;
}

export type ReceiptConflictKind = 'refundBeyondBought' | 'giftTwice' | 'lineMismatch' | 'unknownLine' | 'invoicedBeyondAmount';

export interface ReceiptConflict {
  readonly entryId: string;
  readonly kind: ReceiptConflictKind;
  readonly by: string;
  readonly at: number;
  readonly counter: string;
  /** The return, handout or invoice request the conflicting entry belongs to. */
  readonly ref: string;
}

export interface ReceiptState {
  readonly id: string;
  readonly receiptNo: string;
  readonly lines: Readonly<Record<string, ReceiptLine>>;
  readonly refunds: readonly ReceiptRefund[];
  readonly gifts: readonly ReceiptGift[];
  readonly conflicts: readonly ReceiptConflict[];
  readonly pendingEntries: number;
  /** The receipt's amount, recorded by its first invoice request (absent on receipts kept before invoicing). */
  readonly totalFen?: Fen | undefined;
  /** What each invoice request took of the receipt (invoices/receiptAmounts). */
  readonly invoices?: readonly ReceiptInvoice[] | undefined;
}

/** Lines, refunds and gifts are written at version 1, read by every build. */
export const RECEIPT_SCHEMA_VERSION = 1;
/** Invoice entries (version 2): a build from before invoicing keeps them unprojected. The newest receipt schema this build reads. */
export const RECEIPT_INVOICE_SCHEMA_VERSION = 2;

function emptyReceipt(id: string): ReceiptState {
  return { id, receiptNo: id.replace(/^receipt:/, ''), lines: {}, refunds: [], gifts: [], conflicts: [], pendingEntries: 0 };
}

function conflict(e: ReceiptEntry, kind: ReceiptConflictKind, ref: string): ReceiptConflict {
  return { entryId: e.id, kind, by: e.by, at: e.at, counter: e.counter, ref };
}

export function applyReceiptEntry(state: ReceiptState | undefined, e: ReceiptEntry): ReceiptState {
  const r = state ?? emptyReceipt(e.recordId);
  if (e.schemaVersion > RECEIPT_INVOICE_SCHEMA_VERSION) return { ...r, pendingEntries: r.pendingEntries + 1 };
  switch (e.type) {
    case 'lineRecorded': {
      const known = r.lines[e.data.sku];
      if (!known) return { ...r, lines: { ...r.lines, [e.data.sku]: { ...e.data, refundedQuantity: 0 } } };
      const same = known.quantityBought === e.data.quantityBought && known.unitPriceFen === e.data.unitPriceFen;
      return same ? r : { ...r, conflicts: [...r.conflicts, conflict(e, 'lineMismatch', e.data.sku)] };
    }
    case 'refunded': {
      const line = r.lines[e.data.sku];
      if (!line) return { ...r, conflicts: [...r.conflicts, conflict(e, 'unknownLine', e.data.returnNumber)] };
      if (line.refundedQuantity + e.data.quantity > line.quantityBought) {
        return { ...r, conflicts: [...r.conflicts, conflict(e, 'refundBeyondBought', e.data.returnNumber)] };
      }
      return {
        ...r,
        lines: { ...r.lines, [e.data.sku]: { ...line, refundedQuantity: line.refundedQuantity + e.data.quantity } },
        refunds: [...r.refunds, { ...e.data, reversed: false, at: e.at, counter: e.counter }],
      };
    }
    case 'refundReversed': {
      let lines = r.lines;
      const refunds = r.refunds.map((f) => {
        if (f.returnId !== e.data.returnId || f.reversed) return f;
        const line = lines[f.sku];
        if (line) lines = { ...lines, [f.sku]: { ...line, refundedQuantity: line.refundedQuantity - f.quantity } };
        return { ...f, reversed: true };
      });
      return { ...r, lines, refunds };
    }
    case 'giftIssued': {
      const used = r.gifts.some((g) => g.campaignId === e.data.campaignId && !g.reversed);
      if (used) return { ...r, conflicts: [...r.conflicts, conflict(e, 'giftTwice', e.data.handoutNumber)] };
      return { ...r, gifts: [...r.gifts, { ...e.data, reversed: false, at: e.at, counter: e.counter, by: e.by }] };
    }
    case 'giftReversed':
      return { ...r, gifts: r.gifts.map((g) => (g.handoutId === e.data.handoutId ? { ...g, reversed: true } : g)) };
    case 'invoiced':
    case 'invoiceCancelled':
      return applyReceiptInvoiceEntry(r, e);
  }
}

export function projectReceipt(entries: readonly ReceiptEntry[]): ReceiptState | undefined {
  return sortEntries(entries).reduce<ReceiptState | undefined>(applyReceiptEntry, undefined);
}

/** How many of a line may still be refunded. */
export function refundableQuantity(receipt: ReceiptState | undefined, sku: string): number | undefined {
  const line = receipt?.lines[sku];
  return line ? line.quantityBought - line.refundedQuantity : undefined;
}

/** The gift this receipt earned in a campaign and still holds (not reversed), if any. */
export function giftForCampaign(receipt: ReceiptState | undefined, campaignId: string): ReceiptGift | undefined {
  return receipt?.gifts.find((g) => g.campaignId === campaignId && !g.reversed);
}

/** Gifts the receipt still holds: asked back when its goods are refunded. */
export function activeGifts(receipt: ReceiptState | undefined): ReceiptGift[] {
  return receipt?.gifts.filter((g) => !g.reversed) ?? [];
}
