import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { pullIncoming } from '../../renderer/db/sync/pull';
import { projections } from '../sync/counters';
import { makeDesk } from './deskFixture';
import { memoryServer } from './memoryServer';

const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });

describe('a new counter’s first pull (records it never held are built from the batch, without reading them back)', () => {
  it('gives the same counter state whatever the batch size, and when the pull is split across runs', async () => {
    const desk = await makeDesk();
    const items = [];
    for (let i = 0; i < 6; i++) items.push(await depositItem(desk.asClerk, newId(), bag(`A-0${i}`)));
    for (const item of items.slice(0, 4)) {
      desk.clock.advance(60_000);
      await releaseItem(desk.asClerk, item.id);
    }
    // Released twice (as two counters offline would): the conflict must show wherever the entries land.
    await releaseItem({ ...desk.asClerk, session: { ...desk.asClerk.session, counter: 'C9' } }, items[5]!.id);
    const all = await desk.db.entries.toArray();
    const original = await projections(desk.db);

    // One entry per batch: a deposit and its release always arrive in different batches.
    const oneByOne = desk.otherCounter('C2');
    await pullIncoming(oneByOne, memoryServer(all), 1);
    expect(await projections(oneByOne.db)).toEqual(original);

    const whole = desk.otherCounter('C3');
    await pullIncoming(whole, memoryServer(all), 1000);
    expect(await projections(whole.db)).toEqual(original);

    // The first run stops half way (the deposits only); the next run starts from records it now holds.
    const split = desk.otherCounter('C4');
    const half = all.filter((e) => e.type !== 'released');
    await pullIncoming(split, memoryServer(half), 1000);
    await pullIncoming(split, memoryServer([...half, ...all.filter((e) => e.type === 'released')]), 1000);
    expect(await projections(split.db)).toEqual(original);
    expect((await split.db.storageItems.get(items[0]!.id))?.status).toBe('released');
  });
});
