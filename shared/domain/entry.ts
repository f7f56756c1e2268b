/**
 * A record's life is a list of immutable entries. The record's current state
 * is a projection of its entries; sync carries entries, never state.
 */
export const RECORD_TYPES = [
  'storage',
  'lostItem',
  'lockerDoor',
  'staff',
  'store',
  'receipt',
  'returnRecord',
  'campaign',
  'giftStock',
  'handout',
  'draw',
  'complaint',
  'calendar',
  'serviceCall',
  'technician',
  'maintenanceContract',
  'serviceDay',
  'dayClose',
  'survey',
  'invoice',
  'enquiry',
  'preOrder',
  'actingWindow',
  'charityEvent',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** A record type this build projects; an entry of another (from a newer build) is kept, not projected. */
export function isKnownRecordType(type: string): type is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(type);
}

export interface Entry<TType extends string = string, TData = unknown> {
  /** UUIDv7 made on the counter. */
  readonly id: string;
  readonly recordType: RecordType;
  readonly recordId: string;
  readonly type: TType;
  /** Version of this entry type's data schema; newer than this build knows = kept, not projected. */
  readonly schemaVersion: number;
  readonly store: string;
  readonly counter: string;
  /** The counter's gapless sequence: 1, 2, 3, ... */
  readonly seq: number;
  /** Hybrid logical clock, string form (sorts causally). */
  readonly hlc: string;
  /** Wall time, UTC epoch ms. */
  readonly at: number;
  /** Staff number of who did it. */
  readonly by: string;
  /** Staff number of the supervisor who approved it, where the step needs one. */
  readonly approvedBy?: string | undefined;
  /** The supervisor the approver stood in for (主管助理 in an open acting window): "王五 代 张三". */
  readonly approvedActingFor?: string | undefined;
  /** The supervisor `by` stood in for, when the command needed a supervisor's permission they had only through an acting window. */
  readonly actingFor?: string | undefined;
  readonly data: TData;
  /** The daily log's line for it (as the counter that made it wrote it) and the record's number: every counter's log reads the same. */
  readonly summary?: string | undefined;
  readonly number?: string | undefined;
  /** The closed business day (yyyy-MM-dd) this entry corrects, when it reverses work of a day already signed off. */
  readonly correctionOf?: string | undefined;
}

/** The one order every counter applies entries in: clock, then counter, then id. */
export function compareEntries(a: Entry, b: Entry): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function sortEntries<E extends Entry>(entries: readonly E[]): E[] {
  return [...entries].sort(compareEntries);
}
