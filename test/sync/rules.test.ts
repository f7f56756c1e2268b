import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import type { DeskContext } from '../../renderer/db/context';
import { countConflicts, listCounterConflicts } from '../../renderer/db/conflicts';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { handOutGift } from '../../renderer/db/gifts/handout';
import { registerReturn } from '../../renderer/db/returns/register';
import { makeComplaintDesk, LEAD, recordComplaint } from '../renderer/complaintWorkflowFixture';
import { handoutRequest, runningCampaign } from '../renderer/giftsFixture';
import { connectCounter, projections, syncAll, type TestCounter } from './counters';
import { syncTestDatabase, uniqueStore } from './serverFixture';

const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'originalPayment' };

describe('rules that span counters, broken offline, through the real server', () => {
  const testDb = syncTestDatabase<TestCounter>();
  const { counters } = testDb;

  it('stock below zero, a gift twice per receipt, a refund beyond bought and complaint steps out of order: each one conflict, the same on every counter', async () => {
    const store = uniqueStore();
    const desk = await makeComplaintDesk(undefined, store);
    const others: DeskContext[] = [];
    for (const counter of ['C2', 'C3']) {
      const ctx = desk.otherCounter(counter);
      await ctx.db.meta.put({ key: 'counterIdentity', value: { store, counter } });
      others.push(ctx);
    }
    for (const ctx of [desk.asClerk, ...others]) counters.push(await connectCounter(testDb.admin, testDb.database, ctx));
    const [c1, c2, c3] = counters as [TestCounter, TestCounter, TestCounter];
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 1 });
    const complaint = await recordComplaint(desk.asClerk);
    await syncAll(counters);
    const as = (c: TestCounter, staffNo: string): DeskContext => ({ ...c.ctx, session: { ...c.ctx.session, staffNo } });

    // All three offline: each does what looks allowed from its own copy.
    await handOutGift(c1.ctx, newId(), handoutRequest(campaign.id));
    desk.clock.advance(60_000);
    await handOutGift(c2.ctx, newId(), handoutRequest(campaign.id));
    await registerReturn(c1.ctx, newId(), { ...refund, lines: [{ ...kettle, quantity: '2' }] });
    desk.clock.advance(60_000);
    await registerReturn(c3.ctx, newId(), refund);
    await takeComplaintStep(as(c1, LEAD.staffNo), complaint.id, 'validityJudged', { valid: true, reason: '核实属实' });
    desk.clock.advance(60_000);
    await takeComplaintStep(as(c2, LEAD.staffNo), complaint.id, 'validityJudged', { valid: false, reason: '商品在保质期内', answer: '已向顾客说明' });

    await syncAll(counters);
    const lists = await Promise.all(counters.map((c) => listCounterConflicts(c.ctx.db)));
    expect(lists[0]!.map((r) => [r.area, r.kind, r.counter]).sort()).toEqual(
      [
        ['complaint', expect.stringMatching(/^error\.complaintStep\./) as unknown, 'C2'],
        ['giftStock', 'conflicts.kind.belowZero', 'C2'],
        ['receipt', 'conflicts.kind.giftTwice', 'C2'],
        ['receipt', 'conflicts.kind.refundBeyondBought', 'C3'],
      ].sort(),
    );
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
    for (const c of counters) expect(await countConflicts(c.ctx.db)).toBe(4);
    // The first in the shared order stands everywhere: the complaint was judged valid (C1), the refund of two stands.
    for (const c of counters) expect((await c.ctx.db.complaints.get(complaint.id))?.status).toBe('valid');
    expect(await projections(c2.ctx.db)).toEqual(await projections(c1.ctx.db));
    expect(await projections(c3.ctx.db)).toEqual(await projections(c1.ctx.db));
  });
});
