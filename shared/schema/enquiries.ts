import { z } from 'zod';
import { isIsoDate } from '../domain/calendar/days';
import { ENQUIRY_CHANNELS, ENQUIRY_TOPICS, TOLD_VIAS } from '../domain/enquiries/types';
import { choice, halfWidthDigits, optionalPhone, optionalText, requiredText } from './common';

/**
 * 电话接听记录 / 顾客咨询 / 顾客建议: what the desk types to log a call or
 * enquiry, a department's reply to a suggestion, and the customer told.
 * Choices arrive as the radio's or select's value ('' when none is picked),
 * days as the date input's yyyy-MM-dd.
 */

/** A phone as typed: full-width digits from a Chinese input method are the same digits. */
const typedPhone = z.preprocess((v) => (typeof v === 'string' ? halfWidthDigits(v) : v), optionalPhone);

const day = z
  .string()
  .trim()
  .min(1, { message: 'error.required' })
  .refine(isIsoDate, { message: 'error.date' });

/** The suggestion's own fields: judged even when another field is wrong, so every message shows at once. */
const suggestionPart = z.object({ suggestion: z.boolean(), department: optionalText(40), replyDue: z.string() });
const judgeSuggestion = { when: (payload: { readonly value: unknown }) => suggestionPart.safeParse(payload.value).success };

export const enquiryLogInput = z
  .object({
    channel: choice(ENQUIRY_CHANNELS),
    topic: choice(ENQUIRY_TOPICS),
    question: requiredText(200, 'multiLine'),
    answer: requiredText(300, 'multiLine'),
    customerName: optionalText(30),
    phone: typedPhone,
    /** A suggestion (顾客建议) goes to a department with a reply due. */
    suggestion: z.boolean(),
    department: optionalText(40),
    replyDue: z.string().trim(),
  })
  .refine((v) => !v.suggestion || v.department !== undefined, { path: ['department'], message: 'error.required', ...judgeSuggestion })
  .refine((v) => !v.suggestion || v.replyDue !== '', { path: ['replyDue'], message: 'error.required', ...judgeSuggestion })
  .refine((v) => !v.suggestion || v.replyDue === '' || isIsoDate(v.replyDue), { path: ['replyDue'], message: 'error.date', ...judgeSuggestion });
export type EnquiryLogInput = z.infer<typeof enquiryLogInput>;

export const enquiryReplyInput = z.object({
  reply: requiredText(500, 'multiLine'),
  repliedBy: optionalText(30),
});
export type EnquiryReplyInput = z.infer<typeof enquiryReplyInput>;

export const enquiryToldInput = z.object({
  via: choice(TOLD_VIAS),
  toldOn: day,
  note: optionalText(200),
});
export type EnquiryToldInput = z.infer<typeof enquiryToldInput>;
