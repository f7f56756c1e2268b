import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import { giftStockId } from '../../shared/domain/gifts/projection';
import { drawWinners } from '../../shared/domain/gifts/draw';
import { receiptRecordId } from '../../shared/domain/sales/receipt';
import { DeskError } from '../../renderer/db/errors';
import { recordDraw, markPrizeHandedOut } from '../../renderer/db/gifts/draws';
import { closeCampaign } from '../../renderer/db/gifts/campaigns';
import { checkReceiptForCampaign, handOutGift } from '../../renderer/db/gifts/handout';
import { campaignReconciliation, findHandouts, giftStockAlarms, runningCampaigns } from '../../renderer/db/gifts/queries';
import { reverseHandout } from '../../renderer/db/gifts/reverse';
import { appendHandoutReversal } from '../../renderer/db/gifts/reversal';
import { adjustStock } from '../../renderer/db/gifts/stock';
import { applyIncomingEntries, rebuildAllProjections } from '../../renderer/db/incoming';
import { writeEntries } from '../../renderer/db/writePath';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { handoutRequest, runningCampaign } from './giftsFixture';

async function refusal(p: Promise<unknown>): Promise<DeskError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DeskError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('gift handout data path', () => {
  it('one transaction: handout ZP-…, receipt giftIssued, stock issued (with audit and outbox)', async () => {
    const { db, asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 10 });
    expect(campaign.number).toBe('HD-S01-C1-261125-0001');
    expect(campaign.end - campaign.start).toBe(11 * 86_400_000 - 1);
    const entriesBefore = await db.entries.count();
    const outboxBefore = await db.outbox.count();
    const h = await handOutGift(asClerk, newId(), handoutRequest(campaign.id, { receiptNo: ' r2611250001 ' }));
    expect(h).toMatchObject({ number: 'ZP-S01-C1-261125-0001', receiptNo: 'R2611250001', receiptAmountFen: 25680, giftId: 'G1', quantity: 1, status: 'handedOut' });
    expect(await db.entries.count()).toBe(entriesBefore + 3);
    expect(await db.outbox.count()).toBe(outboxBefore + 3);
    expect((await db.giftStocks.get(giftStockId(campaign.id, 'G1')))?.remaining).toBe(9);
    const receipt = await db.receipts.get(receiptRecordId('R2611250001'));
    expect(receipt?.gifts).toMatchObject([{ handoutId: h.id, handoutNumber: h.number, campaignId: campaign.id, reversed: false, by: CLERK.staffNo }]);
    expect(await db.audit.where('action').equals('handout.handedOut').count()).toBe(1);
  });

  it('a double submit hands out once', async () => {
    const { db, asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 10 });
    const draftId = newId();
    const [a, b] = await Promise.all([handOutGift(asClerk, draftId, handoutRequest(campaign.id)), handOutGift(asClerk, draftId, handoutRequest(campaign.id))]);
    expect(a.number).toBe(b.number);
    expect(await db.handouts.count()).toBe(1);
    expect((await db.giftStocks.get(giftStockId(campaign.id, 'G1')))?.remaining).toBe(9);
  });

  it('the same receipt a second time is refused with who, when and the first handout; only an audit line is written', async () => {
    const { db, asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 10 });
    const first = await handOutGift(asClerk, newId(), handoutRequest(campaign.id));
    const entriesBefore = await db.entries.count();
    const e = await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { receiptNo: 'R2611250001', amount: '500' })));
    expect(e.code).toBe('error.receiptGiftUsed');
    expect(e.field).toBe('receiptNo');
    expect(e.params).toEqual({ number: first.number, by: '李小红 (1001)', at: '2026-11-25 10:00', counter: 'C1' });
    expect(await db.entries.count()).toBe(entriesBefore);
    expect(await db.audit.where('action').equals('handout.refused').count()).toBe(1);
    // The scan check says the same before the amount is typed.
    const scan = await refusal(checkReceiptForCampaign(asClerk, campaign.id, 'r2611250001'));
    expect(scan.code).toBe('error.receiptGiftUsed');
  });

  it('a receipt bought before the campaign is refused at its purchase date; the handout keeps the date and its own time', async () => {
    const { db, asSupervisor, asClerk, clock } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 10 });
    const entriesBefore = await db.entries.count();
    const early = await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { purchaseDate: '2026-11-18' })));
    expect(early).toMatchObject({ code: 'error.purchaseOutsideCampaign', field: 'purchaseDate', params: { date: '2026-11-18', startDay: '2026-11-20', endDay: '2026-11-30' } });
    expect(await db.entries.count()).toBe(entriesBefore);
    await expect(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { purchaseDate: '' }))).rejects.toBeInstanceOf(ZodError);
    const h = await handOutGift(asClerk, newId(), handoutRequest(campaign.id, { purchaseDate: '2026-11-20' }));
    expect(h).toMatchObject({ purchaseDate: '2026-11-20', handedOut: { at: clock.now() } });
  });

  it('refusals: malformed receipt, bad amount, tier not reached, out of stock, expired campaign — nothing half-written', async () => {
    const { db, clock, asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 1 });
    const entriesBefore = await db.entries.count();
    await expect(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { receiptNo: 'R#1' }))).rejects.toBeInstanceOf(ZodError);
    await expect(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { amount: '199.999' }))).rejects.toBeInstanceOf(ZodError);
    await expect(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { amount: '0' }))).rejects.toBeInstanceOf(ZodError);
    const low = await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { amount: '150.5' })));
    expect(low).toMatchObject({ code: 'error.tierNotReached', field: 'amount', params: { amount: '150.50', threshold: '199.00', missing: '48.50' } });
    const cooker = await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { amount: '450', giftId: 'G2' })));
    expect(cooker).toMatchObject({ code: 'error.giftOutOfStock', field: 'giftId', params: { gift: '电饭煲', remaining: 0 } });
    expect(await db.entries.count()).toBe(entriesBefore);
    await handOutGift(asClerk, newId(), handoutRequest(campaign.id, { receiptNo: 'R2611250002' }));
    const empty = await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { receiptNo: 'R2611250003' })));
    expect(empty).toMatchObject({ code: 'error.giftOutOfStock', params: { gift: '保温杯', remaining: 0 } });
    clock.at = campaign.end + 1;
    const ended = await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { receiptNo: 'R2611250004' })));
    expect(ended).toMatchObject({ code: 'error.campaignEnded', field: 'campaignId', params: { name: '双十一满赠', end: '2026-11-30 23:59' } });
    expect(await runningCampaigns(db, clock.now())).toEqual([]);
  });

  it('per-customer limit by phone, counting only handouts not reversed', async () => {
    const { db, asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 10 }, { perCustomerLimit: '1' });
    const noPhone = await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id)));
    expect(noPhone).toMatchObject({ code: 'error.phoneNeededForLimit', field: 'phone' });
    const h = await handOutGift(asClerk, newId(), handoutRequest(campaign.id, { phone: '138 1234 5678' }));
    const again = await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id, { receiptNo: 'R2611250009', phone: '13812345678' })));
    expect(again).toMatchObject({ code: 'error.customerLimit', params: { limit: 1, count: 1 } });
    await writeEntries(asClerk, 'gifts.reverseHandout', (tx) => appendHandoutReversal(tx, h.id, { reason: '退货', returnNumber: 'TH-S01-C1-261125-0001' }));
    await handOutGift(asClerk, newId(), handoutRequest(campaign.id, { receiptNo: 'R2611250009', phone: '13812345678' }));
    expect(await db.handouts.count()).toBe(2);
  });

  it('appendHandoutReversal (for returns) restores stock and frees the receipt, once', async () => {
    const { db, asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 2 });
    const h = await handOutGift(asClerk, newId(), handoutRequest(campaign.id));
    const reversed = await writeEntries(asClerk, 'gifts.reverseHandout', (tx) => appendHandoutReversal(tx, h.id, { reason: '顾客退货', returnNumber: 'TH-S01-C1-261125-0001' }));
    expect(reversed).toMatchObject({ status: 'reversed', reversed: { reason: '顾客退货', returnNumber: 'TH-S01-C1-261125-0001', by: CLERK.staffNo } });
    expect(await db.giftStocks.get(giftStockId(campaign.id, 'G1'))).toMatchObject({ issued: 1, returned: 1, remaining: 2 });
    expect((await db.receipts.get(receiptRecordId(h.receiptNo)))?.gifts[0]?.reversed).toBe(true);
    const entriesBefore = await db.entries.count();
    const twice = await refusal(writeEntries(asClerk, 'gifts.reverseHandout', (tx) => appendHandoutReversal(tx, h.id, { reason: 'again' })));
    expect(twice.code).toBe('error.handoutAlreadyReversed');
    expect(await db.entries.count()).toBe(entriesBefore);
    // The receipt may earn the gift again (e.g. bought again after the return).
    await handOutGift(asClerk, newId(), handoutRequest(campaign.id));
    expect((await campaignReconciliation(db, (await db.campaigns.get(campaign.id))!)).balances).toBe(true);
  });

  it('the stand-alone reversal needs a supervisor PIN and records who approved', async () => {
    const { db, asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 2 });
    const h = await handOutGift(asClerk, newId(), handoutRequest(campaign.id));
    expect((await refusal(reverseHandout(asClerk, { handoutId: h.id, reason: '发错' }, { staffNo: SUPERVISOR.staffNo, pin: '000000' }))).code).toBe('error.approvalFailed');
    expect((await refusal(reverseHandout(asClerk, { handoutId: h.id, reason: '发错' }, CLERK))).code).toBe('error.approverRole');
    const r = await reverseHandout(asClerk, { handoutId: h.id, reason: '发错' }, SUPERVISOR);
    expect(r.reversed).toMatchObject({ approvedBy: SUPERVISOR.staffNo, by: CLERK.staffNo, reason: '发错' });
    expect((await refusal(reverseHandout(asClerk, { handoutId: h.id, reason: '再来' }, SUPERVISOR))).code).toBe('error.handoutAlreadyReversed');
    expect((await findHandouts(db, h.number.toLowerCase())).map((x) => x.id)).toEqual([h.id]);
    expect((await findHandouts(db, 'R2611250001')).map((x) => x.id)).toEqual([h.id]);
  });

  it('two counters offline both hand out the last gift and use the same receipt: stock alarm and giftTwice conflict, nothing dropped', async () => {
    const { db, asSupervisor, asClerk, otherCounter } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 1 });
    const c2 = otherCounter('C2');
    await applyIncomingEntries(c2, await db.entries.toArray());
    expect((await c2.db.giftStocks.get(giftStockId(campaign.id, 'G1')))?.remaining).toBe(1);
    // Both counters hand out the last cup for the same receipt, offline.
    await handOutGift(asClerk, newId(), handoutRequest(campaign.id));
    const late = await handOutGift(c2, newId(), handoutRequest(campaign.id));
    expect(await giftStockAlarms(db)).toBe(0);
    await applyIncomingEntries(asClerk, await c2.db.entries.toArray());
    const stock = (await db.giftStocks.get(giftStockId(campaign.id, 'G1')))!;
    expect(stock.remaining).toBe(0);
    expect(stock.conflicts).toMatchObject([{ kind: 'belowZero', handoutNumber: late.number, counter: 'C2' }]);
    expect(await giftStockAlarms(db)).toBe(1);
    const receipt = (await db.receipts.get(receiptRecordId('R2611250001')))!;
    expect(receipt.conflicts).toMatchObject([{ kind: 'giftTwice', ref: late.number, counter: 'C2' }]);
    // The handout from the other counter is kept; the reconciliation shows it does not balance.
    expect(await db.handouts.count()).toBe(2);
    expect((await campaignReconciliation(db, (await db.campaigns.get(campaign.id))!)).balances).toBe(false);
    // Rebuilding everything from the entries gives the same state.
    const before = await db.giftStocks.toArray();
    await rebuildAllProjections(db);
    expect(await db.giftStocks.toArray()).toEqual(before);
  });

  it('stock adjustment: taking off needs a supervisor and never goes below zero; adding does not', async () => {
    const { db, asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 3 });
    const raw = { campaignId: campaign.id, giftId: 'G1', quantity: '-2', reason: '破损' };
    expect((await refusal(adjustStock(asClerk, raw))).code).toBe('error.approvalRequired');
    expect((await refusal(adjustStock(asClerk, { ...raw, quantity: '-4' }, SUPERVISOR))).code).toBe('error.adjustBelowZero');
    const s = await adjustStock(asClerk, raw, SUPERVISOR);
    expect(s).toMatchObject({ adjusted: -2, remaining: 1 });
    const entry = (await db.entries.where('[recordType+recordId]').equals(['giftStock', s.id]).toArray()).find((e) => e.type === 'adjusted');
    expect(entry?.approvedBy).toBe(SUPERVISOR.staffNo);
    expect((await adjustStock(asClerk, { ...raw, quantity: '5', reason: '仓库找到' })).remaining).toBe(6);
  });

  it('a closed campaign hands out nothing more', async () => {
    const { asSupervisor, asClerk } = await makeDesk();
    const campaign = await runningCampaign(asSupervisor, { cups: 3 });
    await closeCampaign(asSupervisor, { campaignId: campaign.id, reason: '赠品发完' });
    expect((await refusal(handOutGift(asClerk, newId(), handoutRequest(campaign.id)))).code).toBe('error.campaignClosed');
    expect((await refusal(closeCampaign(asSupervisor, { campaignId: campaign.id, reason: '再关' }))).code).toBe('error.campaignClosed');
  });
});

describe('draw data path', () => {
  const raw = {
    name: '店庆抽奖',
    campaignId: '',
    tiers: [
      { name: '一等奖', prize: '电视机', quantity: '1' },
      { name: '二等奖', prize: '电饭煲', quantity: '3' },
    ],
    participants: 'R001001\nR001002\nR001003\nr001002\n5678\n',
    seed: '0123456789abcdef0123456789abcdef',
  };

  it('records seed, cleaned participants, tiers and the winners the pure draw gives; prizes handed out once', async () => {
    const { db, asSupervisor } = await makeDesk();
    const draw = await recordDraw(asSupervisor, newId(), raw);
    expect(draw.number).toBe('CJ-S01-C1-261125-0001');
    expect(draw.participants).toEqual(['R001001', 'R001002', 'R001003', '5678']);
    expect(draw.winners).toEqual(drawWinners(raw.seed, draw.participants, draw.tiers).winners);
    expect(draw.winners).toHaveLength(4);
    const w = draw.winners[0]!;
    const marked = await markPrizeHandedOut(asSupervisor, { drawId: draw.id, participant: w.participant });
    expect(marked.handedOut).toEqual([w.participant]);
    expect((await refusal(markPrizeHandedOut(asSupervisor, { drawId: draw.id, participant: w.participant }))).code).toBe('error.prizeAlreadyHandedOut');
    expect((await refusal(markPrizeHandedOut(asSupervisor, { drawId: draw.id, participant: 'NOBODY' }))).code).toBe('error.notAWinner');
    expect(await db.draws.count()).toBe(1);
  });
});
