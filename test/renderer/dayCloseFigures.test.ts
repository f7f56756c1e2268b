import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { dayCloseFigures, takeDay } from '../../renderer/db/dayClose/figures';
import { closeDay } from '../../renderer/db/dayClose/close';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { depositItem } from '../../renderer/db/storage/bulky';
import type { DayClose } from '../../shared/domain/dayClose/types';
import { makeDesk, SUPERVISOR } from './deskFixture';

const DAY = '2026-11-25';
const TZ = 'Asia/Shanghai';
const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });

/** C1 and C2 worked the day before and the day (C1 holds C2's entries of both); then C2 goes on working. */
async function dayAtTwoCounters() {
  const desk = await makeDesk(Date.UTC(2026, 10, 24, 2));
  const c2 = desk.otherCounter('C2');
  await applyIncomingEntries(c2, await desk.db.entries.toArray());
  for (const slot of ['01', '02']) {
    await depositItem(desk.asClerk, newId(), bag(`A-${slot}`));
    await depositItem(c2, newId(), bag(`B-${slot}`));
    desk.clock.advance(24 * 3_600_000);
  }
  desk.clock.advance(-24 * 3_600_000);
  await applyIncomingEntries(desk.asClerk, (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
  return { ...desk, c2 };
}

/** The figures of a day taken and checked inside one transaction, after `meanwhile` came to the copy. */
async function takenThen(desk: Awaited<ReturnType<typeof dayAtTwoCounters>>, meanwhile: () => Promise<unknown>) {
  const taken = await takeDay(desk.db, DAY, TZ);
  await meanwhile();
  const figures = await desk.db.transaction('r', desk.db.tables, () => dayCloseFigures(desk.db, taken, TZ, ''));
  // As if nothing had come between: the day read, hashed and checked now.
  expect(figures).toEqual(await dayCloseFigures(desk.db, await takeDay(desk.db, DAY, TZ), TZ, ''));
  return figures;
}

describe('the close reads and hashes its day before its transaction, and nothing slips between', () => {
  it('an entry of the day that arrives after the day was taken is in the close', async () => {
    const desk = await dayAtTwoCounters();
    const figures = await takenThen(desk, async () => {
      await depositItem(desk.c2, newId(), bag('B-03'));
      await applyIncomingEntries(desk.asClerk, (await desk.c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
    });
    expect(figures.counters.find((c) => c.counter === 'C2')).toMatchObject({ entries: 2, areas: { storage: 2 } });
  });

  it('a close of the day before that arrives meanwhile links the chain to it', async () => {
    const desk = await dayAtTwoCounters();
    const c2Supervisor = { ...desk.c2, session: { ...desk.c2.session, staffNo: SUPERVISOR.staffNo } };
    let before: DayClose | undefined;
    const figures = await takenThen(desk, async () => {
      before = await closeDay(c2Supervisor, { day: '2026-11-24', notes: '' }, SUPERVISOR);
      await applyIncomingEntries(desk.asClerk, (await desk.c2.db.entries.toArray()).filter((e) => e.recordType === 'dayClose'));
    });
    expect(figures.counters.find((c) => c.counter === 'C2')?.previousHash).toBe(before?.counters.find((c) => c.counter === 'C2')?.hash);
    expect(figures.counters.find((c) => c.counter === 'C2')?.previousHash).not.toBe('');
  });
});
