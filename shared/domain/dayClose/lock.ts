import type { Entry, RecordType } from '../entry';
import type { DayClose } from './types';

/**
 * The record types of the desk's business: a signed day locks them. Set-up
 * (staff, store settings, calendar, technicians' skills) and the close
 * itself are not the day's business and stay writable.
 */
const LOCKED_RECORD_TYPES: ReadonlySet<RecordType> = new Set<RecordType>([
  'storage',
  'lostItem',
  'lockerDoor',
  'receipt',
  'returnRecord',
  'campaign',
  'giftStock',
  'handout',
  'draw',
  'complaint',
  'serviceCall',
  'maintenanceContract',
  'serviceDay',
  'survey',
  'invoice',
  'enquiry',
  'charityEvent',
  'preOrder',
]);

export function isLockedByClose(recordType: RecordType): boolean {
  return LOCKED_RECORD_TYPES.has(recordType);
}

/** Entry types that undo earlier work: made after that work's day was signed, they are its correction. */
const REVERSING_TYPES: ReadonlySet<string> = new Set(['reversed', 'refundReversed', 'giftReversed']);

/** Whether an entry undoes earlier business (and so may be a correction of a closed day). */
export function mayCorrect(entry: Pick<Entry, 'recordType' | 'type'>): boolean {
  return isLockedByClose(entry.recordType) && REVERSING_TYPES.has(entry.type);
}

/**
 * The closed day an entry corrects: a reversing entry on a record made on a
 * day already signed (and not today) corrects that day; anything else
 * corrects nothing.
 */
export function correctionDay(entry: Pick<Entry, 'recordType' | 'type'>, recordDay: string, today: string, isClosed: (day: string) => boolean): string | undefined {
  if (!mayCorrect(entry)) return undefined;
  return recordDay < today && isClosed(recordDay) ? recordDay : undefined;
}

/**
 * A business entry of a closed day that the close did not cover: its counter
 * was not in the close, or its sequence number lies outside what the close
 * counted (or in a gap the close noted). Decided from the entry and the close
 * alone, so every copy flags the same entries whatever order they arrived in.
 */
export function isLateForClose(entry: Pick<Entry, 'counter' | 'seq' | 'recordType'>, close: Pick<DayClose, 'counters'>): boolean {
  return isLockedByClose(entry.recordType) && !isCoveredByClose(entry, close);
}

/** Whether the close counted this entry of its day (set-up entries made after the close are allowed, never counted). */
export function isCoveredByClose(entry: Pick<Entry, 'counter' | 'seq'>, close: Pick<DayClose, 'counters'>): boolean {
  const covered = close.counters.find((c) => c.counter === entry.counter);
  if (!covered || covered.entries === 0) return false;
  return entry.seq >= covered.firstSeq && entry.seq <= covered.lastSeq && !covered.missingSeqs.includes(entry.seq);
}
