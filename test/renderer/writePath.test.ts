import { describe, expect, it } from 'vitest';
import { storeDay } from '../../shared/domain/clock';
import { newId } from '../../shared/domain/ids';
import { sequenceKey } from '../../shared/domain/numbering';
import type { MarkerUpdate } from '../../shared/schema/marker';
import { checkAuditTrail } from '../../renderer/db/auditTrail';
import { reportMarksTo } from '../../renderer/db/backup/marksReporter';
import { appendDeposit } from '../../renderer/db/storage/bulky';
import { readCounterClock, writeEntries } from '../../renderer/db/writePath';
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
});
