import { z } from 'zod';
import type { CustomerQuery } from '../domain/customers/match';
import { halfWidthDigits } from '../domain/typedDigits';
import { optionalText, phone } from './common';

/**
 * 顾客记录 lookup: the phone field takes the whole number (the desk's phone
 * rule) or its last four digits, typed or full-width, spaces and dashes
 * dropped; with four digits the customer's name is asked as well, since
 * four digits alone could be anyone's.
 */
export const customerSearchInput = z
  .object({
    phone: z.string({ message: 'error.required' }),
    name: optionalText(40),
  })
  .transform((v, ctx): CustomerQuery => {
    const typed = halfWidthDigits(v.phone).replace(/-/g, '');
    if (typed === '') {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'error.required' });
      return z.NEVER;
    }
    if (/^\d{4}$/.test(typed)) {
      if (v.name) return { by: 'tailAndName', tail: typed, name: v.name };
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'error.customerNameWithTail' });
      return z.NEVER;
    }
    const whole = phone.safeParse(typed);
    if (whole.success) return { by: 'phone', phone: whole.data };
    ctx.addIssue({ code: 'custom', path: ['phone'], message: 'error.customerPhoneOrTail' });
    return z.NEVER;
  });
export type CustomerSearchInput = z.input<typeof customerSearchInput>;
