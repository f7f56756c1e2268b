import { z } from 'zod';
import { normalizeRecordNumber } from '../domain/numbering';
import { halfWidthDigits } from '../domain/typedDigits';
import { PIN_PATTERN, STAFF_NO_PATTERN } from '../domain/staff';

export { halfWidthDigits };

/**
 * Field rules shared by every form and message. Messages are i18n keys (see
 * renderer/i18n), so a failed field shows in the clerk's language.
 */

/**
 * Characters nobody sees on the screen or the slip, yet they are kept and
 * printed: controls (NUL, ESC …), format characters (zero-width space and
 * joiners, word joiner, byte-order mark, bidi overrides such as U+202E) and
 * lone surrogates. Refused rather than stripped, so what is kept is what the
 * clerk saw. A multi-line field (a textarea) takes tab and line breaks.
 */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Cs}]/u;
const UNSEEN_BESIDES_LINES = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}]/u;

/** An <input> holds one line; a <textarea> several. */
export type TextLines = 'singleLine' | 'multiLine';

/** For text a schema reads in its own way (a pasted list) too: true when every character shows. */
export const allCharactersShow = (text: string, lines: TextLines = 'singleLine') => !(lines === 'multiLine' ? UNSEEN_BESIDES_LINES : UNSEEN).test(text);

const typedText = (min: number, max: number, lines: TextLines) =>
  z
    .string({ message: 'error.required' })
    .trim()
    .min(min, { message: 'error.required' })
    .max(max, { message: 'error.tooLong' })
    .refine((v) => allCharactersShow(v, lines), { message: 'error.invisibleCharacters' });

export const requiredText = (max: number, lines: TextLines = 'singleLine') => typedText(1, max, lines);

export const optionalText = (max: number, lines: TextLines = 'singleLine') =>
  typedText(0, max, lines)
    .optional()
    .transform((v) => (v ? v : undefined));

/** Mainland mobile (11 digits) or a landline with area code; spaces and dashes allowed. */
export const phone = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^(1\d{10}|0\d{9,11}|\d{7,8})$/, { message: 'error.phone' }));

export const optionalPhone = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.replace(/[\s-]/g, '') : undefined))
  .pipe(z.string().regex(/^(1\d{10}|0\d{9,11}|\d{7,8})$/, { message: 'error.phone' }).optional());

/** A choice from a <select>: '' (nothing picked) is "required". */
export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values, { message: 'error.required' }));

/**
 * A whole number typed by a clerk: decimal digits only (full-width
 * converted, spaces dropped), a minus sign only where the bounds allow one,
 * within bounds; anything else ("0x3", "1e3", "3.0", "1,000", too big) is
 * `message`, the field's own text. A number a screen passes as a number is
 * judged by the same bounds.
 */
export const wholeNumber = (min: number, max: number, message: string) => {
  const digits = min < 0 ? /^[-+]?\d+$/ : /^\d+$/;
  return z.union([z.string(), z.number()], { message }).transform((typed, ctx): number => {
    const text = typeof typed === 'string' ? halfWidthDigits(typed) : '';
    const n = typeof typed === 'number' ? typed : digits.test(text) ? Number(text) : Number.NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
};

/** A count typed by a clerk: a positive whole number, sensibly bounded. */
export const itemCount = wholeNumber(1, 99, 'error.count');

/** The id of a record the screen picked (never typed): missing is "not found". */
export const recordId = z.string({ message: 'error.unknownRecord' }).min(1, { message: 'error.unknownRecord' });

export const recordNumber = z
  .string()
  .transform(normalizeRecordNumber)
  .pipe(z.string().min(1, { message: 'error.required' }));

/** A photo is a small JPEG/PNG data URL (resized on the counter before saving). */
export const PHOTO_MAX_CHARS = 400_000;
export const photo = z
  .string()
  .max(PHOTO_MAX_CHARS, { message: 'error.photoTooLarge' })
  .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, { message: 'error.photoType' })
  .optional();

export const staffNo = z.string().trim().regex(STAFF_NO_PATTERN, { message: 'error.staffNo' });

/** A PIN as typed: full-width digits (a Chinese input method) count as the same digits. */
export const pin = z.string().transform(halfWidthDigits).pipe(z.string().regex(PIN_PATTERN, { message: 'error.pin' }));

/** The first message of a failed parse, per field, for showing at the field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
