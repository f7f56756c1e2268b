import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { fieldErrors } from '../../shared/schema/common';
import { campaignInput, drawInput, handoutInput, stockAdjustmentInput, yuanAmount } from '../../shared/schema/gifts';

function errorsOf(parse: () => unknown): Record<string, string> {
  try {
    parse();
  } catch (e) {
    if (e instanceof ZodError) return fieldErrors(e);
    throw e;
  }
  return {};
}

const goodCampaign = {
  name: '双十一满赠',
  startDay: '2026-11-20',
  endDay: '2026-11-30',
  gifts: [
    { giftId: 'G1', name: '保温杯', value: '39' },
    { giftId: 'G2', name: '电饭煲', value: '199.00' },
  ],
  tiers: [
    { minSpend: '199', giftIds: ['G1'] },
    { minSpend: '399', giftIds: ['G1', 'G2'] },
  ],
  perReceiptLimit: '1',
  perCustomerLimit: '',
};

describe('amounts in yuan', () => {
  it('gives integer fen for up to two decimals', () => {
    expect(yuanAmount.parse('199')).toBe(19900);
    expect(yuanAmount.parse(' 199.5 ')).toBe(19950);
    expect(yuanAmount.parse('¥1,299.99')).toBe(129999);
    expect(yuanAmount.parse('0.01')).toBe(1);
  });

  it('says exactly what is wrong: decimals, zero, negative, not a number, empty', () => {
    expect(errorsOf(() => yuanAmount.parse('199.999'))._).toBe('error.giftAmountDecimals');
    expect(errorsOf(() => yuanAmount.parse('0'))._).toBe('error.giftAmountPositive');
    expect(errorsOf(() => yuanAmount.parse('0.00'))._).toBe('error.giftAmountPositive');
    expect(errorsOf(() => yuanAmount.parse('-5'))._).toBe('error.giftAmountPositive');
    expect(errorsOf(() => yuanAmount.parse('12a'))._).toBe('error.giftAmountFormat');
    expect(errorsOf(() => yuanAmount.parse('1.2.3'))._).toBe('error.giftAmountFormat');
    expect(errorsOf(() => yuanAmount.parse('  '))._).toBe('error.required');
  });
});

describe('campaign input', () => {
  it('accepts a good campaign and turns yuan into fen', () => {
    const c = campaignInput.parse(goodCampaign);
    expect(c.gifts.map((g) => g.value)).toEqual([3900, 19900]);
    expect(c.tiers.map((t) => t.minSpend)).toEqual([19900, 39900]);
    expect(c.perReceiptLimit).toBe(1);
    expect(c.perCustomerLimit).toBeUndefined();
    expect(campaignInput.parse({ ...goodCampaign, perCustomerLimit: '2' }).perCustomerLimit).toBe(2);
  });

  it('puts each mistake at its field', () => {
    const errors = errorsOf(() =>
      campaignInput.parse({
        ...goodCampaign,
        name: ' ',
        endDay: '2026-11-19',
        gifts: [
          { giftId: 'G1', name: '保温杯', value: '39.999' },
          { giftId: 'G2', name: '保温杯', value: '0' },
        ],
        tiers: [
          { minSpend: '199', giftIds: [] },
          { minSpend: '199.00', giftIds: ['G1'] },
          { minSpend: '-1', giftIds: ['G9'] },
        ],
        perReceiptLimit: '0',
        perCustomerLimit: 'x',
      }),
    );
    expect(errors).toMatchObject({
      name: 'error.required',
      'gifts.0.value': 'error.giftAmountDecimals',
      'gifts.1.value': 'error.giftAmountPositive',
      'tiers.2.minSpend': 'error.giftAmountPositive',
      perReceiptLimit: 'error.perReceiptLimitRange',
      perCustomerLimit: 'error.perCustomerLimitRange',
    });
    // Cross-field rules run once every field parses.
    const cross = errorsOf(() =>
      campaignInput.parse({
        ...goodCampaign,
        endDay: '2026-11-19',
        gifts: [goodCampaign.gifts[0], { ...goodCampaign.gifts[1], name: '保温杯' }],
        tiers: [
          { minSpend: '199', giftIds: [] },
          { minSpend: '199.00', giftIds: ['G1'] },
          { minSpend: '299', giftIds: ['G9'] },
        ],
      }),
    );
    expect(cross).toEqual({
      endDay: 'error.campaignEndBeforeStart',
      'gifts.1.name': 'error.giftDuplicate',
      'tiers.0.giftIds': 'error.tierNoGifts',
      'tiers.1.minSpend': 'error.tierDuplicate',
      'tiers.2.giftIds': 'error.tierUnknownGift',
    });
  });

  it('needs at least one gift and one tier', () => {
    expect(errorsOf(() => campaignInput.parse({ ...goodCampaign, gifts: [], tiers: [] }))).toMatchObject({ gifts: 'error.campaignNoGifts', tiers: 'error.campaignNoTiers' });
  });
});

describe('handout input', () => {
  const good = { campaignId: 'c1', receiptNo: ' r2611-2500 01 ', purchaseDate: '2026-11-25', amount: '256.80', phone: '138 1234 5678', giftId: 'G1', quantity: '1' };
  it('cleans the receipt number like a scanned number and the phone', () => {
    expect(handoutInput.parse(good)).toEqual({ campaignId: 'c1', receiptNo: 'R2611-250001', purchaseDate: '2026-11-25', amount: 25680, phone: '13812345678', giftId: 'G1', quantity: 1 });
    expect(handoutInput.parse({ ...good, receiptNo: 'Ｒ２６１１２５００１' }).receiptNo).toBe('R261125001');
  });

  it('asks the purchase date as a real calendar date', () => {
    expect(errorsOf(() => handoutInput.parse({ ...good, purchaseDate: '' }))).toEqual({ purchaseDate: 'error.required' });
    expect(errorsOf(() => handoutInput.parse({ ...good, purchaseDate: '2026-02-30' }))).toEqual({ purchaseDate: 'error.date' });
  });

  it('refuses malformed receipt numbers, bad amounts, no gift', () => {
    expect(errorsOf(() => handoutInput.parse({ ...good, receiptNo: 'R1#' }))).toEqual({ receiptNo: 'error.giftReceiptFormat' });
    expect(errorsOf(() => handoutInput.parse({ ...good, receiptNo: '12345' }))).toEqual({ receiptNo: 'error.giftReceiptFormat' });
    expect(errorsOf(() => handoutInput.parse({ ...good, receiptNo: '' }))).toEqual({ receiptNo: 'error.required' });
    expect(errorsOf(() => handoutInput.parse({ ...good, amount: '9.999', giftId: '' }))).toEqual({ amount: 'error.giftAmountDecimals' });
    expect(errorsOf(() => handoutInput.parse({ ...good, phone: '123' }))).toEqual({ phone: 'error.phone' });
  });
});

describe('stock and draw input', () => {
  it('an adjustment is a signed whole number with a reason', () => {
    expect(stockAdjustmentInput.parse({ campaignId: 'c1', giftId: 'G1', quantity: '-3', reason: '破损' }).quantity).toBe(-3);
    expect(errorsOf(() => stockAdjustmentInput.parse({ campaignId: 'c1', giftId: 'G1', quantity: '1.5', reason: '' }))).toEqual({
      quantity: 'error.adjustQuantity',
      reason: 'error.required',
    });
  });

  it('a draw needs tiers with distinct names, participants and a seed', () => {
    const errors = errorsOf(() =>
      drawInput.parse({
        name: '店庆抽奖',
        tiers: [
          { name: '一等奖', prize: '电视', quantity: '1' },
          { name: '一等奖', prize: '电饭煲', quantity: '0' },
        ],
        participants: ' \n ',
        seed: 'short',
      }),
    );
    expect(errors).toMatchObject({ 'tiers.1.quantity': 'error.prizeQuantity', seed: 'error.drawSeed' });
    const cross = errorsOf(() =>
      drawInput.parse({
        name: '店庆抽奖',
        tiers: [
          { name: '一等奖', prize: '电视', quantity: '1' },
          { name: '一等奖', prize: '电饭煲', quantity: '2' },
        ],
        participants: '',
        seed: '0123456789abcdef',
      }),
    );
    expect(cross).toEqual({ 'tiers.1.name': 'error.drawTierDuplicate', participants: 'error.drawNoParticipants' });
  });
});
