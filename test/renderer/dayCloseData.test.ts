import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { checkClosedDay, closeDay, previewDayClose, unclosedDays } from '../../renderer/db/dayClose/close';
import { registerReturn } from '../../renderer/db/returns/register';
import { reverseReturn } from '../../renderer/db/returns/reverse';
import { depositItem } from '../../renderer/db/storage/bulky';
import { countConflicts, listCounterConflicts } from '../../renderer/db/conflicts';
import { makeDesk, SUPERVISOR } from './deskFixture';

const DAY = '2026-11-25';
const HOUR = 3_600_000;
const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });
const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'cash' };

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

/** A day of work at C1 and C2 (10:00 Shanghai), C2's entries synced into C1. */
async function dayOnTwoCounters() {
  const desk = await makeDesk();
  const c2 = desk.otherCounter('C2');
  await applyIncomingEntries(c2, await desk.db.entries.toArray());
  await depositItem(desk.asClerk, newId(), bag('A-01'));
  const ret = await registerReturn(desk.asClerk, newId(), refund);
  await depositItem(c2, newId(), bag('B-07'));
  await depositItem(c2, newId(), bag('B-08'));
  const fromC2 = (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2');
  await applyIncomingEntries(desk.asClerk, fromC2);
  return { ...desk, c2, ret };
}

describe('日结: the supervisor closes a day of every counter', () => {
  it('counts each counter, totals the money per method, carries what is open, and signs with number and PIN', async () => {
    const desk = await dayOnTwoCounters();
    const preview = await previewDayClose(desk.db, DAY, 'Asia/Shanghai');
    const c1 = preview.close.counters.find((c) => c.counter === 'C1')!;
    const c2 = preview.close.counters.find((c) => c.counter === 'C2')!;
    expect(c1.areas).toMatchObject({ storage: 1, returnRecord: 1 });
    expect(c1.money.refundsFen).toEqual({ cash: 9_990 });
    expect(c2).toMatchObject({ entries: 2, areas: { storage: 2 }, missingSeqs: [] });
    expect(preview.close.carried.storageHeld).toBe(3);

    expect(await rejection(closeDay(desk.asClerk, { day: DAY, notes: '' }, SUPERVISOR))).toMatchObject({ code: 'error.notAllowed' });
    expect(await rejection(closeDay(desk.asSupervisor, { day: DAY, notes: '' }, { staffNo: SUPERVISOR.staffNo, pin: '000000' }))).toMatchObject({ code: 'error.approvalFailed' });
    expect(await rejection(closeDay(desk.asSupervisor, { day: '2026-11-26', notes: '' }, SUPERVISOR))).toMatchObject({ code: 'error.dayCloseInFuture', field: 'day' });
    expect(await rejection(closeDay(desk.asSupervisor, { day: '2026-13-01', notes: '' }, SUPERVISOR))).toMatchObject({ code: 'error.date', field: 'day' });
    expect(await desk.db.dayCloses.count()).toBe(0);

    const close = await closeDay(desk.asSupervisor, { day: DAY, notes: 'C2 少收 5 元' }, SUPERVISOR);
    expect(close).toMatchObject({ day: DAY, closedBy: SUPERVISOR.staffNo, notes: 'C2 少收 5 元' });
    expect(close.counters.map((c) => [c.counter, c.hash])).toEqual(preview.close.counters.map((c) => [c.counter, c.hash]));
    // Who closed it, by name and number.
    expect(await rejection(closeDay(desk.asSupervisor, { day: DAY, notes: '' }, SUPERVISOR))).toMatchObject({ code: 'error.dayAlreadyClosed', params: { by: '王主管 (9001)' } });
    expect((await checkClosedDay(desk.db, close, 'Asia/Shanghai')).every((c) => c.hashMatches && c.chainMatches && c.late.length === 0)).toBe(true);
  });

  it('a closed day is locked; the next day works; a reversal then is marked a correction of the closed day', async () => {
    const desk = await dayOnTwoCounters();
    await closeDay(desk.asSupervisor, { day: DAY, notes: '' }, SUPERVISOR);
    expect(await rejection(depositItem(desk.asClerk, newId(), bag('A-02')))).toMatchObject({ code: 'error.dayClosed', params: { day: DAY } });

    desk.clock.advance(24 * HOUR);
    await depositItem(desk.asClerk, newId(), bag('A-02'));
    await reverseReturn(desk.asClerk, { returnId: desk.ret.id, reason: '录错' }, SUPERVISOR);
    const reversal = (await desk.db.entries.where('[recordType+recordId]').equals(['returnRecord', desk.ret.id]).toArray()).find((e) => e.type === 'reversed');
    expect(reversal).toMatchObject({ correctionOf: DAY, counter: 'C1' });

    const next = await previewDayClose(desk.db, '2026-11-26', 'Asia/Shanghai');
    const c1 = next.close.counters.find((c) => c.counter === 'C1')!;
    expect(c1.corrections).toBeGreaterThanOrEqual(1);
    expect(c1.money.refundsFen).toEqual({ cash: -9_990 });
    // The next day's close links C1 to the signed day's hash; C2 (no work) is not in it.
    const signed = (await desk.db.dayCloses.get(DAY))!;
    expect(c1.previousHash).toBe(signed.counters.find((c) => c.counter === 'C1')!.hash);
    expect(await unclosedDays(desk.db, '2026-11-27')).toEqual(['2026-11-26']);
  });

  it('an entry of the closed day that syncs in after the close is kept and flagged, the same on both copies', async () => {
    const desk = await dayOnTwoCounters();
    // C2, offline, keeps working on the day after C1 closed it.
    const close = await closeDay(desk.asSupervisor, { day: DAY, notes: '' }, SUPERVISOR);
    const late = await depositItem(desk.c2, newId(), bag('B-09'));
    const lateEntry = (await desk.c2.db.entries.toArray()).find((e) => e.recordId === late.id)!;
    await applyIncomingEntries(desk.asClerk, [lateEntry]);
    expect((await desk.db.storageItems.get(late.id))?.slot).toBe('B-09');
    expect((await desk.db.lateEntries.toArray()).map((l) => [l.id, l.day, l.counter])).toEqual([[lateEntry.id, DAY, 'C2']]);
    const check = await checkClosedDay(desk.db, close, 'Asia/Shanghai');
    expect(check.find((c) => c.counter === 'C2')).toMatchObject({ hashMatches: true, late: [{ id: lateEntry.id }] });

    // The close reaches C2 after its own late entry: C2 flags the same entry.
    const closeEntries = (await desk.db.entries.toArray()).filter((e) => e.recordType === 'dayClose');
    await applyIncomingEntries(desk.c2, closeEntries);
    expect((await desk.c2.db.lateEntries.toArray()).map((l) => l.id)).toEqual([lateEntry.id]);
  });

  it('a day closed at two counters while offline: the first close stands on both, the second is a conflict for a supervisor', async () => {
    const desk = await dayOnTwoCounters();
    await applyIncomingEntries(desk.c2, (await desk.db.entries.toArray()).filter((e) => e.counter === 'C1'));
    const first = await closeDay(desk.asSupervisor, { day: DAY, notes: 'C1' }, SUPERVISOR);
    desk.clock.advance(60_000);
    const c2Supervisor = { ...desk.c2, session: { ...desk.c2.session, staffNo: SUPERVISOR.staffNo } };
    await closeDay(c2Supervisor, { day: DAY, notes: 'C2' }, SUPERVISOR);
    const closes = async (db: typeof desk.db) => (await db.entries.toArray()).filter((e) => e.recordType === 'dayClose');
    await applyIncomingEntries(desk.asClerk, await closes(desk.c2.db));
    await applyIncomingEntries(desk.c2, await closes(desk.db));
    for (const db of [desk.db, desk.c2.db]) {
      expect(await db.dayCloses.get(DAY)).toMatchObject({ entryId: first.entryId, notes: 'C1', conflicts: [{ counter: 'C2' }] });
      expect(await countConflicts(db)).toBe(1);
      expect((await listCounterConflicts(db)).map((c) => [c.area, c.record, c.kind, c.counter])).toEqual([['dayClose', DAY, 'conflicts.kind.dayClosedTwice', 'C2']]);
    }
  });

  it('the check shows an entry changed after the close at its counter', async () => {
    const desk = await dayOnTwoCounters();
    const close = await closeDay(desk.asSupervisor, { day: DAY, notes: '' }, SUPERVISOR);
    const victim = (await desk.db.entries.toArray()).find((e) => e.counter === 'C2')!;
    await desk.db.entries.put({ ...victim, by: '6666' });
    const check = await checkClosedDay(desk.db, close, 'Asia/Shanghai');
    expect(check.find((c) => c.counter === 'C2')?.hashMatches).toBe(false);
    expect(check.find((c) => c.counter === 'C1')?.hashMatches).toBe(true);
  });
});
