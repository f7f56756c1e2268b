import { z } from 'zod';
import { CHARITY_RECIPIENT_KINDS } from '../domain/charity/types';
import { isCalendarDate } from '../domain/returns/days';
import { choice, optionalPhone, optionalText, requiredText, wholeNumber } from './common';
import { yuanAmount } from './gifts';

/**
 * 公益赞助: what the desk types for an event and its hand-out. Goods come
 * from one gift stock picked from a list (its record id, '' for none);
 * money is typed in yuan and leaves as fen; each refusal is an i18n key
 * shown at its field.
 */

const blank = (v: unknown) => typeof v === 'string' && !v.trim();
const blankIsNone = (v: unknown) => (blank(v) ? undefined : v);
const blankIsZero = (v: unknown) => (blank(v) ? 0 : v);

const quantity = wholeNumber(1, 99_999, 'error.charityQuantity');

export const charityEventInput = z
  .object({
    name: requiredText(60),
    day: z.string().trim().min(1, { message: 'error.required' }).refine(isCalendarDate, { message: 'error.date' }),
    recipientKind: choice(CHARITY_RECIPIENT_KINDS),
    recipient: requiredText(60),
    stockId: z
      .string()
      .optional()
      .transform((v) => v || undefined),
    quantity: z.preprocess(blankIsNone, quantity.optional()),
    money: z.preprocess(blankIsNone, yuanAmount.optional()),
    note: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.stockId && v.quantity === undefined) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'error.charityQuantity' });
    if (!v.stockId && v.quantity !== undefined) ctx.addIssue({ code: 'custom', path: ['stockId'], message: 'error.charityPickGift' });
    if (!v.stockId && v.quantity === undefined && v.money === undefined) ctx.addIssue({ code: 'custom', path: ['stockId'], message: 'error.charityNothingGiven' });
  });
export type CharityEventInput = z.input<typeof charityEventInput>;

/** The hand-out: who received it for the recipient, and how much of the pledge (blank: none of that kind). */
export const charityHandOutInput = z.object({
  representative: requiredText(40),
  phone: optionalPhone,
  quantity: z.preprocess(blankIsZero, wholeNumber(0, 99_999, 'error.charityHandQuantity')),
  money: z.preprocess(blankIsNone, yuanAmount.optional()).transform((fen) => fen ?? 0),
});
export type CharityHandOutInput = z.input<typeof charityHandOutInput>;
export type CharityHandOut = z.output<typeof charityHandOutInput>;
