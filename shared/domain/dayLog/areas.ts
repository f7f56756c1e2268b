import type { CalendarEntry } from '../calendar/record';
import type { ComplaintEntry } from '../complaints/entries';
import type { DayCloseEntry } from '../dayClose/types';
import { RECORD_TYPES, type RecordType } from '../entry';
import type { CampaignEntry, DrawEntry, GiftStockEntry, HandoutEntry } from '../gifts/types';
import type { ReturnEntry } from '../returns/types';
import type { ReceiptEntry } from '../sales/receipt';
import type { ContractEntry } from '../service/contract';
import type { ServiceDayEntry } from '../service/daySignoff';
import type { ServiceEntry } from '../service/entries';
import type { TechnicianEntry } from '../service/technician';
import type { StaffEntry } from '../staff';
import type { LockerEntry } from '../storage/lockers';
import type { LostItemEntry } from '../storage/lostFound';
import type { StorageEntry } from '../storage/types';
import type { StoreEntry } from '../store';
import type { SurveyEntry } from '../surveys/types';
import type { InvoiceEntry } from '../invoices/types';
import type { CharityEventEntry } from '../charity/types';
import type { EnquiryEntry } from '../enquiries/types';
import type { PreOrderEntry } from '../preOrders/types';
import type { ActingEntry } from '../acting/types';

type ActionsOf<R extends RecordType, E extends { readonly type: string }> = `${R}.${E['type']}`;

/** Every action an entry can put in the log: `${recordType}.${type}` for each record type's entries. */
export type EntryAction =
  | ActionsOf<'storage', StorageEntry>
  | ActionsOf<'lostItem', LostItemEntry>
  | ActionsOf<'lockerDoor', LockerEntry>
  | ActionsOf<'staff', StaffEntry>
  | ActionsOf<'store', StoreEntry>
  | ActionsOf<'receipt', ReceiptEntry>
  | ActionsOf<'returnRecord', ReturnEntry>
  | ActionsOf<'campaign', CampaignEntry>
  | ActionsOf<'giftStock', GiftStockEntry>
  | ActionsOf<'handout', HandoutEntry>
  | ActionsOf<'draw', DrawEntry>
  | ActionsOf<'complaint', ComplaintEntry>
  | ActionsOf<'calendar', CalendarEntry>
  | ActionsOf<'serviceCall', ServiceEntry>
  | ActionsOf<'technician', TechnicianEntry>
  | ActionsOf<'maintenanceContract', ContractEntry>
  | ActionsOf<'serviceDay', ServiceDayEntry>
  | ActionsOf<'dayClose', DayCloseEntry>
  | ActionsOf<'charityEvent', CharityEventEntry>
  | ActionsOf<'survey', SurveyEntry>
  | ActionsOf<'invoice', InvoiceEntry>
  | ActionsOf<'enquiry', EnquiryEntry>
  | ActionsOf<'preOrder', PreOrderEntry>
  | ActionsOf<'actingWindow', ActingEntry>;

/** What this counter's audit trail holds beside its entries' lines: acts that make no entry. */
export type AuditOnlyAction =
  | 'session.signedIn'
  | 'session.signInFailed'
  | 'session.signedOut'
  /** The PIN checks (renderer/db/pinCheck): a try refused while waiting after too many wrong PINs, the lock screen's own lines. */
  | 'session.signInWaiting'
  | 'session.unlocked'
  | 'session.unlockFailed'
  | 'session.unlockWaiting'
  | 'session.unlockRefused'
  | 'approval.refused'
  | 'approval.waiting'
  /** A command the permission table refused to the person signed in (shared/domain/permissions). */
  | 'permission.refused'
  | 'sync.received'
  | 'sync.projectedAfterUpdate'
  | 'counter.joined'
  | 'storage.releaseRefused'
  | 'handout.refused';

/** The areas the log filters by: every record type, and the audit trail's own (sign-in, approvals, permission refusals, sync). */
export const LOG_AREAS = [...RECORD_TYPES, 'session', 'approval', 'permission', 'sync'] as const;
export type LogArea = (typeof LOG_AREAS)[number];

/** The area of an action: the part before the dot; a counter joining the store is sync's business. */
export function areaOf(action: string): string {
  const head = action.split('.', 1)[0] ?? action;
  return head === 'counter' ? 'sync' : head;
}
