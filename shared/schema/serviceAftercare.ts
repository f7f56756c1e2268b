import { z } from 'zod';
import { SATISFACTION_LEVELS, type OpinionScore, type OpinionScores } from '../domain/service/types';
import { optionalText, requiredText } from './common';
import { fee } from './service';

/**
 * Paid work and the follow-up (DOMAIN §5): the quote before the work, the
 * call back 24–72 hours after it, and the customer opinion card. Form
 * fields arrive as typed text; money is typed in yuan and leaves as fen.
 */

/** The quote's amount: read as a fee is, but a quote of nothing is no quote. */
const quoteAmount = z
  .string()
  .trim()
  .min(1, { message: 'error.required' })
  .pipe(fee)
  .pipe(z.number().positive({ message: 'error.amountZero' }));

export const quoteInput = z.object({
  amount: quoteAmount,
  work: requiredText(200),
  agreed: z.boolean(),
});
export type QuoteInput = z.infer<typeof quoteInput>;

/** Reached and satisfied needs nothing more; not reached or dissatisfied says what happened. */
export const followUpInput = z
  .object({
    reached: z.boolean(),
    // Nothing picked ('') is no answer: required only when the customer was reached.
    satisfaction: z.preprocess((v) => (v === '' ? undefined : v), z.enum(SATISFACTION_LEVELS, { message: 'error.required' }).optional()),
    note: optionalText(300, 'multiLine').transform((v) => v ?? ''),
  })
  .superRefine((v, ctx) => {
    if (v.reached && !v.satisfaction) ctx.addIssue({ code: 'custom', path: ['satisfaction'], message: 'error.required' });
    if ((!v.reached || v.satisfaction === 'dissatisfied') && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'error.followUpNoteRequired' });
  })
  // A customer not reached gave no answer: a level picked before the line dropped is not kept.
  .transform((v) => ({ reached: v.reached, satisfaction: v.reached ? v.satisfaction : undefined, note: v.note }));
export type FollowUpInput = z.infer<typeof followUpInput>;

/** One answer of the card: 4 (very satisfied) down to 1, as a radio's value or a number. */
const level = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v === '' ? undefined : v),
  z.enum(['1', '2', '3', '4'], { message: 'error.required' }).transform((v) => Number(v) as OpinionScore),
);

/** 顾客意见卡: every question answered; sent on as the scores the evaluation reads. */
export const opinionInput = z
  .object({ attitude: level, skill: level, arrival: level, promise: level })
  .transform((v): { readonly scores: OpinionScores } => ({ scores: { attitude: v.attitude, skill: v.skill, arrival: v.arrival, promise: v.promise } }));
export type OpinionInput = z.infer<typeof opinionInput>;
