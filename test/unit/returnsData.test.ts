import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import { factHour, factsOfBuckets, returnFactOf } from '../../shared/domain/returns/facts';
import { DeskDatabase } from '../../renderer/db/database';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { changeReturnPolicy } from '../../renderer/db/returns/policy';
import { receiptConflicts, readReceipt, returnFactsOfMonth } from '../../renderer/db/returns/queries';
import { previewReturn, registerReturn } from '../../renderer/db/returns/register';
import { reverseReturn } from '../../renderer/db/returns/reverse';
import { readStoreProfile } from '../../renderer/db/staff';
import { readCounterClock } from '../../renderer/db/writePath';
import { DEFAULT_RETURN_POLICY, returnPolicyOf } from '../../shared/domain/store';
import { CLERK, makeDesk, SUPERVISOR } from '../renderer/deskFixture';
import { seedGiftOnReceipt } from '../renderer/returnsSeed';

const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'originalPayment' };

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('returns data path', () => {
  it('one transaction: the return, the receipt line and refund, audit and outbox', async () => {
    const { db, asClerk } = await makeDesk();
    const before = await readCounterClock(db);
    const r = await registerReturn(asClerk, newId(), refund);
    expect(r).toMatchObject({ number: 'TH-S01-C1-261125-0001', status: 'registered', totalFen: 9990, refundFen: 9990, exceptions: [], registered: { by: CLERK.staffNo } });
    expect(r.lines[0]).toMatchObject({ quantity: 1, unitPriceFen: 9990, amountFen: 9990, quantityBought: 2 });
    // What the clerk's slip prints is the return as stored.
    expect(await db.returns.get(r.id)).toMatchObject(r);
    const receipt = await readReceipt(db, 'POS-00123456');
    expect(receipt?.lines['6901234567892']).toMatchObject({ quantityBought: 2, refundedQuantity: 1 });
    const after = await readCounterClock(db);
    // return registered + receipt lineRecorded + receipt refunded
    expect(after.seq - before.seq).toBe(3);
    expect(await db.outbox.count()).toBeGreaterThanOrEqual(3);
    expect(await db.audit.where('action').equals('returnRecord.registered').count()).toBe(1);
  });

  it('a double submit of the same form registers one return', async () => {
    const { db, asClerk } = await makeDesk();
    const draftId = newId();
    const [a, b] = await Promise.all([registerReturn(asClerk, draftId, refund), registerReturn(asClerk, draftId, refund)]);
    expect(a.number).toBe(b.number);
    expect(await db.returns.count()).toBe(1);
    expect((await readReceipt(db, 'POS-00123456'))?.lines['6901234567892']?.refundedQuantity).toBe(1);
  });

  it('never refunds a line beyond the quantity bought, over several visits; says how many are left', async () => {
    const { db, asClerk } = await makeDesk();
    await registerReturn(asClerk, newId(), refund);
    const tooMany = await rejection(registerReturn(asClerk, newId(), { ...refund, lines: [{ ...kettle, quantity: '2' }] }));
    expect(tooMany).toBeInstanceOf(DeskError);
    expect(tooMany).toMatchObject({ code: 'error.beyondBought', field: 'lines.0.quantity', params: { left: 1, bought: 2 } });
    await registerReturn(asClerk, newId(), refund);
    const none = await rejection(registerReturn(asClerk, newId(), refund));
    expect(none).toMatchObject({ code: 'error.lineFullyRefunded', params: { left: 0 } });
    expect(await db.returns.count()).toBe(2);
  });

  it('a line typed differently from the first visit is refused', async () => {
    const { asClerk } = await makeDesk();
    await registerReturn(asClerk, newId(), refund);
    const e = await rejection(registerReturn(asClerk, newId(), { ...refund, lines: [{ ...kettle, quantityBought: '5' }] }));
    expect(e).toMatchObject({ code: 'error.lineMismatch', field: 'lines.0.quantityBought', params: { bought: 2, price: '99.90' } });
  });

  it('bad input is refused at the field and nothing is written', async () => {
    const { db, asClerk } = await makeDesk();
    const entries = await db.entries.count();
    const future = await rejection(registerReturn(asClerk, newId(), { ...refund, purchaseDate: '2026-11-26' }));
    expect(future).toMatchObject({ code: 'error.futureDate', field: 'purchaseDate' });
    expect(await rejection(registerReturn(asClerk, newId(), { ...refund, receiptNo: '12' }))).toBeInstanceOf(ZodError);
    expect(await rejection(registerReturn(asClerk, newId(), { ...refund, lines: [{ ...kettle, quantity: '0' }] }))).toBeInstanceOf(ZodError);
    expect(await rejection(registerReturn(asClerk, newId(), { ...refund, lines: [{ ...kettle, unitPrice: '1.001' }] }))).toBeInstanceOf(ZodError);
    expect(await rejection(registerReturn(asClerk, newId(), { ...refund, lines: [{ ...kettle, category: 'nope' }] }))).toMatchObject({ code: 'error.unknownCategory' });
    expect(await db.entries.count()).toBe(entries);
  });

  it('outside policy: refused without a supervisor, saved with one, exceptions and approver recorded', async () => {
    const { db, asClerk } = await makeDesk();
    const late = { ...refund, purchaseDate: '2026-11-01', lines: [{ ...kettle, category: 'fresh' }] };
    const plan = await previewReturn(asClerk, late);
    expect(plan.findings.map((f) => f.problem)).toEqual(['outsideWindow', 'nonReturnableCategory']);
    expect(await rejection(registerReturn(asClerk, newId(), late))).toMatchObject({ code: 'error.required', field: 'exceptionReason' });
    expect(await rejection(registerReturn(asClerk, newId(), { ...late, exceptionReason: '质量问题' }))).toMatchObject({ code: 'error.needsApproval' });
    const clerkApproval = await rejection(registerReturn(asClerk, newId(), { ...late, exceptionReason: '质量问题' }, { staffNo: CLERK.staffNo, pin: CLERK.pin }));
    expect(clerkApproval).toMatchObject({ code: 'error.approverRole' });
    expect(await db.returns.count()).toBe(0);
    const r = await registerReturn(asClerk, newId(), { ...late, exceptionReason: '质量问题' }, SUPERVISOR);
    expect(r).toMatchObject({ exceptions: ['outsideWindow', 'nonReturnableCategory'], exceptionReason: '质量问题', registered: { approvedBy: SUPERVISOR.staffNo } });
  });

  it('above the approval amount a supervisor approves', async () => {
    const { asClerk } = await makeDesk();
    const big = { ...refund, lines: [{ ...kettle, unitPrice: '600' }] };
    expect((await previewReturn(asClerk, big)).findings).toEqual([{ problem: 'overApprovalAmount', amountFen: 60_000, limitFen: 50_000 }]);
  });

  it('no receipt: store credit or exchange only, always with a supervisor; nothing recorded on a receipt', async () => {
    const { db, asClerk } = await makeDesk();
    const noReceipt = { ...refund, noReceipt: true, receiptNo: '', refundMethod: 'cash' };
    expect(await rejection(registerReturn(asClerk, newId(), noReceipt))).toBeInstanceOf(ZodError);
    const credit = { ...noReceipt, refundMethod: 'storeCredit', exceptionReason: '顾客小票遗失' };
    const r = await registerReturn(asClerk, newId(), credit, SUPERVISOR);
    expect(r).toMatchObject({ receiptNo: undefined, refundMethod: 'storeCredit', exceptions: ['noReceipt'] });
    expect(await db.receipts.count()).toBe(0);
  });

  it('an exchange takes the line back and records the exchange item; a refusal and a repair take nothing', async () => {
    const { db, asClerk } = await makeDesk();
    const exchange = await registerReturn(asClerk, newId(), {
      ...refund,
      outcome: 'exchange',
      exchangeItem: { sku: '6901234567893', name: '电水壶（白）', quantity: '1', unitPrice: '99.90' },
    });
    expect(exchange).toMatchObject({ refundFen: 0, refundMethod: undefined, exchangeItem: { sku: '6901234567893', unitPriceFen: 9990 } });
    await registerReturn(asClerk, newId(), { ...refund, outcome: 'refused', refusalReason: '人为损坏' });
    await registerReturn(asClerk, newId(), { ...refund, outcome: 'repair' });
    expect((await readReceipt(db, 'POS-00123456'))?.lines['6901234567892']?.refundedQuantity).toBe(1);
  });

  it('a reversal (supervisor) takes the refund back on the receipt, once', async () => {
    const { db, asClerk } = await makeDesk();
    const r = await registerReturn(asClerk, newId(), { ...refund, lines: [{ ...kettle, quantity: '2' }] });
    expect(await rejection(reverseReturn(asClerk, { returnId: r.id, reason: '录错' }, { staffNo: SUPERVISOR.staffNo, pin: '000000' }))).toMatchObject({
      code: 'error.approvalFailed',
    });
    const reversed = await reverseReturn(asClerk, { returnId: r.id, reason: '录错' }, SUPERVISOR);
    expect(reversed).toMatchObject({ status: 'reversed', reversed: { reason: '录错', approvedBy: SUPERVISOR.staffNo } });
    expect((await readReceipt(db, 'POS-00123456'))?.lines['6901234567892']?.refundedQuantity).toBe(0);
    expect(await rejection(reverseReturn(asClerk, { returnId: r.id, reason: '再次' }, SUPERVISOR))).toMatchObject({ code: 'error.returnReversed' });
    // The summary's small fact row follows the record in the same transaction.
    expect(factsOfBuckets([(await db.returnFacts.get(factHour(r.registered.at)))!])).toMatchObject([{ status: 'reversed', totalFen: 19_980, lines: [['6901234567892', '电水壶', 'appliance', 2, 19_980]] }]);
    // The line may be refunded again after the correction.
    await registerReturn(asClerk, newId(), refund);
  });

  it('a refund of a receipt that earned a gift asks it back: returned, or its value deducted', async () => {
    const { db, asClerk } = await makeDesk();
    const { handoutId } = await seedGiftOnReceipt(asClerk, 'POS-00123456', 3000);
    expect(await rejection(previewReturn(asClerk, refund))).toMatchObject({ code: 'error.giftSettlement', params: { gift: '保温杯' } });
    const plan = await previewReturn(asClerk, { ...refund, giftSettlements: [{ handoutId, settlement: 'returned' }] });
    expect(plan.gifts).toEqual([{ handoutId, handoutNumber: 'ZP-S01-C1-261125-0001', giftName: '保温杯', valueFen: 3000 }]);
    expect(await rejection(registerReturn(asClerk, newId(), refund))).toMatchObject({ code: 'error.giftSettlement', field: 'giftSettlements' });
    const r = await registerReturn(asClerk, newId(), { ...refund, giftSettlements: [{ handoutId, settlement: 'deducted' }] });
    expect(r).toMatchObject({ totalFen: 9990, refundFen: 6990, giftClawbacks: [{ handoutId, settlement: 'deducted', deductedFen: 3000, giftName: '保温杯' }] });
    expect(await db.handouts.get(handoutId)).toMatchObject({ status: 'reversed', reversed: { returnNumber: r.number } });
    expect((await db.giftStocks.get('camp-1:cup'))?.remaining).toBe(10);
    // The receipt no longer holds the gift: a second refund asks nothing back.
    expect((await previewReturn(asClerk, refund)).gifts).toEqual([]);
  });

  it('a refund beyond bought arriving from another counter shows as a conflict for a supervisor', async () => {
    const desk = await makeDesk();
    const c2 = await desk.joinedCounter('C2');
    // C2 has its own database: it saw the same receipt while both were offline.
    await c2.db.transaction('rw', c2.db.meta, () => c2.db.meta.put({ key: 'counterIdentity', value: { store: 'S01', counter: 'C2' } }));
    await registerReturn(desk.asClerk, newId(), { ...refund, lines: [{ ...kettle, quantity: '2' }] });
    desk.clock.advance(60_000);
    await registerReturn(c2, newId(), { ...refund, lines: [{ ...kettle, quantity: '1' }] });
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    const receipt = await readReceipt(desk.db, 'POS-00123456');
    expect(receipt?.lines['6901234567892']?.refundedQuantity).toBe(2);
    expect(receipt?.conflicts).toMatchObject([{ kind: 'refundBeyondBought', counter: 'C2' }]);
    expect((await receiptConflicts(desk.db)).map((r) => r.receiptNo)).toEqual(['POS-00123456']);
  });

  it('the store policy is changed by a supervisor only, as a store entry', async () => {
    const { db, asClerk, asSupervisor } = await makeDesk();
    const raw = { returnWindowDays: '15', approvalAmount: '300', categories: DEFAULT_RETURN_POLICY.categories };
    expect(await rejection(changeReturnPolicy(asClerk, raw))).toMatchObject({ code: 'error.notAllowed' });
    await changeReturnPolicy(asSupervisor, raw);
    expect(returnPolicyOf(await readStoreProfile(db))).toMatchObject({ returnWindowDays: 15, approvalAmountFen: 30_000 });
    expect((await previewReturn(asClerk, { ...refund, purchaseDate: '2026-11-12' })).findings).toEqual([]);
  });

  it('a database made before the summary facts gets them on upgrade', async () => {
    const name = `test-upgrade-${newId()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ returns: 'id, &number, receiptNo, registeredAt, status' });
    const { db: source, asClerk } = await makeDesk();
    const r = await registerReturn(asClerk, newId(), refund);
    await v2.table('returns').put(await source.returns.get(r.id));
    v2.close();
    const upgraded = new DeskDatabase(name);
    expect(factsOfBuckets(await upgraded.returnFacts.toArray())).toEqual([returnFactOf(r)]);
    upgraded.close();
  });

  it('finds a month of returns by the registeredAt index', async () => {
    const { db, asClerk, clock } = await makeDesk();
    await registerReturn(asClerk, newId(), refund);
    clock.advance(10 * 86_400_000); // 5 December
    await registerReturn(asClerk, newId(), { ...refund, purchaseDate: '2026-12-04' });
    expect((await returnFactsOfMonth(db, '2026-11', 'Asia/Shanghai')).map((r) => r.number)).toEqual(['TH-S01-C1-261125-0001']);
    expect((await returnFactsOfMonth(db, '2026-12', 'Asia/Shanghai')).map((r) => r.number)).toEqual(['TH-S01-C1-261205-0001']);
  });
});
