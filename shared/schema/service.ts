import { z } from 'zod';
import { isCalendarDate } from '../domain/returns/days';
import { parseYuan, type Fen } from '../domain/money';
import { REQUEST_TYPES, SERVICE_AREAS, SERVICE_TYPES, SKILLS, VISIT_OUTCOMES } from '../domain/service/types';
import { choice, halfWidthDigits, optionalText, phone, requiredText, wholeNumber } from './common';

/**
 * Technician service: one schema per input. Form fields arrive as typed
 * text; times arrive as UTC ms (the form reads the store's wall time);
 * money is typed in yuan and leaves as integer fen.
 */

const optionalDate = z
  .string()
  .trim()
  .transform((v) => (v ? v : undefined))
  .pipe(z.string().refine(isCalendarDate, { message: 'error.date' }).optional());

const instant = z.number({ message: 'error.dateTime' }).int().positive();

/** A fee in yuan (full-width digits converted); empty is no fee. Shared by every service input that takes money. */
export const fee = z.string().transform((text, ctx): Fen => {
  const clean = halfWidthDigits(text);
  if (!clean) return 0;
  const fen = parseYuan(clean);
  if (fen === undefined) {
    ctx.addIssue({ code: 'custom', message: 'error.amount' });
    return z.NEVER;
  }
  return fen;
});

/** The invoice number from the tax system: letters and digits (full-width converted); empty when there is no fee. */
export const invoiceNo = z
  .string()
  .transform((text) => text.normalize('NFKC').replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z-]{0,30}$/, { message: 'error.invoiceNo' }))
  .transform((v) => v || undefined);

export const serviceCallInput = z.object({
  customerName: requiredText(20),
  phone,
  address: requiredText(80),
  area: choice(SERVICE_AREAS),
  productKind: choice(SKILLS),
  productName: requiredText(40),
  model: optionalText(40).transform((v) => v ?? ''),
  serial: optionalText(40).transform((v) => v ?? ''),
  purchaseDate: optionalDate,
  problem: requiredText(300, 'multiLine'),
  requestType: choice(REQUEST_TYPES),
  serviceType: choice(SERVICE_TYPES),
  receivedAt: instant,
});
export type ServiceCallInput = z.infer<typeof serviceCallInput>;

export const appointmentInput = z.object({
  visitAt: instant,
  reason: optionalText(120),
});

export const dispatchInput = z.object({
  technician: z.string().trim().min(1, { message: 'error.required' }),
  suggestion: optionalText(120),
});

export const partUsedInput = z.object({
  name: requiredText(40),
  quantity: wholeNumber(1, 99, 'error.quantity'),
});

/** Paid work: a fee taken needs the invoice given for it (a visit, goods back from the workshop): the one home of that rule. */
export function invoiceForFee(input: { readonly fee: Fen; readonly invoiceNo?: string | undefined }, ctx: z.RefinementCtx): void {
  // A fee that failed its own field is not a number here: its message is already at the field.
  if (typeof input.fee === 'number' && input.fee > 0 && !input.invoiceNo) ctx.addIssue({ code: 'custom', path: ['invoiceNo'], message: 'error.invoiceNoRequired' });
}

export const visitInput = z.object({
  outcome: choice(VISIT_OUTCOMES),
  arrivedAt: instant,
  minutesOnSite: wholeNumber(1, 24 * 60, 'error.minutesOnSite'),
  workDone: requiredText(300, 'multiLine'),
  parts: z.array(partUsedInput).max(20, { message: 'error.tooLong' }),
  fee,
  invoiceNo,
  voucherReturned: z.boolean(),
}).superRefine(invoiceForFee);
export type VisitInput = z.infer<typeof visitInput>;

export const technicianProfileInput = z.object({
  areas: z.array(z.enum(SERVICE_AREAS, { message: 'error.chooseOne' })).min(1, { message: 'error.chooseOne' }),
  skills: z.array(z.enum(SKILLS, { message: 'error.chooseOne' })).min(1, { message: 'error.chooseOne' }),
});

export const cancelInput = z.object({ reason: requiredText(120) });
