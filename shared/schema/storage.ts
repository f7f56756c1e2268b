import { z } from 'zod';
import { LOCKER_SIZES, LOCKER_STATES } from '../domain/storage/lockers';
import { DISPOSAL_METHODS } from '../domain/storage/lostFound';
import { itemCount, optionalPhone, optionalText, phone, photo, recordId, recordNumber, requiredText, wholeNumber } from './common';

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
export const lostTicketReleaseInput = z.object({ itemId: recordId, identity: identityCheck });

export const moveToLostFoundInput = z.object({ itemId: recordId, reason: requiredText(200) });

export const lostItemRegisterInput = z.object({
  description: requiredText(200),
  place: requiredText(100),
  foundAt: z.number().int().positive(),
  finder: requiredText(40),
  photo,
});
export type LostItemRegisterInput = z.infer<typeof lostItemRegisterInput>;

export const lostItemClaimInput = z.object({
  itemId: recordId,
  claimantName: requiredText(40),
  phone,
  identityNote: requiredText(200),
});

export const lostItemDisposeInput = z.object({
  itemId: recordId,
  method: z.enum(DISPOSAL_METHODS as [string, ...string[]], { message: 'error.required' }),
  reason: requiredText(200),
});

export const lockerBankInput = z.object({
  bank: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,4}$/, { message: 'error.bank' }),
  doors: wholeNumber(1, 200, 'error.doorCount'),
  size: z.enum(LOCKER_SIZES, { message: 'error.required' }),
});

export const lockerStateInput = z.object({
  doorId: recordId,
  state: z.enum(LOCKER_STATES, { message: 'error.required' }),
  note: optionalText(200),
});

export const assistedOpeningInput = z.object({
  doorId: recordId,
  reason: requiredText(200),
  identity: identityCheck,
});

export const clearOvernightInput = z.object({
  doorId: recordId,
  description: requiredText(200),
  count: itemCount,
  photo,
  slot: requiredText(20),
});

export const storageSearchInput = z.object({
  text: z.string().max(100, { message: 'error.tooLong' }).default(''),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
});
