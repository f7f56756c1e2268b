import { newId } from '../../../shared/domain/ids';
import { formatYuan, lineAmount, parseYuan, type Fen } from '../../../shared/domain/money';
import type { ReceiptLine } from '../../../shared/domain/sales/receipt';
import { quantity as typedQuantity } from '../../../shared/schema/returns';

/** One returned line as the clerk types it: text until the schema reads it. */
export interface LineDraft {
  /** React key only. */
  readonly key: string;
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly quantityBought: string;
  readonly quantity: string;
  readonly unitPrice: string;
  readonly disposition: string;
  /** Recorded on the receipt at an earlier visit: quantity bought and price are fixed. */
  readonly fromReceipt: boolean;
}

export type LineField = Exclude<keyof LineDraft, 'key' | 'fromReceipt'>;

export function blankLine(): LineDraft {
  return { key: newId(), sku: '', name: '', category: '', quantityBought: '1', quantity: '1', unitPrice: '', disposition: 'restock', fromReceipt: false };
}

export function lineFromReceipt(line: ReceiptLine): LineDraft {
  return {
    key: newId(),
    sku: line.sku,
    name: line.name,
    category: line.category,
    quantityBought: String(line.quantityBought),
    quantity: '1',
    unitPrice: formatYuan(line.unitPriceFen),
    disposition: 'restock',
    fromReceipt: true,
  };
}

export function isBlank(line: LineDraft): boolean {
  return !line.sku && !line.name && !line.unitPrice;
}

/** A line as far as it reads yet, for the live policy check and totals (the schema decides on submit). */
export interface LiveLine {
  readonly category: string;
  readonly quantity: number;
  readonly unitPriceFen: Fen;
}

export function liveLine(line: LineDraft): LiveLine | undefined {
  const quantity = typedQuantity.safeParse(line.quantity).data;
  const unitPriceFen = parseYuan(line.unitPrice);
  if (quantity === undefined || unitPriceFen === undefined) return undefined;
  return { category: line.category, quantity, unitPriceFen };
}

export function liveAmount(line: LineDraft): Fen | undefined {
  const l = liveLine(line);
  return l && lineAmount(l.quantity, l.unitPriceFen);
}

/** The flat fields of the form (lines, receipt and gifts are kept beside them). */
export interface ReturnFields {
  readonly purchaseDate: string;
  readonly reason: string;
  readonly reasonText: string;
  readonly condition: string;
  readonly outcome: string;
  readonly refundMethod: string;
  readonly refusalReason: string;
  readonly phone: string;
  readonly exceptionReason: string;
  readonly failedRepairs: string;
  readonly exSku: string;
  readonly exName: string;
  readonly exQuantity: string;
  readonly exUnitPrice: string;
  /** A refund on an invoiced receipt: invoice back or red-letter note, and its number. */
  readonly invoiceSettlement: string;
  readonly invoiceNoteNo: string;
}

export function blankFields(today: string): ReturnFields {
  return {
    purchaseDate: today,
    reason: '',
    reasonText: '',
    condition: '',
    outcome: '',
    refundMethod: '',
    refusalReason: '',
    phone: '',
    exceptionReason: '',
    failedRepairs: '0',
    exSku: '',
    exName: '',
    exQuantity: '1',
    exUnitPrice: '',
    invoiceSettlement: '',
    invoiceNoteNo: '',
  };
}

export interface ReceiptChoice {
  readonly noReceipt: boolean;
  readonly receiptNo?: string | undefined;
}

/** What the form sends to registerReturn / previewReturn (parsed there by returnInput). */
export function toRawReturn(fields: ReturnFields, lines: readonly LineDraft[], receipt: ReceiptChoice, settlements: Readonly<Record<string, string>>) {
  return {
    noReceipt: receipt.noReceipt,
    receiptNo: receipt.noReceipt ? '' : (receipt.receiptNo ?? ''),
    purchaseDate: fields.purchaseDate,
    lines: lines.map(({ sku, name, category, quantityBought, quantity, unitPrice, disposition }) => ({ sku, name, category, quantityBought, quantity, unitPrice, disposition })),
    reason: fields.reason,
    reasonText: fields.reasonText,
    condition: fields.condition,
    outcome: fields.outcome,
    refundMethod: fields.refundMethod,
    refusalReason: fields.refusalReason,
    phone: fields.phone,
    exceptionReason: fields.exceptionReason,
    exchangeItem: fields.outcome === 'exchange' ? { sku: fields.exSku, name: fields.exName, quantity: fields.exQuantity, unitPrice: fields.exUnitPrice } : undefined,
    giftSettlements: Object.entries(settlements).map(([handoutId, settlement]) => ({ handoutId, settlement })),
    invoiceSettlement: { kind: fields.invoiceSettlement, noteNo: fields.invoiceNoteNo },
  };
}
