import type { RecordType } from '../entry';
import type { DayClose, DayCloseEntry } from './types';

export const DAY_CLOSE_RECORD_TYPE: RecordType = 'dayClose';
export const DAY_CLOSE_SCHEMA_VERSION = 1;

/** The first close of a day stands; a later one (another counter, offline) is kept as a conflict for a supervisor. */
export function applyDayCloseEntry(close: DayClose | undefined, e: DayCloseEntry): DayClose | undefined {
  if (e.schemaVersion > DAY_CLOSE_SCHEMA_VERSION) return close;
  if (close) return { ...close, conflicts: [...close.conflicts, { entryId: e.id, by: e.by, at: e.at, counter: e.counter }] };
  return { id: e.recordId, ...e.data, closedAt: e.at, closedBy: e.by, closedAtCounter: e.counter, entryId: e.id, conflicts: [] };
}
