import { z } from 'zod';
import { COUNTER_CODE_PATTERN, STORE_CODE_PATTERN } from '../domain/numbering';
import { pinLongEnoughFor } from '../domain/pinPolicy';
import type { Role } from '../domain/staff';
import { halfWidthDigits, pin, requiredText, staffNo, wholeNumber } from './common';
import { staffRole } from './staff';

/** The PIN typed a second time, compared as the PIN itself is kept (half-width). */
const pinAgain = z.string().transform(halfWidthDigits);
const samePin = (v: { pin: string; pinAgain: string }) => v.pin === v.pinAgain;
const pinMismatch = () => ({ path: ['pinAgain'], message: 'error.pinMismatch' });
/** Supervisors' and store managers' PINs are longer (pinPolicy). */
const pinTooShort = () => ({ path: ['pin'], message: 'error.pinShortForRole' });

const code = (pattern: RegExp, message: string) =>
  z.string().trim().toUpperCase().regex(pattern, { message });

/** First start: the store, this counter, and the first supervisor. */
export const firstRunInput = z
  .object({
    storeName: requiredText(40),
    storeCode: code(STORE_CODE_PATTERN, 'error.storeCode'),
    counterCode: code(COUNTER_CODE_PATTERN, 'error.counterCode'),
    supervisorNo: staffNo,
    supervisorName: requiredText(20),
    pin,
    pinAgain,
  })
  .refine(samePin, pinMismatch())
  .refine((v) => pinLongEnoughFor('supervisor', v.pin), pinTooShort());
export type FirstRunInput = z.infer<typeof firstRunInput>;

/** Another counter of a store that already syncs: which counter this PC is, and the code from the server's administrator. */
export const joinStoreInput = z.object({
  storeCode: code(STORE_CODE_PATTERN, 'error.storeCode'),
  counterCode: code(COUNTER_CODE_PATTERN, 'error.counterCode'),
  code: z.string().trim().min(1, { message: 'error.required' }),
});

export const staffCreateInput = z
  .object({
    staffNo,
    name: requiredText(20),
    role: staffRole,
    pin,
    pinAgain,
  })
  .refine(samePin, pinMismatch())
  .refine((v) => pinLongEnoughFor(v.role, v.pin), pinTooShort());

/** A new PIN for a staff member of `role`, typed twice. */
export const newPinInput = (role: Role) =>
  z
    .object({ pin, pinAgain })
    .refine(samePin, pinMismatch())
    .refine((v) => pinLongEnoughFor(role, v.pin), pinTooShort());

export const signInInput = z.object({ staffNo, pin });

/**
 * The service desk's phone, printed where a customer is asked to call (the
 * complaint slip). Kept as typed (010-6478 1234, 400-820-8888 转 2); empty: none.
 */
const deskPhone = z
  .string()
  .trim()
  .max(24, { message: 'error.deskPhone' })
  .refine((v) => v === '' || (/^\+?[\d (),-]+(转 ?\d{1,6})?$/.test(v) && (v.match(/\d/g) ?? []).length >= 7), { message: 'error.deskPhone' })
  .transform((v) => (v ? v : undefined));

export const deskSettingsInput = z.object({
  idleLockMinutes: wholeNumber(1, 120, 'error.idleLockMinutes'),
  closingTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'error.time' }),
  overdueDays: wholeNumber(1, 365, 'error.overdueDays'),
  lostFoundKeepDays: wholeNumber(1, 3650, 'error.lostFoundKeepDays'),
  deskPhone,
});
export type DeskSettingsInput = z.infer<typeof deskSettingsInput>;
