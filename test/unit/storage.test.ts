import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entry } from '../../shared/domain/entry';
import { hlcToString } from '../../shared/domain/hlc';
import { projectStorageItem } from '../../shared/domain/storage/projection';
import { checkRelease, daysHeld, DEFAULT_STORAGE_POLICY, isPastClosing, overdueItems, overnightList } from '../../shared/domain/storage/rules';
import type { StorageEntry, StorageItem } from '../../shared/domain/storage/types';

const T0 = Date.UTC(2026, 10, 25, 2, 0); // 10:00 in Shanghai

function entry<E extends StorageEntry>(type: E['type'], data: E['data'], wall: number, counter = 'C1', id = `${counter}-${wall}`): StorageEntry {
  const e: Entry = {
    id,
    recordType: 'storage',
    recordId: 'item-1',
    type,
    schemaVersion: 1,
    store: 'S01',
    counter,
    seq: 1,
    hlc: hlcToString({ wall, logical: 0, node: counter }),
    at: wall,
    by: `staff-${counter}`,
    data,
  };
  return e as StorageEntry;
}

const deposited = entry('deposited', { number: 'JC-S01-C1-261125-0001', description: '行李箱', count: 1, slot: 'A1', source: 'counter' }, T0);

describe('storage item projection', () => {
  it('a deposited item is held', () => {
    expect(projectStorageItem([deposited])?.status).toBe('held');
  });

  it('the first release wins; a later one from another counter is a conflict, not applied', () => {
    const first = entry('released', { mode: 'ticket' }, T0 + 1000, 'C1');
    const second = entry('released', { mode: 'ticket' }, T0 + 2000, 'C2');
    const item = projectStorageItem([second, deposited, first])!;
    expect(item.status).toBe('released');
    expect(item.released?.counter).toBe('C1');
    expect(item.conflicts).toEqual([{ entryId: second.id, kind: 'releasedTwice', by: 'staff-C2', at: T0 + 2000, counter: 'C2' }]);
  });

  it('gives the same state for any arrival order of the same entries; every late release or move is its own conflict', () => {
    const entries = [
      deposited,
      entry('printed', { template: 'storageTicket', copy: 1 }, T0 + 10),
      entry('printed', { template: 'storageTicket', copy: 2 }, T0 + 20, 'C2'),
      entry('released', { mode: 'ticket' }, T0 + 500, 'C2'),
      entry('released', { mode: 'lostTicket' }, T0 + 500, 'C3'),
      entry('movedToLostFound', { lostItemId: 'l1', reason: 'overdue' }, T0 + 900, 'C1'),
    ];
    const expected = projectStorageItem(entries);
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), (shuffled) => {
        expect(projectStorageItem(shuffled)).toEqual(expected);
      }),
    );
    expect(expected?.released?.counter).toBe('C2');
    expect(expected?.printCount).toBe(2);
    expect(expected?.conflicts.map((c) => [c.kind, c.counter])).toEqual([
      ['releasedTwice', 'C3'],
      ['movedAfterRelease', 'C1'],
    ]);
  });

  it('a release at one counter and a move to lost and found at another give one conflict, in either order', () => {
    const release = entry('released', { mode: 'ticket' }, T0 + 500, 'C2');
    const move = entry('movedToLostFound', { lostItemId: 'l1', reason: 'overdue' }, T0 + 900, 'C1');
    const released = projectStorageItem([deposited, move, release])!;
    expect(released.status).toBe('released');
    expect(released.conflicts).toEqual([{ entryId: move.id, kind: 'movedAfterRelease', by: 'staff-C1', at: T0 + 900, counter: 'C1', lostItemId: 'l1' }]);
    const earlyMove = entry('movedToLostFound', { lostItemId: 'l2', reason: 'overdue' }, T0 + 100, 'C1');
    const moved = projectStorageItem([deposited, release, earlyMove])!;
    expect(moved.status).toBe('movedToLostFound');
    expect(moved.conflicts).toEqual([{ entryId: release.id, kind: 'releasedAfterMove', by: 'staff-C2', at: T0 + 500, counter: 'C2' }]);
  });

  it('an entry of a newer schema is kept waiting, not applied', () => {
    const future = { ...entry('released', { mode: 'ticket' }, T0 + 1000), schemaVersion: 99 } as StorageEntry;
    const item = projectStorageItem([deposited, future])!;
    expect(item.status).toBe('held');
    expect(item.pendingEntries).toBe(1);
  });
});

describe('storage rules', () => {
  const held = projectStorageItem([deposited])!;
  const released = projectStorageItem([deposited, entry('released', { mode: 'ticket' }, T0 + 1000, 'C2')])!;

  it('refuses a second release and says who released it and when', () => {
    expect(checkRelease(held)).toEqual({ ok: true });
    expect(checkRelease(released)).toEqual({ ok: false, reason: 'alreadyReleased', by: 'staff-C2', at: T0 + 1000, counter: 'C2' });
  });

  it('counts days held in store-local calendar days', () => {
    expect(daysHeld(held, T0 + 12 * 3600_000, 'Asia/Shanghai')).toBe(0); // 22:00 same day
    expect(daysHeld(held, T0 + 15 * 3600_000, 'Asia/Shanghai')).toBe(1); // 01:00 next day
  });

  it('lists held items overnight and the overdue ones past the limit', () => {
    const items: StorageItem[] = [released, held];
    expect(overnightList(items).map((i) => i.status)).toEqual(['held']);
    const day = 24 * 3600_000;
    expect(overdueItems(items, T0 + 3 * day, DEFAULT_STORAGE_POLICY)).toHaveLength(0);
    expect(overdueItems(items, T0 + 4 * day, DEFAULT_STORAGE_POLICY)).toEqual([held]);
  });

  it('knows when the store has closed (22:00 Shanghai)', () => {
    expect(isPastClosing(Date.UTC(2026, 10, 25, 13, 59), DEFAULT_STORAGE_POLICY)).toBe(false);
    expect(isPastClosing(Date.UTC(2026, 10, 25, 14, 0), DEFAULT_STORAGE_POLICY)).toBe(true);
  });
});
