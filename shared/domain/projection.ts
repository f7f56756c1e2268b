import type { CalendarEntry, CalendarState } from './calendar/record';
import { applyCalendarEntry } from './calendar/record';
import type { ComplaintEntry } from './complaints/entries';
import { applyComplaintEntry } from './complaints/projection';
import type { Complaint } from './complaints/state';
import { applyDayCloseEntry } from './dayClose/projection';
import type { DayClose, DayCloseEntry } from './dayClose/types';
import { isKnownRecordType, sortEntries, type Entry, type RecordType } from './entry';
import { applyCampaignEntry, applyDrawEntry, applyGiftStockEntry, applyHandoutEntry } from './gifts/projection';
import type { Campaign, CampaignEntry, Draw, DrawEntry, GiftStock, GiftStockEntry, Handout, HandoutEntry } from './gifts/types';
import { applyReturnEntry } from './returns/projection';
import type { ReturnEntry, ReturnRecord } from './returns/types';
import { applyReceiptEntry, type ReceiptEntry, type ReceiptState } from './sales/receipt';
import { isReadableEntry } from './schemaVersions';
import { applyContractEntry, type ContractEntry, type MaintenanceContract } from './service/contract';
import { applyServiceDayEntry, type ServiceDayEntry, type ServiceDaySignoff } from './service/daySignoff';
import type { ServiceEntry } from './service/entries';
import { applyServiceEntry } from './service/projection';
import { applyTechnicianEntry, type TechnicianEntry, type TechnicianSkills } from './service/technician';
import type { ServiceCall } from './service/types';
import { applyStaffEntry, type StaffEntry, type StaffMember } from './staff';
import { applyStoreEntry, type StoreEntry, type StoreProfile } from './store';
import { applyLockerEntry, type LockerDoor, type LockerEntry } from './storage/lockers';
import { applyLostItemEntry, type LostItem, type LostItemEntry } from './storage/lostFound';
import { applyStorageEntry } from './storage/projection';
import type { StorageEntry, StorageItem } from './storage/types';
import { applySurveyEntry } from './surveys/projection';
import { applyInvoiceEntry } from './invoices/projection';
import type { Invoice, InvoiceEntry } from './invoices/types';
import { applyCharityEventEntry } from './charity/projection';
import type { CharityEvent, CharityEventEntry } from './charity/types';
import type { Survey, SurveyEntry } from './surveys/types';
import { applyEnquiryEntry } from './enquiries/projection';
import type { Enquiry, EnquiryEntry } from './enquiries/types';
import { applyPreOrderEntry } from './preOrders/projection';
import type { PreOrder, PreOrderEntry } from './preOrders/types';
import { applyActingEntry } from './acting/projection';
import type { ActingEntry, ActingWindow } from './acting/types';

/** The state each record type projects to. */
export interface RecordStates {
  readonly storage: StorageItem;
  readonly lostItem: LostItem;
  readonly lockerDoor: LockerDoor;
  readonly staff: StaffMember;
  readonly store: StoreProfile;
  readonly receipt: ReceiptState;
  readonly returnRecord: ReturnRecord;
  readonly campaign: Campaign;
  readonly giftStock: GiftStock;
  readonly handout: Handout;
  readonly draw: Draw;
  readonly complaint: Complaint;
  readonly calendar: CalendarState;
  readonly serviceCall: ServiceCall;
  readonly technician: TechnicianSkills;
  readonly maintenanceContract: MaintenanceContract;
  readonly serviceDay: ServiceDaySignoff;
  readonly dayClose: DayClose;
  readonly survey: Survey;
  readonly invoice: Invoice;
  readonly charityEvent: CharityEvent;
  readonly enquiry: Enquiry;
  readonly preOrder: PreOrder;
  readonly actingWindow: ActingWindow;
}

type ApplyEntry<S> = (state: S | undefined, entry: Entry) => S | undefined;

/**
 * The one rule per record type that applies an entry to a record's state:
 * the counter's Dexie projectors and the head office's reports (built from
 * entries read through sync) both project with it.
 */
export const APPLY_ENTRY: { readonly [T in RecordType]: ApplyEntry<RecordStates[T]> } = {
  storage: (s, e) => applyStorageEntry(s, e as StorageEntry),
  lostItem: (s, e) => applyLostItemEntry(s, e as LostItemEntry),
  lockerDoor: (s, e) => applyLockerEntry(s, e as LockerEntry),
  staff: (s, e) => applyStaffEntry(s, e as StaffEntry),
  store: (s, e) => applyStoreEntry(s, e as StoreEntry),
  receipt: (s, e) => applyReceiptEntry(s, e as ReceiptEntry),
  returnRecord: (s, e) => applyReturnEntry(s, e as ReturnEntry),
  campaign: (s, e) => applyCampaignEntry(s, e as CampaignEntry),
  giftStock: (s, e) => applyGiftStockEntry(s, e as GiftStockEntry),
  handout: (s, e) => applyHandoutEntry(s, e as HandoutEntry),
  draw: (s, e) => applyDrawEntry(s, e as DrawEntry),
  complaint: (s, e) => applyComplaintEntry(s, e as ComplaintEntry),
  calendar: (s, e) => applyCalendarEntry(s, e as CalendarEntry),
  serviceCall: (s, e) => applyServiceEntry(s, e as ServiceEntry),
  technician: (s, e) => applyTechnicianEntry(s, e as TechnicianEntry),
  maintenanceContract: (s, e) => applyContractEntry(s, e as ContractEntry),
  serviceDay: (s, e) => applyServiceDayEntry(s, e as ServiceDayEntry),
  dayClose: (s, e) => applyDayCloseEntry(s, e as DayCloseEntry),
  survey: (s, e) => applySurveyEntry(s, e as SurveyEntry),
  invoice: (s, e) => applyInvoiceEntry(s, e as InvoiceEntry),
  charityEvent: (s, e) => applyCharityEventEntry(s, e as CharityEventEntry),
  enquiry: (s, e) => applyEnquiryEntry(s, e as EnquiryEntry),
  preOrder: (s, e) => applyPreOrderEntry(s, e as PreOrderEntry),
  actingWindow: (s, e) => applyActingEntry(s, e as ActingEntry),
};

/** A record's state from all its entries in the shared order (entries of a newer build kept out); undefined for a type this build does not know. */
export function projectRecord<T extends RecordType>(recordType: T, entries: readonly Entry[]): RecordStates[T] | undefined {
  if (!isKnownRecordType(recordType)) return undefined;
  const apply = APPLY_ENTRY[recordType] as ApplyEntry<RecordStates[T]>;
  return sortEntries(entries.filter(isReadableEntry)).reduce<RecordStates[T] | undefined>((s, e) => apply(s, e), undefined);
}
