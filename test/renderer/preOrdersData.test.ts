import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import { countConflicts, listCounterConflicts } from '../../renderer/db/conflicts';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { cancelPreOrder, confirmPreOrder, markPreOrderReady, pickUpPreOrder, takePreOrder } from '../../renderer/db/preOrders/preOrders';
import { readDuePickups } from '../../renderer/db/preOrders/queries';
import { recordPrint } from '../../renderer/db/printing/recordPrint';
import { CLERK, makeDesk } from './deskFixture';
import { preOrderAt, preOrderForm } from './preOrdersFixture';
import { makeServiceDesk } from './serviceFixture';
import { shanghai } from './serviceScreens';

const TZ = 'Asia/Shanghai';

async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, field: error.field };
    if (error instanceof ZodError) return { code: error.issues[0]!.message, field: error.issues[0]!.path.join('.') };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('pre-orders at the desk', () => {
  it('taken by the clerk in the session: numbered YD, one entry with its audit and outbox lines; a second click gives the same order', async () => {
    const desk = await makeDesk();
    const draftId = newId();
    const order = await takePreOrder(desk.asClerk, draftId, preOrderForm());
    expect(order).toMatchObject({ id: draftId, number: 'YD-S01-C1-261125-0001', status: 'taken', open: 1, phoneTail: '8000', depositFen: 5000, printCount: 0 });
    expect(order.taken).toMatchObject({ by: CLERK.staffNo, counter: 'C1' });
    expect(await takePreOrder(desk.asClerk, draftId, preOrderForm())).toEqual(order);
    const entries = await desk.db.entries.where('[recordType+recordId]').equals(['preOrder', draftId]).toArray();
    expect(entries.map((e) => [e.type, e.number, e.summary])).toEqual([['taken', order.number, `${order.number} 王女士 烘焙部 2026-11-26 17:00`]]);
    expect(await desk.db.audit.where('action').equals('preOrder.taken').count()).toBe(1);
    expect((await desk.db.outbox.toArray()).filter((o) => o.entryId === entries[0]!.id)).toHaveLength(1);
  });

  it('refuses a pickup already past, and a step out of the order of the moves table', async () => {
    const desk = await makeDesk();
    expect(await refusal(takePreOrder(desk.asClerk, newId(), preOrderForm({ pickupAt: shanghai(10, 0) })))).toEqual({ code: 'error.preOrderPickupPast', field: 'pickupAt' });
    const order = await preOrderAt(desk.asClerk, 'taken');
    expect(await refusal(markPreOrderReady(desk.asClerk, order.id, {}))).toEqual({ code: 'error.preOrderNotConfirmed', field: undefined });
    expect(await refusal(pickUpPreOrder(desk.asClerk, order.id, { balancePaid: '0' }))).toEqual({ code: 'error.preOrderNotReady', field: undefined });
    await confirmPreOrder(desk.asClerk, order.id, { confirmedBy: '张师傅' });
    expect(await refusal(confirmPreOrder(desk.asClerk, order.id, { confirmedBy: '张师傅' }))).toEqual({ code: 'error.preOrderAlreadyDone', field: undefined });
    await markPreOrderReady(desk.asClerk, order.id, {});
    await pickUpPreOrder(desk.asClerk, order.id, { balancePaid: '286' });
    expect(await refusal(cancelPreOrder(desk.asClerk, order.id, { reason: '顾客要求', deposit: 'refunded' }))).toEqual({ code: 'error.preOrderPickedUp', field: undefined });
    const other = await preOrderAt(desk.asClerk, 'taken');
    expect(await refusal(cancelPreOrder(desk.asClerk, other.id, { reason: '顾客要求', deposit: '' }))).toEqual({ code: 'error.preOrderDepositOutcome', field: 'deposit' });
    await cancelPreOrder(desk.asClerk, other.id, { reason: '顾客要求', deposit: 'refunded' });
    expect(await refusal(confirmPreOrder(desk.asClerk, other.id, { confirmedBy: '张师傅' }))).toEqual({ code: 'error.preOrderCancelled', field: undefined });
  });

  it('a technician may not take one: the session decides, not a staff number passed in', async () => {
    const desk = await makeServiceDesk();
    expect(await refusal(takePreOrder(desk.asZhou, newId(), preOrderForm()))).toEqual({ code: 'error.notAllowed', field: undefined });
    expect(await desk.db.preOrders.count()).toBe(0);
  });

  it('prints count up, so the print at pickup is a reprint', async () => {
    const desk = await makeDesk();
    const order = await preOrderAt(desk.asClerk, 'ready');
    expect(await recordPrint(desk.asClerk, 'preOrder', order.id, 'pickupSlip')).toBe(1);
    expect(await recordPrint(desk.asClerk, 'preOrder', order.id, 'pickupSlip')).toBe(2);
    expect((await desk.db.preOrders.get(order.id))?.printCount).toBe(2);
  });

  it('due pickups: today’s and overdue open orders only, earliest first', async () => {
    const desk = await makeDesk();
    const late = await preOrderAt(desk.asClerk, 'taken', { pickupAt: shanghai(11, 0) });
    const later = await preOrderAt(desk.asClerk, 'ready', { pickupAt: shanghai(23, 30) });
    await preOrderAt(desk.asClerk, 'taken', { pickupAt: shanghai(0, 30, 26) });
    const gone = await preOrderAt(desk.asClerk, 'taken', { pickupAt: shanghai(11, 30) });
    await cancelPreOrder(desk.asClerk, gone.id, { reason: '顾客不要了', deposit: 'refunded' });
    desk.clock.advance(3 * 3_600_000);
    expect((await readDuePickups(desk.db, desk.clock.now(), TZ)).map((o) => o.number)).toEqual([late.number, later.number]);
  });

  it('picked up at one counter and cancelled at another while offline: one state on both, the later step a conflict for a supervisor', async () => {
    const desk = await makeDesk();
    const order = await preOrderAt(desk.asClerk, 'ready');
    const c2 = await desk.joinedCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await pickUpPreOrder(desk.asClerk, order.id, { balancePaid: '286' });
    desk.clock.advance(60_000);
    await cancelPreOrder(c2, order.id, { reason: '顾客来电取消', deposit: 'refunded' });
    const before = await countConflicts(desk.db);
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    for (const db of [desk.db, c2.db]) {
      const row = await db.preOrders.get(order.id);
      expect(row).toMatchObject({ status: 'pickedUp', open: 0, conflict: 1 });
      expect(row?.conflicts.map((c) => [c.move, c.reason, c.counter])).toEqual([['cancelled', 'alreadyPickedUp', 'C2']]);
    }
    expect(await countConflicts(desk.db)).toBe(before + 1);
    expect((await listCounterConflicts(desk.db)).filter((r) => r.area === 'preOrder')).toMatchObject([{ record: order.number, kind: 'conflicts.kind.preOrder.alreadyPickedUp', counter: 'C2' }]);
  });
});
