import type { RecordType } from './entry';
import { CALENDAR_SCHEMA_VERSION } from './calendar/record';
import { COMPLAINT_SCHEMA_VERSION } from './complaints/entries';
import { GIFT_STOCK_SCHEMA_VERSION, GIFTS_SCHEMA_VERSION } from './gifts/projection';
import { CHARITY_SCHEMA_VERSION } from './charity/types';
import { RETURN_SCHEMA_VERSION } from './returns/projection';
import { RECEIPT_INVOICE_SCHEMA_VERSION } from './sales/receipt';
import { STAFF_SCHEMA_VERSION } from './staff';
import { LOCKER_SCHEMA_VERSION } from './storage/lockers';
import { LOST_ITEM_SCHEMA_VERSION } from './storage/lostFound';
import { STORAGE_SCHEMA_VERSION } from './storage/projection';
import { SERVICE_SCHEMA_VERSION } from './service/entries';
import { TECHNICIAN_SCHEMA_VERSION } from './service/technician';
import { CONTRACT_SCHEMA_VERSION } from './service/contract';
import { SERVICE_DAY_SCHEMA_VERSION } from './service/daySignoff';
import { STORE_SCHEMA_VERSION } from './store';
import { DAY_CLOSE_SCHEMA_VERSION } from './dayClose/projection';
import { SURVEY_SCHEMA_VERSION } from './surveys/types';
import { INVOICE_SCHEMA_VERSION } from './invoices/types';
import { ENQUIRY_SCHEMA_VERSION } from './enquiries/types';
import { PRE_ORDER_SCHEMA_VERSION } from './preOrders/types';
import { ACTING_SCHEMA_VERSION } from './acting/types';

/** The newest entry schema this build reads, per record type. */
export const SCHEMA_VERSIONS: Readonly<Record<RecordType, number>> = {
  storage: STORAGE_SCHEMA_VERSION,
  lostItem: LOST_ITEM_SCHEMA_VERSION,
  lockerDoor: LOCKER_SCHEMA_VERSION,
  staff: STAFF_SCHEMA_VERSION,
  store: STORE_SCHEMA_VERSION,
  receipt: RECEIPT_INVOICE_SCHEMA_VERSION,
  returnRecord: RETURN_SCHEMA_VERSION,
  campaign: GIFTS_SCHEMA_VERSION,
  giftStock: GIFT_STOCK_SCHEMA_VERSION,
  handout: GIFTS_SCHEMA_VERSION,
  draw: GIFTS_SCHEMA_VERSION,
  complaint: COMPLAINT_SCHEMA_VERSION,
  calendar: CALENDAR_SCHEMA_VERSION,
  serviceCall: SERVICE_SCHEMA_VERSION,
  technician: TECHNICIAN_SCHEMA_VERSION,
  maintenanceContract: CONTRACT_SCHEMA_VERSION,
  serviceDay: SERVICE_DAY_SCHEMA_VERSION,
  dayClose: DAY_CLOSE_SCHEMA_VERSION,
  survey: SURVEY_SCHEMA_VERSION,
  invoice: INVOICE_SCHEMA_VERSION,
  charityEvent: CHARITY_SCHEMA_VERSION,
  enquiry: ENQUIRY_SCHEMA_VERSION,
  preOrder: PRE_ORDER_SCHEMA_VERSION,
  actingWindow: ACTING_SCHEMA_VERSION,
};

/**
 * An entry this build can project: a record type it knows, at a schema
 * version it reads. One from a newer build (arrived by sync) is kept as it
 * is and projected once this build is updated.
 */
export function isReadableEntry(entry: { readonly recordType: string; readonly schemaVersion: number }): boolean {
  return Object.hasOwn(SCHEMA_VERSIONS, entry.recordType) && entry.schemaVersion <= SCHEMA_VERSIONS[entry.recordType as RecordType];
}
