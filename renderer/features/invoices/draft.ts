import { newId } from '../../../shared/domain/ids';
import { formatYuan, parseYuan, sumFen, type Fen } from '../../../shared/domain/money';
import { normalizeRecordNumber } from '../../../shared/domain/numbering';
import type { ReceiptAmounts } from '../../db/invoices/queries';

/** One receipt of the request as the clerk types it: text until the schema reads it. */
export interface ReceiptDraft {
  /** React key only. */
  readonly key: string;
  readonly receiptNo: string;
  readonly receiptTotal: string;
  readonly amount: string;
}

export function blankReceipt(): ReceiptDraft {
  return { key: newId(), receiptNo: '', receiptTotal: '', amount: '' };
}

/** The flat fields of the request form (the receipts are kept beside them). */
export interface RequestFields {
  readonly title: string;
  readonly buyer: string;
  readonly taxpayerNo: string;
  readonly kind: string;
  readonly medium: string;
  readonly email: string;
  readonly phone: string;
}

export const BLANK_REQUEST: RequestFields = { title: '', buyer: '', taxpayerNo: '', kind: 'ordinary', medium: 'electronic', email: '', phone: '' };

export type KnownReceipts = Readonly<Record<string, ReceiptAmounts>>;

/** What the desk knows of a typed receipt number. */
export const knownOf = (known: KnownReceipts, receiptNo: string): ReceiptAmounts | undefined => known[normalizeRecordNumber(receiptNo)];

/**
 * The amount a receipt row asks for: as typed, or when left blank all that
 * is left of a receipt this counter knows (for a new one the schema takes
 * the receipt amount typed).
 */
export function amountText(row: ReceiptDraft, known: KnownReceipts): string {
  if (row.amount.trim()) return row.amount;
  const left = knownOf(known, row.receiptNo)?.leftFen;
  return left !== undefined ? formatYuan(left) : '';
}

/** Whether the desk already has the receipt's amount: then it is not typed again. */
export function totalKnown(row: ReceiptDraft, known: KnownReceipts): Fen | undefined {
  return knownOf(known, row.receiptNo)?.totalFen;
}

/** The request's amount as far as it reads yet (the schema decides on submit). */
export function liveTotal(rows: readonly ReceiptDraft[], known: KnownReceipts): Fen {
  return sumFen(rows.map((r) => parseYuan(amountText(r, known) || r.receiptTotal) ?? 0));
}

/** What the form sends (parsed by invoiceRequestInput). */
export function toRawRequest(fields: RequestFields, rows: readonly ReceiptDraft[], known: KnownReceipts) {
  return {
    ...fields,
    receipts: rows.map((r) => ({
      receiptNo: r.receiptNo,
      receiptTotal: totalKnown(r, known) === undefined ? r.receiptTotal : '',
      amount: amountText(r, known),
    })),
  };
}
