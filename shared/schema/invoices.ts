import { z } from 'zod';
import { BUYER_KINDS, INVOICE_KINDS, INVOICE_MEDIA } from '../domain/invoices/types';
import { usccProblem } from '../domain/invoices/uscc';
import { normalizeRecordNumber } from '../domain/numbering';
import { halfWidthDigits } from '../domain/typedDigits';
import { choice, optionalPhone, requiredText } from './common';
import { receiptNo, yuan } from './returns';

/**
 * 开具发票: what the desk types for an invoice request, the number the tax
 * system issued and a cancellation. Money is typed in yuan and leaves as integer fen.
 */

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const positiveYuan = yuan.refine((fen) => fen > 0, { message: 'error.amountZero' });

/**
 * One receipt: its number, its amount as printed (only while the desk has
 * none recorded for it), and the amount to invoice — left blank, the whole
 * receipt amount typed.
 */
export const invoiceReceiptInput = z
  .object({
    receiptNo,
    receiptTotal: z.preprocess(blankToUndefined, positiveYuan.optional()),
    amount: z.preprocess(blankToUndefined, positiveYuan.optional()),
  })
  .superRefine((r, ctx) => {
    if (r.amount === undefined && r.receiptTotal === undefined) ctx.addIssue({ code: 'custom', path: ['receiptTotal'], message: 'error.required' });
  })
  .transform((r) => ({ ...r, amount: r.amount ?? r.receiptTotal ?? 0 }));
export type InvoiceReceiptInput = z.infer<typeof invoiceReceiptInput>;

/** A taxpayer number as typed: full-width characters, spaces and lower case cleaned; then the unified social credit code's form and check character. */
export const taxpayerNo = z
  .string()
  .transform(normalizeRecordNumber)
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem === 'form' ? 'error.taxpayerNoForm' : 'error.taxpayerNoCheck' });
  });

const optionalEmail = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined))
  .pipe(z.email({ message: 'error.email' }).optional());

export const invoiceRequestInput = z
  .object({
    receipts: z.array(invoiceReceiptInput).min(1, { message: 'error.invoiceNoReceipts' }).max(20, { message: 'error.tooLong' }),
    title: requiredText(100),
    buyer: choice(BUYER_KINDS),
    taxpayerNo: z.preprocess(blankToUndefined, taxpayerNo.optional()),
    kind: choice(INVOICE_KINDS),
    medium: choice(INVOICE_MEDIA),
    email: optionalEmail,
    phone: optionalPhone,
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (v.buyer === 'company' && !v.taxpayerNo) issue(['taxpayerNo'], 'error.taxpayerNoRequired');
    if (v.kind === 'specialVat' && v.buyer === 'person') issue(['kind'], 'error.specialVatNeedsCompany');
    if (v.medium === 'electronic' && !v.email && !v.phone) issue(['email'], 'error.invoiceContactRequired');
    const seen = new Set<string>();
    v.receipts.forEach((r, i) => {
      if (seen.has(r.receiptNo)) issue(['receipts', i, 'receiptNo'], 'error.invoiceReceiptTwice');
      seen.add(r.receiptNo);
      if (r.receiptTotal !== undefined && r.amount > r.receiptTotal) issue(['receipts', i, 'amount'], 'error.invoiceOverReceipt');
    });
  })
  // A person has no taxpayer number; a paper invoice needs no contact (kept only when given).
  .transform((v) => ({ ...v, taxpayerNo: v.buyer === 'company' ? v.taxpayerNo : undefined }));
export type InvoiceRequestInput = z.infer<typeof invoiceRequestInput>;

/** The tax system's invoice number: 8 (paper) to 20 (全电发票) digits, full-width converted, spaces dropped. */
export const issuedInvoiceNo = z
  .string()
  .transform((v) => halfWidthDigits(v).replace(/\s+/g, ''))
  .pipe(z.string().min(1, { message: 'error.required' }).regex(/^\d{8,20}$/, { message: 'error.invoiceNo' }));

export const invoiceIssueInput = z.object({ invoiceNo: issuedInvoiceNo });

export const invoiceCancelInput = z.object({ reason: requiredText(200) });
