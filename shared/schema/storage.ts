import { z } from 'zod';
import { LOCKER_SIZES, LOCKER_STATES } from '../domain/storage/lockers';
import { DISPOSAL_METHODS } from '../domain/storage/lostFound';
import { itemCount, optionalPhone, optionalText, phone, photo, recordNumber, requiredText } from './common';

/** Bulky-item deposit form. */
export const depositInput = z.object({
  description: requiredText(200),
  count: itemCount,
  customerName: optionalText(40),
  phone: optionalPhone,
  photo,
  slot: requiredText(20),
});
export type DepositInput = z.infer<typeof depositInput>;

export const identityCheck = z.object({
  contents: requiredText(200),
  phone,
  note: requiredText(200),
});

/** Retrieval: a ticket number scanned or typed. */
export const releaseByTicketInput = z.object({ number: recordNumber });

/** Lost ticket: the item found by search, an identity check; a supervisor approves separately. */
export const lostTicketReleaseInput = z.object({ itemId: z.string().min(1), identity: identityCheck });

export const moveToLostFoundInput = z.object({ itemId: z.string().min(1), reason: requiredText(200) });

export const lostItemRegisterInput = z.object({
  description: requiredText(200),
  place: requiredText(100),
  foundAt: z.number().int().positive(),
  finder: requiredText(40),
  photo,
});
export type LostItemRegisterInput = z.infer<typeof lostItemRegisterInput>;

export const lostItemClaimInput = z.object({
  itemId: z.string().min(1),
  claimantName: requiredText(40),
  phone,
  identityNote: requiredText(200),
});

export const lostItemDisposeInput = z.object({
  itemId: z.string().min(1),
  method: z.enum(DISPOSAL_METHODS as [string, ...string[]], { message: 'error.required' }),
  reason: requiredText(200),
});

export const lockerBankInput = z.object({
  bank: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,4}$/, { message: 'error.bank' }),
  doors: z.coerce.number().int().min(1, { message: 'error.count' }).max(200, { message: 'error.count' }),
  size: z.enum(LOCKER_SIZES),
});

export const lockerStateInput = z.object({
  doorId: z.string().min(1),
  state: z.enum(LOCKER_STATES),
  note: optionalText(200),
});

export const assistedOpeningInput = z.object({
  doorId: z.string().min(1),
  reason: requiredText(200),
  identity: identityCheck,
});

export const clearOvernightInput = z.object({
  doorId: z.string().min(1),
  description: requiredText(200),
  count: itemCount,
  photo,
  slot: requiredText(20),
});

export const storageSearchInput = z.object({
  text: z.string().max(100).default(''),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
});
