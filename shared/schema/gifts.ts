import { z } from 'zod';
import { parseYuan } from '../domain/money';
import { normalizeRecordNumber } from '../domain/numbering';
import { isCalendarDate } from '../domain/returns/days';
import { RECEIPT_NO_PATTERN } from '../domain/sales/receipt';
import { allCharactersShow, halfWidthDigits, optionalPhone, optionalText, recordId, requiredText, wholeNumber } from './common';

/**
 * Input of the gift screens. Money is typed in yuan and leaves here as
 * integer fen; each refusal is an i18n key shown at its field.
 */

/** An amount in yuan as typed: > 0, at most two decimals; gives fen. */
export const yuanAmount = z.string().transform((text, ctx) => {
  const t = halfWidthDigits(text).replace(/^[¥￥]/, '');
  if (!t) {
    ctx.addIssue({ code: 'custom', message: 'error.required' });
    return z.NEVER;
  }
  if (/^-/.test(t)) {
    ctx.addIssue({ code: 'custom', message: 'error.giftAmountPositive' });
    return z.NEVER;
  }
  if (/^[\d,]+\.\d{3,}$/.test(t)) {
    ctx.addIssue({ code: 'custom', message: 'error.giftAmountDecimals' });
    return z.NEVER;
  }
  const fen = parseYuan(t);
  if (fen === undefined) {
    ctx.addIssue({ code: 'custom', message: 'error.giftAmountFormat' });
    return z.NEVER;
  }
  if (fen <= 0) {
    ctx.addIssue({ code: 'custom', message: 'error.giftAmountPositive' });
    return z.NEVER;
  }
  return fen;
});

/** A purchase receipt number as scanned or typed, cleaned like a record number. */
export const receiptNo = z
  .string()
  .transform(normalizeRecordNumber)
  .pipe(z.string().min(1, { message: 'error.required' }).regex(RECEIPT_NO_PATTERN, { message: 'error.giftReceiptFormat' }));

const storeDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'error.campaignDate' });

export const campaignGiftInput = z.object({
  /** Made by the form (G1, G2 …): tiers refer to gifts by it. */
  giftId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'error.unknownGift' }),
  name: requiredText(40),
  value: yuanAmount,
});

export const spendTierInput = z.object({
  minSpend: yuanAmount,
  giftIds: z.array(z.string()),
});

/** A new campaign: name, whole store days, gifts, spend tiers on one receipt and limits. */
export const campaignInput = z
  .object({
    name: requiredText(60),
    startDay: storeDay,
    endDay: storeDay,
    gifts: z.array(campaignGiftInput).min(1, { message: 'error.campaignNoGifts' }),
    tiers: z.array(spendTierInput).min(1, { message: 'error.campaignNoTiers' }),
    perReceiptLimit: wholeNumber(1, 9, 'error.perReceiptLimitRange'),
    /** Empty is no limit per customer. */
    perCustomerLimit: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), wholeNumber(1, 99, 'error.perCustomerLimitRange').optional()),
  })
  .superRefine((c, ctx) => {
    if (c.endDay < c.startDay) ctx.addIssue({ code: 'custom', path: ['endDay'], message: 'error.campaignEndBeforeStart' });
    const names = new Set<string>();
    c.gifts.forEach((g, i) => {
      if (names.has(g.name)) ctx.addIssue({ code: 'custom', path: ['gifts', i, 'name'], message: 'error.giftDuplicate' });
      names.add(g.name);
    });
    const known = new Set(c.gifts.map((g) => g.giftId));
    const thresholds = new Set<number>();
    c.tiers.forEach((t, i) => {
      if (thresholds.has(t.minSpend)) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'minSpend'], message: 'error.tierDuplicate' });
      thresholds.add(t.minSpend);
      if (t.giftIds.length === 0) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'giftIds'], message: 'error.tierNoGifts' });
      else if (t.giftIds.some((id) => !known.has(id))) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'giftIds'], message: 'error.tierUnknownGift' });
    });
  });
export type CampaignInput = z.input<typeof campaignInput>;

export const closeCampaignInput = z.object({ campaignId: recordId, reason: requiredText(200) });

/** Gifts delivered for a campaign. */
export const stockReceiptInput = z.object({
  campaignId: recordId,
  giftId: z.string().min(1, { message: 'error.required' }),
  quantity: wholeNumber(1, 99_999, 'error.stockQuantity'),
  note: optionalText(200),
});

/** A correction of the count: + found, − lost or damaged (a supervisor approves). */
export const stockAdjustmentInput = z.object({
  campaignId: recordId,
  giftId: z.string().min(1, { message: 'error.required' }),
  quantity: wholeNumber(-99_999, 99_999, 'error.adjustQuantity'),
  reason: requiredText(200),
});

/** One gift handout: the receipt, its amount, the customer's phone if any, the gift picked. */
export const handoutInput = z.object({
  campaignId: z.string().min(1, { message: 'error.pickCampaign' }),
  receiptNo,
  /** The date printed on the receipt: the campaign's rule is about when it was bought. */
  purchaseDate: z.string().trim().min(1, { message: 'error.required' }).refine(isCalendarDate, { message: 'error.date' }),
  amount: yuanAmount,
  phone: optionalPhone,
  /** May be empty here: the rules say first whether the amount reaches a tier at all, then ask for the pick. */
  giftId: z.string(),
  quantity: wholeNumber(1, 9, 'error.giftQuantity'),
});
export type HandoutInput = z.input<typeof handoutInput>;

/** Scanning a receipt before the amount: its format only. */
export const receiptScanInput = z.object({ receiptNo });

export const handoutReversalInput = z.object({ handoutId: recordId, reason: requiredText(200) });

export const drawTierInput = z.object({
  name: requiredText(20),
  prize: requiredText(60),
  quantity: wholeNumber(1, 999, 'error.prizeQuantity'),
});

/** A draw: tiers, the participant list as pasted, the seed shown before drawing. */
export const drawInput = z
  .object({
    name: requiredText(60),
    campaignId: optionalText(60),
    tiers: z.array(drawTierInput).min(1, { message: 'error.drawNoTiers' }),
    participants: z
      .string()
      .max(2_000_000, { message: 'error.tooLong' })
      // A list pasted from a file may start with a byte-order mark: trimmed, not refused.
      .refine((v) => allCharactersShow(v.trim(), 'multiLine'), { message: 'error.invisibleCharacters' }),
    seed: z
      .string()
      .trim()
      .min(8, { message: 'error.drawSeed' })
      .max(128, { message: 'error.drawSeed' })
      .refine((v) => allCharactersShow(v), { message: 'error.invisibleCharacters' }),
  })
  .superRefine((d, ctx) => {
    const names = new Set<string>();
    d.tiers.forEach((t, i) => {
      if (names.has(t.name)) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'name'], message: 'error.drawTierDuplicate' });
      names.add(t.name);
    });
    if (!d.participants.trim()) ctx.addIssue({ code: 'custom', path: ['participants'], message: 'error.drawNoParticipants' });
  });
export type DrawInput = z.input<typeof drawInput>;

export const prizeHandoutInput = z.object({ drawId: recordId, participant: z.string().min(1, { message: 'error.required' }) });
