import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries, rebuildAllProjections } from '../../renderer/db/incoming';
import { depositItem, findTicket, releaseItem, releaseWithLostTicket } from '../../renderer/db/storage/bulky';
import { moveToLostFound } from '../../renderer/db/storage/lostFound';
import { searchStorage, storageConflicts } from '../../renderer/db/storage/queries';
import { readCounterClock } from '../../renderer/db/writePath';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';

const DAY = 86_400_000;
const suitcase = { description: '黑色行李箱', count: '2', customerName: '张先生', phone: '138 0013 8000', slot: 'A-03' };

describe('storage data path', () => {
  it('a deposit writes entry, projection, audit and outbox together, with a numbered ticket', async () => {
    const { db, asClerk } = await makeDesk();
    const before = await readCounterClock(db);
    const item = await depositItem(asClerk, newId(), suitcase);
    expect(item.number).toBe('JC-S01-C1-261125-0001');
    expect(item).toMatchObject({ status: 'held', count: 2, phone: '13800138000', slot: 'A-03', deposited: { by: CLERK.staffNo, counter: 'C1' } });
    const entries = await db.entries.where('[recordType+recordId]').equals(['storage', item.id]).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.seq).toBe(before.seq + 1);
    expect(await db.outbox.get(before.seq + 1)).toEqual({ seq: before.seq + 1, entryId: entries[0]!.id });
    expect(await db.audit.where('action').equals('storage.deposited').count()).toBe(1);
    const second = await depositItem(asClerk, newId(), suitcase);
    expect(second.number).toBe('JC-S01-C1-261125-0002');
  });

  it('a double submit of the same form makes one item, not two', async () => {
    const { db, asClerk } = await makeDesk();
    const draftId = newId();
    const [a, b] = await Promise.all([depositItem(asClerk, draftId, suitcase), depositItem(asClerk, draftId, suitcase)]);
    expect(a.number).toBe(b.number);
    expect(await db.storageItems.count()).toBe(1);
  });

  it('bad input is refused at the field and nothing is written', async () => {
    const { db, asClerk } = await makeDesk();
    const entriesBefore = await db.entries.count();
    for (const bad of [
      { ...suitcase, count: '0' },
      { ...suitcase, count: '1.5' },
      { ...suitcase, count: 'abc' },
      { ...suitcase, description: '   ' },
      { ...suitcase, description: 'x'.repeat(201) },
      { ...suitcase, phone: '12345' },
    ]) {
      await expect(depositItem(asClerk, newId(), bad)).rejects.toBeInstanceOf(ZodError);
    }
    expect(await db.entries.count()).toBe(entriesBefore);
    expect(await db.storageItems.count()).toBe(0);
  });

  it('a transaction that fails half way leaves nothing behind', async () => {
    const { db, asClerk } = await makeDesk();
    const draftId = newId();
    await depositItem(asClerk, draftId, suitcase);
    const counts = async () => [await db.entries.count(), await db.audit.count(), await db.outbox.count()];
    const before = await counts();
    // Releasing an unknown id throws inside the transaction: no audit, no entry.
    await expect(releaseItem(asClerk, 'no-such-item')).rejects.toBeInstanceOf(DeskError);
    expect(await counts()).toEqual(before);
  });

  it('finds a ticket by a scanned or typed number and explains a bad one', async () => {
    const { db, asClerk } = await makeDesk();
    const item = await depositItem(asClerk, newId(), suitcase);
    expect((await findTicket(db, item.number.toLowerCase())).id).toBe(item.id);
    await expect(findTicket(db, 'hello')).rejects.toMatchObject({ code: 'error.ticketFormat', field: 'number' });
    await expect(findTicket(db, 'JC-S01-C1-261125-0999')).rejects.toMatchObject({ code: 'error.ticketUnknown' });
    await expect(findTicket(db, 'SW-S01-C1-261125-0001')).rejects.toMatchObject({ code: 'error.ticketFormat' });
  });

  it('releases exactly once; the second attempt says who released it and when', async () => {
    const { db, clock, asClerk } = await makeDesk();
    const item = await depositItem(asClerk, newId(), suitcase);
    clock.advance(60_000);
    const first = await releaseItem(asClerk, item.id);
    expect(first.released).toBe(true);
    const again = await releaseItem(asClerk, item.id);
    expect(again).toMatchObject({ released: false, refusal: { reason: 'alreadyReleased', by: CLERK.staffNo, counter: 'C1', at: clock.at } });
    expect(await db.entries.where('[recordType+recordId]').equals(['storage', item.id]).count()).toBe(2);
    expect(await db.audit.where('action').equals('storage.releaseRefused').count()).toBe(1);
  });

  it('two releases racing at one counter: one passes, one is refused', async () => {
    const { asClerk } = await makeDesk();
    const item = await depositItem(asClerk, newId(), suitcase);
    const results = await Promise.all([releaseItem(asClerk, item.id), releaseItem(asClerk, item.id)]);
    expect(results.filter((r) => r.released)).toHaveLength(1);
  });

  it('a release from another counter arriving later shows as a conflict', async () => {
    const { db, clock, asClerk, joinedCounter } = await makeDesk();
    const item = await depositItem(asClerk, newId(), suitcase);
    const deposit = await db.entries.where('[recordType+recordId]').equals(['storage', item.id]).toArray();
    // Counter C2 received the deposit earlier and released the item while offline.
    const c2 = await joinedCounter('C2');
    await applyIncomingEntries(c2, deposit);
    clock.advance(1000);
    await releaseItem(c2, item.id);
    clock.advance(1000);
    await releaseItem(asClerk, item.id);
    const fromC2 = await c2.db.entries.where('[recordType+recordId]').equals(['storage', item.id]).toArray();
    await applyIncomingEntries(asClerk, fromC2);
    const after = await db.storageItems.get(item.id);
    expect(after?.released?.counter).toBe('C2');
    expect(after?.conflicts).toHaveLength(1);
    expect(after?.conflicts[0]).toMatchObject({ kind: 'releasedTwice', counter: 'C1' });
    expect((await storageConflicts(db)).map((i) => i.id)).toEqual([item.id]);
    // A repeated pull changes nothing.
    expect(await applyIncomingEntries(asClerk, fromC2)).toBe(0);
  });

  it('lost ticket: release needs a supervisor PIN; a clerk PIN or a wrong PIN is refused', async () => {
    const { db, asClerk } = await makeDesk();
    const item = await depositItem(asClerk, newId(), suitcase);
    const request = { itemId: item.id, identity: { contents: '黑色行李箱两个', phone: '13800138000', note: '身份证核对' } };
    await expect(releaseWithLostTicket(asClerk, request, { staffNo: CLERK.staffNo, pin: CLERK.pin })).rejects.toMatchObject({ code: 'error.approverRole' });
    await expect(releaseWithLostTicket(asClerk, request, { staffNo: SUPERVISOR.staffNo, pin: '000000' })).rejects.toMatchObject({ code: 'error.approvalFailed' });
    expect((await db.storageItems.get(item.id))?.status).toBe('held');
    const done = await releaseWithLostTicket(asClerk, request, SUPERVISOR);
    expect(done).toMatchObject({ released: true, item: { released: { mode: 'lostTicket', approvedBy: SUPERVISOR.staffNo } } });
    expect(await db.audit.where('action').equals('approval.refused').count()).toBe(2);
  });

  it('moves an item to lost and found only once it is overdue: until then it stays held and nothing is written', async () => {
    const desk = await makeDesk();
    const item = await depositItem(desk.asClerk, newId(), { description: '婴儿推车', count: '1', slot: 'A-02' });
    const move = () => moveToLostFound(desk.asClerk, { itemId: item.id, reason: '超期未取' }, SUPERVISOR);
    // Held 3 days is the limit itself (overdue after 3): not yet.
    desk.clock.advance(3 * DAY);
    const entries = await desk.db.entries.count();
    const early = await move().catch((e: unknown) => e);
    expect(early).toBeInstanceOf(DeskError);
    expect(early).toMatchObject({ code: 'error.notOverdue', params: { number: item.number, days: 3 } });
    expect(await desk.db.entries.count()).toBe(entries);
    expect(await desk.db.storageItems.get(item.id)).toMatchObject({ status: 'held' });
    expect(await desk.db.lostItems.count()).toBe(0);
    // A day later it is overdue and moves, with the supervisor who approved.
    desk.clock.advance(DAY);
    const lost = await move();
    expect(lost).toMatchObject({ fromStorageNumber: item.number, status: 'kept' });
    expect(await desk.db.storageItems.get(item.id)).toMatchObject({ status: 'movedToLostFound', moved: { approvedBy: SUPERVISOR.staffNo } });
  });

  it('search by number, phone tail, description and date', async () => {
    const { db, clock, asClerk } = await makeDesk();
    const a = await depositItem(asClerk, newId(), suitcase);
    clock.advance(86_400_000);
    const b = await depositItem(asClerk, newId(), { description: '婴儿车', count: '1', phone: '13912345678', slot: 'B-01' });
    expect((await searchStorage(db, { text: a.number })).map((i) => i.id)).toEqual([a.id]);
    expect((await searchStorage(db, { text: '5678' })).map((i) => i.id)).toEqual([b.id]);
    expect((await searchStorage(db, { text: '13912345678' })).map((i) => i.id)).toEqual([b.id]);
    expect((await searchStorage(db, { text: '行李' })).map((i) => i.id)).toEqual([a.id]);
    expect((await searchStorage(db, { text: '', from: clock.at - 1000 })).map((i) => i.id)).toEqual([b.id]);
    expect((await searchStorage(db, { text: '' })).map((i) => i.id)).toEqual([b.id, a.id]);
  });

  it('rebuilding every projection from the entries gives the same state', async () => {
    const { db, clock, asClerk } = await makeDesk();
    const a = await depositItem(asClerk, newId(), suitcase);
    await depositItem(asClerk, newId(), { description: '纸箱', count: '3', slot: 'C' });
    clock.advance(5000);
    await releaseItem(asClerk, a.id);
    const snapshot = async () => ({
      storage: await db.storageItems.orderBy('id').toArray(),
      staff: await db.staff.orderBy('staffNo').toArray(),
      stores: await db.stores.toArray(),
    });
    const before = await snapshot();
    await rebuildAllProjections(db);
    expect(await snapshot()).toEqual(before);
  });
});
