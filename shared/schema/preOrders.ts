import { z } from 'zod';
import { parseYuan, type Fen } from '../domain/money';
import { DEPOSIT_OUTCOMES, PRE_ORDER_KINDS } from '../domain/preOrders/types';
import { choice, halfWidthDigits, optionalText, phone, requiredText, wholeNumber } from './common';

/**
 * 电话预约订货 / 团体购物: what the desk types to take an order and to move
 * it on. Fields arrive as typed text (money in yuan, leaving as fen); the
 * pickup time arrives as UTC ms (the form reads the store's wall time).
 */

/** An amount in yuan as typed (full-width converted); empty is none. */
const optionalYuan = z.string().transform((text, ctx): Fen | undefined => {
  const clean = halfWidthDigits(text);
  if (!clean) return undefined;
  const fen = parseYuan(clean);
  if (fen === undefined) {
    ctx.addIssue({ code: 'custom', message: 'error.amount' });
    return z.NEVER;
  }
  return fen;
});

/** A phone as typed: full-width digits from a Chinese input method count as the same digits. */
const typedPhone = z.string().transform(halfWidthDigits).pipe(phone);

export const preOrderItemInput = z.object({
  name: requiredText(40),
  quantity: wholeNumber(1, 9999, 'error.preOrderQuantity'),
  unitPrice: optionalYuan,
});

const kindAndOrganisation = z.object({ kind: choice(PRE_ORDER_KINDS), organisation: optionalText(60) });

export const preOrderTakeInput = z
  .object({
    kind: choice(PRE_ORDER_KINDS),
    organisation: optionalText(60),
    customerName: requiredText(20),
    phone: typedPhone,
    items: z.array(preOrderItemInput).min(1, { message: 'error.preOrderNoItems' }).max(30, { message: 'error.tooLong' }),
    department: requiredText(20),
    pickupAt: z.number({ message: 'error.dateTime' }).int().positive({ message: 'error.dateTime' }),
    deposit: optionalYuan.transform((fen) => fen ?? 0),
    note: optionalText(200),
  })
  // A group purchase is known by the organisation that buys.
  .refine((v) => v.kind !== 'group' || v.organisation !== undefined, {
    path: ['organisation'],
    message: 'error.required',
    // Judged even when other fields are wrong, so the clerk sees this message with the others at once.
    when: (payload) => kindAndOrganisation.safeParse(payload.value).success,
  });
export type PreOrderTakeInput = z.infer<typeof preOrderTakeInput>;

export const preOrderConfirmInput = z.object({
  confirmedBy: requiredText(20),
  note: optionalText(200),
});

export const preOrderReadyInput = z.object({
  note: optionalText(200),
});

export const preOrderPickUpInput = z.object({
  balancePaid: optionalYuan.transform((fen) => fen ?? 0),
  note: optionalText(200),
});

/** A cancellation says why; with a deposit taken, also whether it went back to the customer. */
export const preOrderCancelInput = z.object({
  reason: requiredText(100),
  deposit: z.preprocess((v) => (v === '' ? undefined : v), z.enum(DEPOSIT_OUTCOMES, { message: 'error.required' }).optional()),
});
export type PreOrderCancelInput = z.infer<typeof preOrderCancelInput>;
