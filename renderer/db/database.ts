import Dexie, { type Table } from 'dexie';
import type { Entry, RecordType } from '../../shared/domain/entry';
import type { StaffMember } from '../../shared/domain/staff';
import type { StoreProfile } from '../../shared/domain/store';
import type { StorageItem } from '../../shared/domain/storage/types';
import type { LostItem } from '../../shared/domain/storage/lostFound';
import type { LockerDoor } from '../../shared/domain/storage/lockers';

/** A storage item as kept in its projection table, with the fields its indexes need. */
export interface StorageItemRow extends StorageItem {
  readonly depositedAt: number;
  /** Last four digits of the phone: what a customer usually remembers. */
  readonly phoneTail: string;
  /** 1 when the item has a conflict for a supervisor (IndexedDB cannot index booleans). */
  readonly conflict: 0 | 1;
}

export interface LostItemRow extends LostItem {
  readonly conflict: 0 | 1;
}

/** Who did what, when, at which counter: every write and every refusal. */
export interface AuditEntry {
  readonly id: string;
  readonly at: number;
  readonly staffNo: string;
  readonly approvedBy?: string | undefined;
  readonly counter: string;
  /** e.g. storage.deposited, storage.releaseRefused, session.signedIn */
  readonly action: string;
  readonly recordType?: RecordType | undefined;
  readonly recordId?: string | undefined;
  readonly number?: string | undefined;
  readonly summary: string;
}

/** Entries made here and not yet acknowledged by a sync server. */
export interface OutboxEntry {
  readonly seq: number;
  readonly entryId: string;
}

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export class DeskDatabase extends Dexie {
  entries!: Table<Entry, string>;
  storageItems!: Table<StorageItemRow, string>;
  lostItems!: Table<LostItemRow, string>;
  lockerDoors!: Table<LockerDoor, string>;
  staff!: Table<StaffMember, string>;
  stores!: Table<StoreProfile, string>;
  audit!: Table<AuditEntry, string>;
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'servicedesk') {
    super(name);
    this.version(1).stores({
      entries: 'id, [counter+seq], [recordType+recordId], hlc',
      storageItems: 'id, &number, status, phoneTail, depositedAt, conflict',
      lostItems: 'id, &number, status, foundAt, conflict',
      lockerDoors: 'id, bank, state',
      staff: 'staffNo, role',
      stores: 'id',
      audit: 'id, at, staffNo, action, [recordType+recordId]',
      outbox: 'seq',
      meta: 'key',
    });
  }
}
