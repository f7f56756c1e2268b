import type { ActionStamp } from '../storage/types';
import { CHARITY_SCHEMA_VERSION, type CharityEvent, type CharityEventEntry } from './types';

/**
 * Applies one charity event entry in the shared order. An event is handed
 * out once: a second hand-out (another counter, offline) is kept as a
 * conflict for a supervisor, never applied over the first.
 */
export function applyCharityEventEntry(ev: CharityEvent | undefined, e: CharityEventEntry): CharityEvent | undefined {
  if (e.schemaVersion > CHARITY_SCHEMA_VERSION) return ev ? { ...ev, pendingEntries: ev.pendingEntries + 1 } : ev;
  const stamp: ActionStamp = { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
  if (e.type === 'defined') {
    if (ev) return ev;
    return { ...e.data, id: e.recordId, status: 'planned', defined: stamp, printCount: 0, conflicts: [], pendingEntries: 0 };
  }
  if (!ev) return ev;
  if (e.type === 'printed') return { ...ev, printCount: ev.printCount + 1 };
  if (ev.status === 'handedOut') return { ...ev, conflicts: [...ev.conflicts, { ...stamp, entryId: e.id, reason: 'alreadyHandedOut' }] };
  return { ...ev, status: 'handedOut', handedOut: { ...stamp, ...e.data } };
}
