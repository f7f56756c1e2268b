import { sortEntries, type Entry } from '../entry';
import type { ActionStamp, PrintedData } from './types';

export type LostItemStatus = 'kept' | 'claimed' | 'disposed';

export interface LostItemRegisteredData {
  readonly number: string;
  readonly description: string;
  /** Where it was found. */
  readonly place: string;
  /** When it was found (UTC ms). */
  readonly foundAt: number;
  /** Who handed it in. */
  readonly finder: string;
  readonly photo?: string | undefined;
  /** Set when it came from bulky storage or a locker past the overdue limit. */
  readonly fromStorageNumber?: string | undefined;
}

export interface LostItemClaimedData {
  readonly claimantName: string;
  readonly phone: string;
  /** What the claimant described / the ID seen. */
  readonly identityNote: string;
}

export type DisposalMethod = 'donated' | 'destroyed' | 'handedToPolice' | 'other';
export const DISPOSAL_METHODS: readonly DisposalMethod[] = ['donated', 'destroyed', 'handedToPolice', 'other'];

export interface LostItemDisposedData {
  readonly method: DisposalMethod;
  readonly reason: string;
}

export type LostItemEntry =
  | Entry<'registered', LostItemRegisteredData>
  | Entry<'claimed', LostItemClaimedData>
  | Entry<'disposed', LostItemDisposedData>
  | Entry<'printed', PrintedData>;

export interface LostItemConflict {
  readonly entryId: string;
  readonly kind: 'leftTwice';
  readonly by: string;
  readonly at: number;
  readonly counter: string;
}

export interface LostItem extends LostItemRegisteredData {
  readonly id: string;
  readonly status: LostItemStatus;
  readonly registered: ActionStamp;
  readonly claimed?: (ActionStamp & LostItemClaimedData) | undefined;
  readonly disposed?: (ActionStamp & LostItemDisposedData) | undefined;
  readonly printCount: number;
  readonly conflicts: readonly LostItemConflict[];
  readonly pendingEntries: number;
}

export const LOST_ITEM_SCHEMA_VERSION = 1;

function stamp(e: LostItemEntry): ActionStamp {
  return { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
}

/** An item leaves the desk once: claimed or disposed, never both, never twice. */
export function applyLostItemEntry(item: LostItem | undefined, e: LostItemEntry): LostItem | undefined {
  if (e.schemaVersion > LOST_ITEM_SCHEMA_VERSION) {
    return item ? { ...item, pendingEntries: item.pendingEntries + 1 } : item;
  }
  if (e.type === 'registered') {
    if (item) return item;
    return { ...e.data, id: e.recordId, status: 'kept', registered: stamp(e), printCount: 0, conflicts: [], pendingEntries: 0 };
  }
  if (!item) return item;
  if (e.type === 'printed') return { ...item, printCount: item.printCount + 1 };
  if (item.status !== 'kept') {
    return { ...item, conflicts: [...item.conflicts, { entryId: e.id, kind: 'leftTwice', by: e.by, at: e.at, counter: e.counter }] };
  }
  if (e.type === 'claimed') return { ...item, status: 'claimed', claimed: { ...stamp(e), ...e.data } };
  return { ...item, status: 'disposed', disposed: { ...stamp(e), ...e.data } };
}

export function projectLostItem(entries: readonly LostItemEntry[]): LostItem | undefined {
  return sortEntries(entries).reduce<LostItem | undefined>(applyLostItemEntry, undefined);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Kept items past the keeping period may be disposed of (a supervisor approves). */
export function isDueForDisposal(item: LostItem, now: number, keepDays: number): boolean {
  return item.status === 'kept' && now - item.foundAt >= keepDays * DAY_MS;
}
