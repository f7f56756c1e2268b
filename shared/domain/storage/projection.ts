import { sortEntries } from '../entry';
import type { ActionStamp, StorageEntry, StorageItem } from './types';

export const STORAGE_SCHEMA_VERSION = 1;

function stamp(e: StorageEntry): ActionStamp {
  return { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
}

/**
 * Applies one entry to a storage item. Deterministic: the same entries in
 * the same order give the same item on every counter. A second release, a
 * release after the item went to lost and found, or a move after it was
 * released is never applied: it is kept as a conflict for a supervisor.
 */
export function applyStorageEntry(item: StorageItem | undefined, e: StorageEntry): StorageItem | undefined {
  if (e.schemaVersion > STORAGE_SCHEMA_VERSION) {
    return item ? { ...item, pendingEntries: item.pendingEntries + 1 } : item;
  }
  if (e.type === 'deposited') {
    if (item) return item;
    return {
      ...e.data,
      id: e.recordId,
      status: 'held',
      deposited: stamp(e),
      printCount: 0,
      conflicts: [],
      pendingEntries: 0,
    };
  }
  if (!item) return item;
  switch (e.type) {
    case 'released':
      if (item.status !== 'held') {
        const kind = item.status === 'released' ? 'releasedTwice' : 'releasedAfterMove';
        return { ...item, conflicts: [...item.conflicts, { entryId: e.id, kind, by: e.by, at: e.at, counter: e.counter }] };
      }
      return { ...item, status: 'released', released: { ...stamp(e), ...e.data } };
    case 'movedToLostFound':
      if (item.status !== 'held') {
        // Released at one counter, moved to lost and found at another: never silently dropped.
        const conflict = { entryId: e.id, kind: 'movedAfterRelease' as const, by: e.by, at: e.at, counter: e.counter, lostItemId: e.data.lostItemId };
        return { ...item, conflicts: [...item.conflicts, conflict] };
      }
      return { ...item, status: 'movedToLostFound', moved: { ...stamp(e), ...e.data } };
    case 'printed':
      return { ...item, printCount: item.printCount + 1 };
  }
}

/** Rebuilds an item from all its entries, in the one shared order. */
export function projectStorageItem(entries: readonly StorageEntry[]): StorageItem | undefined {
  return sortEntries(entries).reduce<StorageItem | undefined>(applyStorageEntry, undefined);
}
