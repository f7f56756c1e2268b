import { z } from 'zod';
import { normalizeRecordNumber } from '../domain/numbering';
import { PIN_PATTERN, STAFF_NO_PATTERN } from '../domain/staff';

/**
 * Field rules shared by every form and message. Messages are i18n keys (see
 * renderer/i18n), so a failed field shows in the clerk's language.
 */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'error.required' })
    .max(max, { message: 'error.tooLong' });

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'error.tooLong' })
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

/** Full-width digits, dot and comma (a Chinese input method) as the ASCII ones; spaces dropped. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0C]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/** A whole number typed by a clerk: decimal digits only (full-width converted), within bounds; anything else is `message`. */
export const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .transform(halfWidthDigits)
    .pipe(z.string().regex(/^\d{1,9}$/, { message }))
    .transform(Number)
    .pipe(z.number().min(min, { message }).max(max, { message }));

/** A count typed by a clerk: a positive whole number, sensibly bounded. */
export const itemCount = z.coerce
  .number({ message: 'error.count' })
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= 99, { message: 'error.count' });

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

export const pin = z.string().regex(PIN_PATTERN, { message: 'error.pin' });

/** The first message of a failed parse, per field, for showing at the field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
