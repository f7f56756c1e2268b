import { z } from 'zod';
import { parseYuan, type Fen } from '../domain/money';
import { normalizeRecordNumber } from '../domain/numbering';
import { isCalendarDate, MONTH_PATTERN } from '../domain/returns/days';
import { allowedWithoutReceipt } from '../domain/returns/policy';
import { duplicateSkuIndex } from '../domain/returns/quantities';
import { ITEM_CONDITIONS, LINE_DISPOSITIONS, REFUND_METHODS, RETURN_OUTCOMES, RETURN_REASONS } from '../domain/returns/types';
import { RECEIPT_NO_PATTERN } from '../domain/sales/receipt';
import { choice, optionalPhone, optionalText, recordId, requiredText, wholeNumber } from './common';
import { invoiceSettlementInput } from './invoiceSettlement';

/**
 * Returns: one schema per input. Form fields arrive as typed text; money is
 * typed in yuan (at most two decimals) and leaves as integer fen.
 */

/** A receipt number as scanned or typed, cleaned like a record number. */
export const receiptNo = z
  .string()
  .transform(normalizeRecordNumber)
  .pipe(z.string().min(1, { message: 'error.required' }).regex(RECEIPT_NO_PATTERN, { message: 'error.receiptNo' }));

/** Barcode (EAN-13 and the like) or the store's SKU code. */
export const sku = z
  .string()
  .transform(normalizeRecordNumber)
  .pipe(z.string().min(1, { message: 'error.required' }).regex(/^[A-Z0-9-]{1,32}$/, { message: 'error.sku' }));

/** A positive whole number of pieces: 0, negatives and fractions are refused. */
export const quantity = wholeNumber(1, 9999, 'error.quantity');

/** 三包: repairs under warranty that did not fix the fault, as the clerk types them. */
export const failedRepairsInput = wholeNumber(0, 9, 'error.failedRepairs');

/** Yuan as typed (¥, thousands commas and full-width digits allowed) -> fen; more than two decimals is refused, not rounded. */
export const yuan = z.string().transform((text, ctx): Fen => {
  const fen = parseYuan(text);
  if (fen === undefined) {
    ctx.addIssue({ code: 'custom', message: text.trim() ? 'error.amount' : 'error.required' });
    return z.NEVER;
  }
  return fen;
});

const positiveYuan = yuan.refine((fen) => fen > 0, { message: 'error.amountZero' });

export const returnLineInput = z
  .object({
    sku,
    name: requiredText(60),
    category: requiredText(24),
    quantityBought: quantity,
    quantity,
    unitPrice: positiveYuan,
    disposition: choice(LINE_DISPOSITIONS),
  })
  .refine((l) => l.quantity <= l.quantityBought, { message: 'error.moreThanBought', path: ['quantity'] });
export type ReturnLineInput = z.infer<typeof returnLineInput>;

export const exchangeItemInput = z.object({
  sku,
  name: requiredText(60),
  quantity,
  unitPrice: positiveYuan,
});

export const giftSettlementInput = z.object({
  handoutId: recordId,
  settlement: choice(['returned', 'deducted'] as const),
});

export const returnInput = z
  .object({
    /** The customer has no receipt: store credit or exchange only, a supervisor approves. */
    noReceipt: z.boolean().default(false),
    receiptNo: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), receiptNo.optional()),
    purchaseDate: z.string().refine(isCalendarDate, { message: 'error.date' }),
    lines: z.array(returnLineInput).min(1, { message: 'error.noLines' }).max(50, { message: 'error.tooLong' }),
    reason: choice(RETURN_REASONS),
    reasonText: optionalText(200),
    condition: choice(ITEM_CONDITIONS),
    outcome: choice(RETURN_OUTCOMES),
    refundMethod: z.preprocess((v) => (v === '' ? undefined : v), z.enum(REFUND_METHODS, { message: 'error.required' }).optional()),
    exchangeItem: exchangeItemInput.optional(),
    refusalReason: optionalText(200),
    phone: optionalPhone,
    exceptionReason: optionalText(200),
    giftSettlements: z.array(giftSettlementInput).default([]),
    invoiceSettlement: invoiceSettlementInput.optional(),
  })
  .superRefine((r, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!r.noReceipt && !r.receiptNo) issue(['receiptNo'], 'error.required');
    if (r.reason === 'other' && !r.reasonText) issue(['reasonText'], 'error.required');
    if (r.outcome === 'refund' && !r.refundMethod) issue(['refundMethod'], 'error.required');
    if (r.outcome === 'exchange' && !r.exchangeItem) issue(['exchangeItem', 'sku'], 'error.required');
    if (r.outcome === 'refused' && !r.refusalReason) issue(['refusalReason'], 'error.required');
    if (r.noReceipt && !allowedWithoutReceipt(r.outcome, r.refundMethod)) {
      issue([r.outcome === 'refund' ? 'refundMethod' : 'outcome'], 'error.noReceiptRefund');
    }
    const dup = duplicateSkuIndex(r.lines);
    if (dup >= 0) issue(['lines', dup, 'sku'], 'error.duplicateLine');
  })
  // Keep only what the outcome uses: a refund method on a refusal would mislead the summary and the slip.
  .transform((r) => ({
    ...r,
    receiptNo: r.noReceipt ? undefined : r.receiptNo,
    refundMethod: r.outcome === 'refund' ? r.refundMethod : undefined,
    exchangeItem: r.outcome === 'exchange' ? r.exchangeItem : undefined,
    refusalReason: r.outcome === 'refused' ? r.refusalReason : undefined,
    reasonText: r.reason === 'other' ? r.reasonText : undefined,
    giftSettlements: r.outcome === 'refund' ? r.giftSettlements : [],
    invoiceSettlement: r.outcome === 'refund' ? r.invoiceSettlement : undefined,
  }));
export type ReturnInput = z.infer<typeof returnInput>;

/** A correction: the whole return is reversed, with a reason; a supervisor approves. */
export const reverseReturnInput = z.object({
  returnId: recordId,
  reason: requiredText(200),
});

export const categoryInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,24}$/, { message: 'error.categoryCode' }),
  name: requiredText(20),
  durable: z.boolean(),
  nonReturnable: z.boolean(),
});

export const returnPolicyInput = z.object({
  returnWindowDays: wholeNumber(0, 365, 'error.windowDays'),
  approvalAmount: yuan,
  categories: z
    .array(categoryInput)
    .min(1, { message: 'error.noCategories' })
    .superRefine((list, ctx) => {
      const dup = duplicateSkuIndex(list.map((c) => ({ sku: c.code })));
      if (dup >= 0) ctx.addIssue({ code: 'custom', path: [dup, 'code'], message: 'error.duplicateCategory' });
    }),
});

/** A store-local month, yyyy-MM. */
export const monthInput = z.string().regex(MONTH_PATTERN, { message: 'error.month' });
