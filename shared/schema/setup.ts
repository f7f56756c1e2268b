import { z } from 'zod';
import { COUNTER_CODE_PATTERN, STORE_CODE_PATTERN } from '../domain/numbering';
import { ROLES } from '../domain/staff';
import { pin, requiredText, staffNo } from './common';

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
    pinAgain: z.string(),
  })
  .refine((v) => v.pin === v.pinAgain, { path: ['pinAgain'], message: 'error.pinMismatch' });
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
    role: z.enum(ROLES),
    pin,
    pinAgain: z.string(),
  })
  .refine((v) => v.pin === v.pinAgain, { path: ['pinAgain'], message: 'error.pinMismatch' });

export const signInInput = z.object({ staffNo, pin });

export const deskSettingsInput = z.object({
  idleLockMinutes: z.coerce.number().int().min(1, { message: 'error.range' }).max(120, { message: 'error.range' }),
  closingTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'error.time' }),
  overdueDays: z.coerce.number().int().min(1, { message: 'error.range' }).max(365, { message: 'error.range' }),
  lostFoundKeepDays: z.coerce.number().int().min(1, { message: 'error.range' }).max(3650, { message: 'error.range' }),
});
export type DeskSettingsInput = z.infer<typeof deskSettingsInput>;
