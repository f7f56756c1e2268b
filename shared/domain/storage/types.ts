import type { Entry } from '../entry';

/** Where a held item came from: the bulky-item counter, or a locker cleared at closing. */
export type StorageSource = 'counter' | 'locker';

export type StorageStatus = 'held' | 'released' | 'movedToLostFound';

export interface IdentityCheck {
  /** What the customer says is in the bag/box. */
  readonly contents: string;
  readonly phone: string;
  /** ID document or other note the clerk checked. */
  readonly note: string;
}

export interface DepositedData {
  readonly number: string;
  readonly description: string;
  readonly count: number;
  readonly customerName?: string | undefined;
  readonly phone?: string | undefined;
  /** A small JPEG data URL. */
  readonly photo?: string | undefined;
  readonly slot: string;
  readonly source: StorageSource;
  readonly lockerDoorId?: string | undefined;
}

export interface ReleasedData {
  readonly mode: 'ticket' | 'lostTicket';
  readonly identity?: IdentityCheck | undefined;
}

export interface MovedToLostFoundData {
  readonly lostItemId: string;
  readonly reason: string;
}

export interface PrintedData {
  readonly template: string;
  readonly copy: number;
}

export type StorageEntry =
  | Entry<'deposited', DepositedData>
  | Entry<'released', ReleasedData>
  | Entry<'movedToLostFound', MovedToLostFoundData>
  | Entry<'printed', PrintedData>;

export interface ActionStamp {
  readonly by: string;
  readonly at: number;
  readonly counter: string;
  readonly approvedBy?: string | undefined;
}

/**
 * What arrived after the item had already left, by the shared order: a
 * second release, a release of an item already moved to lost and found, or
 * a move to lost and found of an item already released (its lost-and-found
 * record then names a bag that is gone).
 */
export const STORAGE_CONFLICT_KINDS = ['releasedTwice', 'releasedAfterMove', 'movedAfterRelease'] as const;
export type StorageConflictKind = (typeof STORAGE_CONFLICT_KINDS)[number];

export interface StorageConflict {
  readonly entryId: string;
  readonly kind: StorageConflictKind;
  readonly by: string;
  readonly at: number;
  readonly counter: string;
  /** The lost-and-found record the late move registered. */
  readonly lostItemId?: string | undefined;
}

export interface StorageItem extends DepositedData {
  readonly id: string;
  readonly status: StorageStatus;
  readonly deposited: ActionStamp;
  readonly released?: (ActionStamp & ReleasedData) | undefined;
  readonly moved?: (ActionStamp & MovedToLostFoundData) | undefined;
  readonly printCount: number;
  readonly conflicts: readonly StorageConflict[];
  /** Entries of a newer schema than this build knows: kept, not applied. */
  readonly pendingEntries: number;
}
