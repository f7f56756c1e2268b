import { describe, expect, it } from 'vitest';
import { applyReceiptEntry, type ReceiptEntry, type ReceiptState } from '../../shared/domain/sales/receipt';
import { campaignPeriod, periodDays, storeDayStart } from '../../shared/domain/gifts/period';
import {
  adjustmentNeedsApproval,
  campaignStatus,
  checkAdjustment,
  checkHandout,
  giftsForAmount,
  nextTier,
  reachedTier,
  type HandoutFacts,
} from '../../shared/domain/gifts/rules';
import type { GiftStock } from '../../shared/domain/gifts/types';
import { campaign, DAY, T0 } from './giftsFixtures';

const stock = (remaining: number): GiftStock => ({
  id: 'c1:G1',
  campaignId: 'c1',
  giftId: 'G1',
  received: remaining,
  issued: 0,
  returned: 0,
  adjusted: 0,
  remaining,
  conflicts: [],
  pendingEntries: 0,
});

function facts(over: Partial<HandoutFacts> = {}): HandoutFacts {
  return { campaign: campaign(), now: T0, timeZone: 'Asia/Shanghai', purchaseDate: '2026-11-25', amountFen: 25000, giftId: 'G1', quantity: 1, phone: '13812345678', receipt: undefined, customerHandouts: 0, stock: stock(10), ...over };
}

function receiptWithGift(campaignId: string): ReceiptState {
  const e: ReceiptEntry = {
    id: 'e1',
    recordType: 'receipt',
    recordId: 'receipt:R26112500001',
    type: 'giftIssued',
    schemaVersion: 1,
    store: 'S01',
    counter: 'C2',
    seq: 1,
    hlc: '1',
    at: T0 - 3_600_000,
    by: '1001',
    data: { handoutId: 'h1', handoutNumber: 'ZP-S01-C2-261125-0001', campaignId, giftId: 'G1', quantity: 1 },
  };
  return applyReceiptEntry(undefined, e);
}

describe('campaign period (store days, Asia/Shanghai)', () => {
  it('runs from 00:00 of the first day to 23:59:59.999 of the last day in Shanghai', () => {
    const p = campaignPeriod('2026-11-20', '2026-11-30')!;
    expect(p.start).toBe(Date.UTC(2026, 10, 19, 16, 0));
    expect(p.end).toBe(Date.UTC(2026, 10, 30, 15, 59, 59, 999));
    expect(periodDays(p)).toEqual({ startDay: '2026-11-20', endDay: '2026-11-30' });
  });

  it('a one-day campaign is the whole day; an impossible date is refused', () => {
    const p = campaignPeriod('2026-11-25', '2026-11-25')!;
    expect(p.end - p.start).toBe(DAY - 1);
    expect(storeDayStart('2026-02-30')).toBeUndefined();
    expect(storeDayStart('25.11.2026')).toBeUndefined();
  });

  it('status by the clock: upcoming, running to the last millisecond, ended, closed', () => {
    const c = campaign();
    expect(campaignStatus(c, c.start - 1)).toBe('upcoming');
    expect(campaignStatus(c, c.start)).toBe('running');
    expect(campaignStatus(c, c.end)).toBe('running');
    expect(campaignStatus(c, c.end + 1)).toBe('ended');
    expect(campaignStatus({ ...c, closed: true }, T0)).toBe('closed');
  });
});

describe('spend tiers on one receipt', () => {
  const c = campaign();
  it('the highest tier reached decides which gifts may be picked', () => {
    expect(reachedTier(c, 19899)).toBeUndefined();
    expect(reachedTier(c, 19900)?.minSpendFen).toBe(19900);
    expect(giftsForAmount(c, 19900).map((g) => g.name)).toEqual(['保温杯']);
    expect(giftsForAmount(c, 39900).map((g) => g.name)).toEqual(['保温杯', '电饭煲']);
    expect(giftsForAmount(c, 100)).toEqual([]);
  });

  it('tells the next tier up', () => {
    expect(nextTier(c, 25000)?.minSpendFen).toBe(39900);
    expect(nextTier(c, 50000)).toBeUndefined();
  });
});

describe('handout rules', () => {
  it('passes a running campaign, reached tier, unused receipt, customer within limit, stock left', () => {
    expect(checkHandout(facts())).toEqual({ ok: true });
  });

  it('refuses before the start and after the end (with the end time), and a closed campaign', () => {
    const c = campaign();
    expect(checkHandout(facts({ now: c.start - 1 }))).toMatchObject({ ok: false, code: 'error.campaignNotStarted', field: 'campaignId' });
    expect(checkHandout(facts({ now: c.end + 1 }))).toMatchObject({ ok: false, code: 'error.campaignEnded', params: { end: c.end } });
    expect(checkHandout(facts({ campaign: campaign({ closed: true }) }))).toMatchObject({ ok: false, code: 'error.campaignClosed' });
  });

  it('the receipt must be bought within the campaign period, whatever the time of the handout', () => {
    const c = campaign();
    // Bought the day before the first day, brought on a running day: refused with the period.
    expect(checkHandout(facts({ purchaseDate: '2026-11-19' }))).toEqual({
      ok: false,
      code: 'error.purchaseOutsideCampaign',
      field: 'purchaseDate',
      params: { name: '双十一满赠', date: '2026-11-19', startDay: '2026-11-20', endDay: '2026-11-30' },
    });
    // The first and the last day count, to the last second.
    expect(checkHandout(facts({ purchaseDate: '2026-11-20' }))).toEqual({ ok: true });
    expect(checkHandout(facts({ now: c.end, purchaseDate: '2026-11-30' }))).toEqual({ ok: true });
    expect(checkHandout(facts({ now: c.end, purchaseDate: '2026-12-01' }))).toMatchObject({ ok: false, code: 'error.futureDate', field: 'purchaseDate' });
    // Not after today, and a real date.
    expect(checkHandout(facts({ purchaseDate: '2026-11-26' }))).toMatchObject({ ok: false, code: 'error.futureDate', field: 'purchaseDate' });
    expect(checkHandout(facts({ purchaseDate: '2026-11-31' }))).toMatchObject({ ok: false, code: 'error.date', field: 'purchaseDate' });
  });

  it('a tier not reached says how much is missing', () => {
    expect(checkHandout(facts({ amountFen: 15000 }))).toEqual({
      ok: false,
      code: 'error.tierNotReached',
      field: 'amount',
      params: { amount: 15000, threshold: 19900, missing: 4900 },
    });
  });

  it('refuses a gift of a higher tier than the amount reaches', () => {
    expect(checkHandout(facts({ amountFen: 25000, giftId: 'G2' }))).toMatchObject({ ok: false, code: 'error.giftNotInTier', field: 'giftId' });
    expect(checkHandout(facts({ amountFen: 40000, giftId: 'G2', stock: { ...stock(3), giftId: 'G2' } }))).toEqual({ ok: true });
    expect(checkHandout(facts({ giftId: 'G9' }))).toMatchObject({ ok: false, code: 'error.giftNotInTier' });
    expect(checkHandout(facts({ giftId: '' }))).toMatchObject({ ok: false, code: 'error.pickGift', field: 'giftId' });
    // Below every tier, the missing amount is said before asking for a gift.
    expect(checkHandout(facts({ giftId: '', amountFen: 100 }))).toMatchObject({ code: 'error.tierNotReached' });
  });

  it('keeps to the per-receipt limit', () => {
    expect(checkHandout(facts({ quantity: 2 }))).toMatchObject({ ok: false, code: 'error.perReceiptLimit', params: { limit: 1 } });
    expect(checkHandout(facts({ quantity: 2, campaign: campaign({ perReceiptLimit: 2 }) }))).toEqual({ ok: true });
  });

  it('a receipt earns the campaign gift once: the refusal names the handout, who, when, where', () => {
    expect(checkHandout(facts({ receipt: receiptWithGift('c1') }))).toEqual({
      ok: false,
      code: 'error.receiptGiftUsed',
      field: 'receiptNo',
      params: { number: 'ZP-S01-C2-261125-0001', by: '1001', at: T0 - 3_600_000, counter: 'C2' },
    });
    // Another campaign's gift on the same receipt does not count.
    expect(checkHandout(facts({ receipt: receiptWithGift('other') }))).toEqual({ ok: true });
  });

  it('per-customer limit by phone: the phone is needed, and the limit holds', () => {
    expect(checkHandout(facts({ phone: undefined }))).toMatchObject({ ok: false, code: 'error.phoneNeededForLimit', field: 'phone' });
    expect(checkHandout(facts({ customerHandouts: 1 }))).toEqual({ ok: true });
    expect(checkHandout(facts({ customerHandouts: 2 }))).toMatchObject({ ok: false, code: 'error.customerLimit', params: { limit: 2, count: 2 } });
    // Without a per-customer limit the phone stays optional.
    expect(checkHandout(facts({ phone: undefined, campaign: campaign({ perCustomerLimit: undefined }) }))).toEqual({ ok: true });
  });

  it('out of stock (or never received) is refused with what is left', () => {
    expect(checkHandout(facts({ stock: stock(0) }))).toMatchObject({ ok: false, code: 'error.giftOutOfStock', params: { gift: '保温杯', remaining: 0 } });
    expect(checkHandout(facts({ stock: undefined }))).toMatchObject({ ok: false, code: 'error.giftOutOfStock' });
  });

  it('some stock left but less than asked is refused with what is left; exactly enough passes', () => {
    const three = campaign({ perReceiptLimit: 3 });
    expect(checkHandout(facts({ campaign: three, quantity: 3, stock: stock(2) }))).toEqual({
      ok: false,
      code: 'error.giftOutOfStock',
      field: 'giftId',
      params: { gift: '保温杯', remaining: 2 },
    });
    expect(checkHandout(facts({ campaign: three, quantity: 2, stock: stock(2) }))).toEqual({ ok: true });
  });

  it('explains the first rule broken, in the order a clerk would check', () => {
    const c = campaign();
    const everythingWrong = facts({ now: c.end + 1, amountFen: 100, receipt: receiptWithGift('c1'), stock: stock(0), customerHandouts: 5 });
    expect(checkHandout(everythingWrong)).toMatchObject({ code: 'error.campaignEnded' });
  });
});

describe('stock adjustments', () => {
  it('never zero, never below what is on the shelf; taking off needs a supervisor', () => {
    expect(checkAdjustment(stock(5), 0)).toMatchObject({ ok: false, code: 'error.adjustZero' });
    expect(checkAdjustment(stock(5), -6)).toMatchObject({ ok: false, code: 'error.adjustBelowZero', params: { remaining: 5 } });
    expect(checkAdjustment(stock(5), -5)).toEqual({ ok: true });
    expect(checkAdjustment(undefined, 3)).toEqual({ ok: true });
    expect(adjustmentNeedsApproval(-1)).toBe(true);
    expect(adjustmentNeedsApproval(2)).toBe(false);
  });
});
