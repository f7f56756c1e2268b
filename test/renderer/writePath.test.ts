import { describe, expect, it } from 'vitest';
import { storeDay } from '../../shared/domain/clock';
import { newId } from '../../shared/domain/ids';
import { sequenceKey } from '../../shared/domain/numbering';
import type { MarkerUpdate } from '../../shared/schema/marker';
import { checkAuditTrail } from '../../renderer/db/auditTrail';
import { reportMarksTo } from '../../renderer/db/backup/marksReporter';
import { appendDeposit } from '../../renderer/db/storage/bulky';
import { readCounterClock, writeEntries } from '../../renderer/db/writePath';
import { rebuildAllProjections } from '../../renderer/db/incoming';
import { registerReturn } from '../../renderer/db/returns/register';
import { makeDesk } from './deskFixture';

const bag = { description: '黑色拉杆箱', count: 1, slot: 'A-03', source: 'counter' } as const;

describe('the write path', () => {
  it('deposits started side by side in one write get distinct ticket numbers, a gapless sequence and one unbroken audit chain', async () => {
    const desk = await makeDesk();
    const reported: MarkerUpdate[] = [];
    reportMarksTo(desk.db, (update) => {
      reported.push(update);
      return Promise.resolve();
    });
    const before = await readCounterClock(desk.db);

    const items = await writeEntries(desk.asClerk, 'storage.deposit', (tx) => Promise.all([1, 2, 3].map(() => appendDeposit(tx, newId(), bag))));

    expect(items.map((i) => i.number.slice(-4)).sort()).toEqual(['0001', '0002', '0003']);
    const entries = await desk.db.entries.where('[recordType+recordId]').anyOf(items.map((i) => ['storage', i.id])).toArray();
    expect(entries.map((e) => e.seq).sort((a, b) => a - b)).toEqual([before.seq + 1, before.seq + 2, before.seq + 3]);
    expect((await readCounterClock(desk.db)).seq).toBe(before.seq + 3);
    expect(await desk.db.storageItems.bulkGet(items.map((i) => i.id))).toMatchObject(items.map((i) => ({ id: i.id, number: i.number, status: 'held' })));
    expect((await checkAuditTrail(desk.db)).break).toBeUndefined();
    // Each deposit counted in the day's figures once (appends started together still run one after another).
    const [fact] = await desk.db.deskFacts.where('day').equals(storeDay(desk.clock.now(), 'Asia/Shanghai')).filter((f) => f.action === 'storage.deposited').toArray();
    expect(fact?.count).toBe(3);
    // The marker knew the numbers when the write returned (before any ticket is printed).
    const key = sequenceKey('storage', desk.clock.now(), 'Asia/Shanghai');
    expect(reported).toEqual([{ store: 'S01', counter: 'C1', seq: before.seq + 3, numbers: { [key]: 3 } }]);
    expect((await desk.db.meta.get(key))?.value).toBe(3);
  });

  it('a return and its receipt entries appended as one step leave the rows, facts, totals and trail their entries rebuild to', async () => {
    const desk = await makeDesk();
    const before = await readCounterClock(desk.db);
    const line = (sku: string, name: string) => ({ sku, name, category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' });
    const saved = await registerReturn(desk.asClerk, newId(), {
      receiptNo: 'POS-20261125-0007',
      purchaseDate: '2026-11-23',
      lines: [line('6901234567892', '电水壶'), line('6901234567893', '电饭煲')],
      reason: 'quality',
      condition: 'faulty',
      outcome: 'refund',
      refundMethod: 'originalPayment',
      phone: '13800138000',
    });

    // The return, the receipt's two lines and its two refunds: five entries, numbered in turn, each with its audit and outbox line.
    const entries = (await desk.db.entries.toArray()).filter((e) => e.seq > before.seq).sort((a, b) => a.seq - b.seq);
    expect(entries.map((e) => `${e.recordType}.${e.type}`)).toEqual(['returnRecord.registered', 'receipt.lineRecorded', 'receipt.lineRecorded', 'receipt.refunded', 'receipt.refunded']);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5].map((n) => before.seq + n));
    expect(await desk.db.outbox.where('seq').above(before.seq).count()).toBe(5);
    expect((await checkAuditTrail(desk.db)).break).toBeUndefined();
    const receipt = await desk.db.receipts.toArray();
    expect(receipt).toHaveLength(1);
    expect(Object.values(receipt[0]!.lines).map((l) => l.quantityBought)).toEqual([2, 2]);
    expect(receipt[0]!.refunds.map((r) => [r.sku, r.quantity])).toEqual([
      ['6901234567892', 1],
      ['6901234567893', 1],
    ]);
    expect(await desk.db.returns.get(saved.id)).toMatchObject({ number: saved.number, refundFen: 19_980 });

    const rows = async () => ({
      receipts: await desk.db.receipts.toArray(),
      returns: await desk.db.returns.toArray(),
      returnFacts: await desk.db.returnFacts.toArray(),
      openCounts: await desk.db.openCounts.toArray(),
      customerTrail: await desk.db.customerTrail.toArray(),
    });
    const appended = await rows();
    expect(appended.customerTrail.length).toBeGreaterThan(0);
    await rebuildAllProjections(desk.db);
    expect(await rows()).toEqual(appended);
  });

  it('a record read in the write is projected on as each append leaves it, without reading it again', async () => {
    const desk = await makeDesk();
    const id = newId();
    const item = await writeEntries(desk.asClerk, 'storage.deposit', async (tx) => {
      tx.knowRow('storage', id, undefined);
      const deposited = await appendDeposit(tx, id, bag);
      // The second append of the record in this write applies to the deposit, not to the row as it was (none).
      await tx.append({ recordType: 'storage', recordId: id, type: 'released', schemaVersion: 1, number: deposited.number, data: { mode: 'ticket' }, summary: `${deposited.number} ticket` });
      return deposited;
    });

    expect(await desk.db.storageItems.get(id)).toMatchObject({ number: item.number, status: 'released' });
    // A total that went up and down again is kept as 0 where a rebuild keeps no row: the same count.
    const rows = async () => ({ items: await desk.db.storageItems.toArray(), openCounts: (await desk.db.openCounts.toArray()).filter((c) => c.count !== 0) });
    const appended = await rows();
    await rebuildAllProjections(desk.db);
    expect(await rows()).toEqual(appended);
  });
});
