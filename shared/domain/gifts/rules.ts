import { giftForCampaign, type ReceiptState } from '../sales/receipt';
import type { Fen } from '../money';
import { daysSincePurchase, isCalendarDate } from '../returns/days';
import { periodDays, storeDayStart } from './period';
import type { Campaign, CampaignGift, GiftStock, SpendTier } from './types';

/** Where a campaign stands at an instant (store clock). */
export type CampaignStatus = 'upcoming' | 'running' | 'ended' | 'closed';

export function campaignStatus(c: Pick<Campaign, 'start' | 'end' | 'closed'>, now: number): CampaignStatus {
  if (c.closed) return 'closed';
  if (now < c.start) return 'upcoming';
  if (now > c.end) return 'ended';
  return 'running';
}

/** Tiers from the lowest threshold up. */
export function sortedTiers(c: Pick<Campaign, 'tiers'>): SpendTier[] {
  return [...c.tiers].sort((a, b) => a.minSpendFen - b.minSpendFen);
}

/** The highest tier one receipt's amount reaches, if any. */
export function reachedTier(c: Pick<Campaign, 'tiers'>, amountFen: Fen): SpendTier | undefined {
  return sortedTiers(c).filter((t) => amountFen >= t.minSpendFen).pop();
}

/** The next tier up: what the customer would get by spending more. */
export function nextTier(c: Pick<Campaign, 'tiers'>, amountFen: Fen): SpendTier | undefined {
  return sortedTiers(c).find((t) => amountFen < t.minSpendFen);
}

/** The gifts the clerk may pick for an amount: those of the highest tier reached. */
export function giftsForAmount(c: Pick<Campaign, 'tiers' | 'gifts'>, amountFen: Fen): CampaignGift[] {
  const tier = reachedTier(c, amountFen);
  if (!tier) return [];
  return c.gifts.filter((g) => tier.giftIds.includes(g.giftId));
}

export function giftOf(c: Pick<Campaign, 'gifts'>, giftId: string): CampaignGift | undefined {
  return c.gifts.find((g) => g.giftId === giftId);
}

/** A refusal: an i18n error code, the field it belongs to, and what fills its message. */
export interface GiftRefusal {
  readonly ok: false;
  readonly code: string;
  readonly field?: string | undefined;
  readonly params: Readonly<Record<string, string | number>>;
}

export type GiftCheck = { readonly ok: true } | GiftRefusal;

const OK: GiftCheck = { ok: true };

function refuse(code: string, field: string | undefined, params: Readonly<Record<string, string | number>> = {}): GiftRefusal {
  return { ok: false, code, field, params };
}

/** Is the campaign handing out gifts at `now`? */
export function checkCampaignRunning(c: Campaign, now: number): GiftCheck {
  switch (campaignStatus(c, now)) {
    case 'closed':
      return refuse('error.campaignClosed', 'campaignId', { name: c.name });
    case 'upcoming':
      return refuse('error.campaignNotStarted', 'campaignId', { name: c.name, start: c.start });
    case 'ended':
      return refuse('error.campaignEnded', 'campaignId', { name: c.name, end: c.end });
    case 'running':
      return OK;
  }
}

/**
 * Has this receipt already earned the campaign's gift? A receipt earns it
 * once (across counters); the refusal names the handout, who and when.
 */
export function checkReceiptUnused(receipt: ReceiptState | undefined, campaignId: string): GiftCheck {
  const used = giftForCampaign(receipt, campaignId);
  if (!used) return OK;
  return refuse('error.receiptGiftUsed', 'receiptNo', { number: used.handoutNumber, by: used.by, at: used.at, counter: used.counter });
}

/**
 * Does the receipt earn the campaign's gift by its date? It must have been
 * bought within the campaign's period (whole store days), and not after
 * today. The time of the handout is recorded but is not the purchase.
 */
export function checkPurchaseDate(c: Campaign, purchaseDate: string, now: number, timeZone: string): GiftCheck {
  const dayStart = isCalendarDate(purchaseDate) ? storeDayStart(purchaseDate, timeZone) : undefined;
  if (dayStart === undefined) return refuse('error.date', 'purchaseDate');
  if (daysSincePurchase(purchaseDate, now, timeZone) < 0) return refuse('error.futureDate', 'purchaseDate');
  if (dayStart < c.start || dayStart > c.end) {
    const { startDay, endDay } = periodDays(c, timeZone);
    return refuse('error.purchaseOutsideCampaign', 'purchaseDate', { name: c.name, date: purchaseDate, startDay, endDay });
  }
  return OK;
}

export interface HandoutFacts {
  readonly campaign: Campaign;
  readonly now: number;
  /** The store's time zone: the purchase date is a store day. */
  readonly timeZone: string;
  /** yyyy-MM-dd, as printed on the receipt. */
  readonly purchaseDate: string;
  readonly amountFen: Fen;
  readonly giftId: string;
  readonly quantity: number;
  readonly phone?: string | undefined;
  /** The receipt aggregate (undefined: never seen at the desk). */
  readonly receipt: ReceiptState | undefined;
  /** Handouts (not reversed) this phone already had in this campaign. */
  readonly customerHandouts: number;
  /** The gift's stock (undefined: none received yet). */
  readonly stock: GiftStock | undefined;
}

/**
 * Every rule of a gift handout, in the order a clerk would explain a
 * refusal: the campaign runs, the receipt was bought within its period,
 * the amount reaches a tier, the gift belongs to that tier, the receipt is
 * unused, the customer is within the limit, and the gift is in stock. Pure: the command runs it inside the write
 * transaction with facts read there, so two clicks cannot both pass.
 */
export function checkHandout(f: HandoutFacts): GiftCheck {
  const { campaign: c } = f;
  const running = checkCampaignRunning(c, f.now);
  if (!running.ok) return running;
  const bought = checkPurchaseDate(c, f.purchaseDate, f.now, f.timeZone);
  if (!bought.ok) return bought;
  const tier = reachedTier(c, f.amountFen);
  if (!tier) {
    const lowest = sortedTiers(c)[0];
    return refuse('error.tierNotReached', 'amount', {
      amount: f.amountFen,
      threshold: lowest?.minSpendFen ?? 0,
      missing: (lowest?.minSpendFen ?? 0) - f.amountFen,
    });
  }
  if (!f.giftId) return refuse('error.pickGift', 'giftId');
  const gift = giftOf(c, f.giftId);
  if (!gift || !tier.giftIds.includes(f.giftId)) return refuse('error.giftNotInTier', 'giftId', { threshold: tier.minSpendFen });
  if (!Number.isInteger(f.quantity) || f.quantity < 1 || f.quantity > c.perReceiptLimit) {
    return refuse('error.perReceiptLimit', 'quantity', { limit: c.perReceiptLimit });
  }
  const receipt = checkReceiptUnused(f.receipt, c.id);
  if (!receipt.ok) return receipt;
  if (c.perCustomerLimit !== undefined) {
    if (!f.phone) return refuse('error.phoneNeededForLimit', 'phone', { limit: c.perCustomerLimit });
    if (f.customerHandouts >= c.perCustomerLimit) return refuse('error.customerLimit', 'phone', { limit: c.perCustomerLimit, count: f.customerHandouts });
  }
  const remaining = f.stock?.remaining ?? 0;
  if (remaining < f.quantity) return refuse('error.giftOutOfStock', 'giftId', { gift: gift.name, remaining });
  return OK;
}

/**
 * An adjustment (count after a stock-take, damaged, found): never zero,
 * never below what is on the shelf.
 */
export function checkAdjustment(stock: GiftStock | undefined, quantity: number): GiftCheck {
  if (!Number.isInteger(quantity) || quantity === 0) return refuse('error.adjustZero', 'quantity');
  const remaining = stock?.remaining ?? 0;
  if (remaining + quantity < 0) return refuse('error.adjustBelowZero', 'quantity', { remaining });
  return OK;
}

/** Taking gifts off the books (lost, damaged) needs a supervisor; adding found ones does not. */
export function adjustmentNeedsApproval(quantity: number): boolean {
  return quantity < 0;
}
