import { sortEntries } from '../entry';
import type { ReturnEntry, ReturnRecord } from './types';

export const RETURN_SCHEMA_VERSION = 1;

/** A return is registered once and may be reversed once (a correction is a reversing entry, never an edit). */
export function applyReturnEntry(record: ReturnRecord | undefined, e: ReturnEntry): ReturnRecord | undefined {
  if (e.schemaVersion > RETURN_SCHEMA_VERSION) return record ? { ...record, pendingEntries: record.pendingEntries + 1 } : record;
  if (e.type === 'registered') {
    if (record) return record;
    return { ...e.data, id: e.recordId, status: 'registered', registered: { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy }, printCount: 0, pendingEntries: 0 };
  }
  if (!record) return record;
  if (e.type === 'printed') return { ...record, printCount: record.printCount + 1 };
  if (record.status === 'reversed') return record;
  return { ...record, status: 'reversed', reversed: { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy, ...e.data } };
}

export function projectReturn(entries: readonly ReturnEntry[]): ReturnRecord | undefined {
  return sortEntries(entries).reduce<ReturnRecord | undefined>(applyReturnEntry, undefined);
}
