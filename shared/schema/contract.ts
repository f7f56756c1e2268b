import { z } from 'zod';
import { isIsoDate } from '../domain/calendar/days';
import { termRefusal } from '../domain/service/contract';
import { SERVICE_AREAS, SKILLS } from '../domain/service/types';
import { choice, optionalText, phone, requiredText, wholeNumber } from './common';
import { fee } from './service';

/**
 * 维修保养合同: what the clerk types to sign one and to renew it. Fields
 * arrive as typed text; dates as yyyy-MM-dd (the date input's value); the fee
 * in yuan leaves as integer fen.
 */

export const MAX_CONTRACT_PRODUCTS = 10;

const date = z
  .string()
  .trim()
  .min(1, { message: 'error.required' })
  .refine(isIsoDate, { message: 'error.date' });

const visits = wholeNumber(0, 99, 'error.contractVisits');

export const contractProductInput = z.object({
  kind: choice(SKILLS),
  name: requiredText(40),
  model: optionalText(40).transform((v) => v ?? ''),
  serial: optionalText(40).transform((v) => v ?? ''),
});

export const contractInput = z
  .object({
    customerName: requiredText(20),
    phone,
    address: requiredText(80),
    area: choice(SERVICE_AREAS),
    products: z.array(contractProductInput).min(1, { message: 'error.contractNoProducts' }).max(MAX_CONTRACT_PRODUCTS, { message: 'error.contractTooManyProducts' }),
    start: date,
    end: date,
    visits,
    fee,
  })
  .superRefine((v, ctx) => {
    // zod runs this even when a date failed above: that date already has its message.
    if (!isIsoDate(v.start) || !isIsoDate(v.end)) return;
    const refusal = termRefusal(v.start, v.end);
    if (refusal) ctx.addIssue({ code: 'custom', path: ['end'], message: refusal === 'termTooLong' ? 'error.contractTermTooLong' : 'error.contractEndNotAfterStart' });
  });
export type ContractInput = z.infer<typeof contractInput>;

/** A renewal: the new end (checked against the contract's end when it is written), the visits and fee of the new term. */
export const renewalInput = z.object({ end: date, visits, fee });
export type RenewalInput = z.infer<typeof renewalInput>;
