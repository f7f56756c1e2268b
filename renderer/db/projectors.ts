import type { Entry, RecordType } from '../../shared/domain/entry';
import { isKnownRecordType, sortEntries } from '../../shared/domain/entry';
import { isReadableEntry } from '../../shared/domain/schemaVersions';
import { applyStaffEntry, type StaffEntry, type StaffMember } from '../../shared/domain/staff';
import { applyStoreEntry, type StoreEntry, type StoreProfile } from '../../shared/domain/store';
import { applyStorageEntry } from '../../shared/domain/storage/projection';
import type { StorageEntry, StorageItem } from '../../shared/domain/storage/types';
import { applyLostItemEntry, type LostItem, type LostItemEntry } from '../../shared/domain/storage/lostFound';
import { applyLockerEntry, type LockerDoor, type LockerEntry } from '../../shared/domain/storage/lockers';
import { applyReceiptEntry, type ReceiptEntry, type ReceiptState } from '../../shared/domain/sales/receipt';
import { applyReturnEntry } from '../../shared/domain/returns/projection';
import type { ReturnEntry, ReturnRecord } from '../../shared/domain/returns/types';
import { factHour, returnFactOf, withFact } from '../../shared/domain/returns/facts';
import { applyCampaignEntry, applyDrawEntry, applyGiftStockEntry, applyHandoutEntry } from '../../shared/domain/gifts/projection';
import type { Campaign, CampaignEntry, Draw, DrawEntry, GiftStock, GiftStockEntry, Handout, HandoutEntry } from '../../shared/domain/gifts/types';
import { applyComplaintEntry } from '../../shared/domain/complaints/projection';
import type { ComplaintEntry } from '../../shared/domain/complaints/entries';
import { isOpen, type Complaint } from '../../shared/domain/complaints/state';
import { queueComplaintOf } from '../../shared/domain/complaints/queue';
import { complaintLookupKeys } from './complaints/lookupKeys';
import { applyCalendarEntry, type CalendarEntry, type CalendarState } from '../../shared/domain/calendar/record';
import type { ServiceEntry } from '../../shared/domain/service/entries';
import { applyServiceEntry } from '../../shared/domain/service/projection';
import { applyTechnicianEntry, type TechnicianEntry, type TechnicianSkills } from '../../shared/domain/service/technician';
import type { ServiceCall } from '../../shared/domain/service/types';
import { jobsOf, opinionOf } from '../../shared/domain/service/jobs';
import { applyContractEntry, type ContractEntry, type MaintenanceContract } from '../../shared/domain/service/contract';
import { applyServiceDayEntry, type ServiceDayEntry, type ServiceDaySignoff } from '../../shared/domain/service/daySignoff';
import { applyDayCloseEntry } from '../../shared/domain/dayClose/projection';
import type { DayClose, DayCloseEntry } from '../../shared/domain/dayClose/types';
import { applySurveyEntry } from '../../shared/domain/surveys/projection';
import type { Survey, SurveyEntry } from '../../shared/domain/surveys/types';
import type { DeskDatabase, LostItemRow, ServiceCallRow, StorageItemRow } from './database';
import { noteNumberClashes, numberedWrite } from './numberClashes';

/**
 * How each record type's current state is kept: read it, apply an entry with
 * the pure rule from shared/domain, and store it with its index fields.
 * The entry's own record type picks the projector, so one entry always
 * updates exactly one projection row.
 */
interface Projector<S> {
  read(db: DeskDatabase, recordId: string): Promise<S | undefined>;
  apply(state: S | undefined, entry: Entry): S | undefined;
  write(db: DeskDatabase, state: S): Promise<unknown>;
}

export function storageRow(item: StorageItem): StorageItemRow {
  return {
    ...item,
    depositedAt: item.deposited.at,
    phoneTail: item.phone ? item.phone.slice(-4) : '',
    conflict: item.conflicts.length > 0 ? 1 : 0,
  };
}

const storage: Projector<StorageItem> = {
  read: (db, id) => db.storageItems.get(id),
  apply: (s, e) => applyStorageEntry(s, e as StorageEntry),
  write: (db, s) => db.storageItems.put(storageRow(s)),
};

const lostItem: Projector<LostItem> = {
  read: (db, id) => db.lostItems.get(id),
  apply: (s, e) => applyLostItemEntry(s, e as LostItemEntry),
  write: (db, s) => db.lostItems.put({ ...s, conflict: s.conflicts.length > 0 ? 1 : 0 } satisfies LostItemRow),
};

const lockerDoor: Projector<LockerDoor> = {
  read: (db, id) => db.lockerDoors.get(id),
  apply: (s, e) => applyLockerEntry(s, e as LockerEntry),
  write: (db, s) => db.lockerDoors.put(s),
};

const staff: Projector<StaffMember> = {
  read: (db, id) => db.staff.get(id),
  apply: (s, e) => applyStaffEntry(s, e as StaffEntry),
  write: (db, s) => db.staff.put(s),
};

const store: Projector<StoreProfile> = {
  read: (db, id) => db.stores.get(id),
  apply: (s, e) => applyStoreEntry(s, e as StoreEntry),
  write: (db, s) => db.stores.put(s),
};

const receipt: Projector<ReceiptState> = {
  read: (db, id) => db.receipts.get(id),
  apply: (s, e) => applyReceiptEntry(s, e as ReceiptEntry),
  write: (db, s) => db.receipts.put({ ...s, conflict: s.conflicts.length > 0 ? 1 : 0 }),
};

const returnRecord: Projector<ReturnRecord> = {
  read: (db, id) => db.returns.get(id),
  apply: (s, e) => applyReturnEntry(s, e as ReturnEntry),
  write: async (db, s) => {
    await db.returns.put({ ...s, registeredAt: s.registered.at });
    // The summary's fact follows the record in the same transaction (a reversal changes its status).
    await db.returnFacts.put(withFact(await db.returnFacts.get(factHour(s.registered.at)), returnFactOf(s)));
  },
};

const campaign: Projector<Campaign> = {
  read: (db, id) => db.campaigns.get(id),
  apply: (s, e) => applyCampaignEntry(s, e as CampaignEntry),
  write: (db, s) => db.campaigns.put(s),
};

const giftStock: Projector<GiftStock> = {
  read: (db, id) => db.giftStocks.get(id),
  apply: (s, e) => applyGiftStockEntry(s, e as GiftStockEntry),
  write: (db, s) => db.giftStocks.put({ ...s, conflict: s.conflicts.length > 0 ? 1 : 0 }),
};

const handout: Projector<Handout> = {
  read: (db, id) => db.handouts.get(id),
  apply: (s, e) => applyHandoutEntry(s, e as HandoutEntry),
  write: (db, s) => db.handouts.put({ ...s, handedOutAt: s.handedOut.at, phoneKey: s.phone ?? '' }),
};

const draw: Projector<Draw> = {
  read: (db, id) => db.draws.get(id),
  apply: (s, e) => applyDrawEntry(s, e as DrawEntry),
  write: (db, s) => db.draws.put(s),
};

const complaint: Projector<Complaint> = {
  read: (db, id) => db.complaints.get(id),
  apply: (s, e) => applyComplaintEntry(s, e as ComplaintEntry),
  write: async (db, s) => {
    await db.complaints.put({ ...s, open: isOpen(s) ? 1 : 0, conflict: s.refusals.length > 0 ? 1 : 0, ...complaintLookupKeys(s) });
    // The queue keeps a small row per open complaint; a closed one leaves it (the complaint itself is kept).
    await (isOpen(s) ? db.complaintQueue.put(queueComplaintOf(s)) : db.complaintQueue.delete(s.id));
  },
};

const calendar: Projector<CalendarState> = {
  read: (db, id) => db.calendars.get(id),
  apply: (s, e) => applyCalendarEntry(s, e as CalendarEntry),
  write: (db, s) => db.calendars.put(s),
};

/** A service call with its index fields, as the serviceCalls table keeps it. */
export function serviceCallRow(s: ServiceCall): ServiceCallRow {
  const workshop = s.workshop;
  return {
    ...s,
    open: s.status === 'closed' || s.status === 'cancelled' ? 0 : 1,
    conflict: s.conflicts.length > 0 ? 1 : 0,
    technician: s.dispatch?.technician ?? '',
    phoneTail: s.customer.phone.slice(-4),
    goodsReceiptNo: workshop && !workshop.returned ? workshop.receipt.receiptNo : '',
    closedAt: s.status === 'closed' ? (s.closed?.at ?? 0) : 0,
  };
}

const serviceCall: Projector<ServiceCall> = {
  read: (db, id) => db.serviceCalls.get(id),
  apply: (s, e) => applyServiceEntry(s, e as ServiceEntry),
  write: async (db, s) => {
    await db.serviceCalls.put(serviceCallRow(s));
    // The reports' rows follow the call: made again from it (a rebuild in another order may change them), never edited.
    // A call with no job and no conflict never had any (a visit a rebuild dropped stays as a conflict): nothing to clear.
    const jobs = jobsOf(s);
    if (jobs.length > 0 || s.conflicts.length > 0) {
      await db.serviceJobs.where('callId').equals(s.id).delete();
      await db.serviceJobs.bulkPut(jobs);
    }
    const opinion = opinionOf(s);
    if (opinion) await db.serviceOpinions.put(opinion);
  },
};

const maintenanceContract: Projector<MaintenanceContract> = {
  read: (db, id) => db.maintenanceContracts.get(id),
  apply: (s, e) => applyContractEntry(s, e as ContractEntry),
  write: (db, s) => db.maintenanceContracts.put({ ...s, phoneTail: s.customer.phone.slice(-4), conflict: s.conflicts.length > 0 ? 1 : 0 }),
};

const serviceDay: Projector<ServiceDaySignoff> = {
  read: (db, id) => db.serviceDays.get(id),
  apply: (s, e) => applyServiceDayEntry(s, e as ServiceDayEntry),
  write: (db, s) => db.serviceDays.put(s),
};

const dayClose: Projector<DayClose> = {
  read: (db, id) => db.dayCloses.get(id),
  apply: (s, e) => applyDayCloseEntry(s, e as DayCloseEntry),
  write: (db, s) => db.dayCloses.put(s),
};

const survey: Projector<Survey> = {
  read: (db, id) => db.surveys.get(id),
  apply: (s, e) => applySurveyEntry(s, e as SurveyEntry),
  write: (db, s) => db.surveys.put(s),
};

const technician: Projector<TechnicianSkills> = {
  read: (db, id) => db.technicians.get(id),
  apply: (s, e) => applyTechnicianEntry(s, e as TechnicianEntry),
  write: (db, s) => db.technicians.put(s),
};

const projectors: { readonly [T in RecordType]: Projector<unknown> } = {
  storage,
  lostItem,
  lockerDoor,
  staff,
  store,
  receipt,
  returnRecord,
  campaign,
  giftStock,
  handout,
  draw,
  complaint,
  calendar,
  serviceCall,
  technician,
  maintenanceContract,
  serviceDay,
  dayClose,
  survey,
};

/** The projection tables (and the number clashes read from them), for transactions that touch every record type. */
export function projectionTables(db: DeskDatabase) {
  return [db.storageItems, db.lostItems, db.lockerDoors, db.staff, db.stores, db.receipts, db.returns, db.returnFacts, db.campaigns, db.giftStocks, db.handouts, db.draws, db.complaints, db.complaintQueue, db.calendars, db.serviceCalls, db.technicians, db.numberClashes, db.serviceJobs, db.serviceOpinions, db.maintenanceContracts, db.serviceDays, db.dayCloses, db.surveys];
}

/** Applies a new entry on top of the record's current state (the local write path). */
export async function projectEntry(db: DeskDatabase, entry: Entry): Promise<unknown> {
  const p = projectors[entry.recordType];
  const previous = await p.read(db, entry.recordId);
  const next = p.apply(previous, entry);
  if (next !== undefined) {
    await p.write(db, next);
    // A number is given when a record is made: only then can it clash with another record's.
    const written = numberedWrite(entry.recordType, entry.recordId, next);
    if (written && written.number !== numberedWrite(entry.recordType, entry.recordId, previous)?.number) await noteNumberClashes(db, [written]);
  }
  return next;
}

/**
 * Rebuilds a record's state from all its entries in the shared order: used
 * when an entry arrives from another counter, possibly older than ours.
 */
export interface RecordKey {
  readonly recordType: RecordType;
  readonly recordId: string;
}

/** A record's key as maps and sets of records hold it. */
export function recordKeyOf(k: { readonly recordType: string; readonly recordId: string }): string {
  return `${k.recordType}/${k.recordId}`;
}

/**
 * Rebuilds many records at once (a pulled batch): their entries read, the
 * states written without waiting for each other. A return's
 * write reads and updates its hour's summary fact, so returns are written
 * one after another.
 */
export async function rebuildRecords(db: DeskDatabase, keys: readonly RecordKey[], allEntriesOf?: ReadonlyMap<string, readonly Entry[]>): Promise<void> {
  const known = keys.filter((k) => isKnownRecordType(k.recordType));
  if (known.length === 0) return;
  const byRecord = new Map<string, Entry[]>();
  // Records whose every entry the caller holds need no read; the others one index read each, all in flight at once.
  const toRead = known.filter((k) => !allEntriesOf?.has(recordKeyOf(k)));
  const rows = (await Promise.all(toRead.map((k) => db.entries.where('[recordType+recordId]').equals([k.recordType, k.recordId]).toArray()))).flat();
  for (const [key, entries] of allEntriesOf ?? []) byRecord.set(key, [...entries]);
  for (const e of rows) {
    const key = recordKeyOf(e);
    const list = byRecord.get(key);
    if (list) list.push(e);
    else byRecord.set(key, [e]);
  }
  const states = known.map((k) => {
    const p = projectors[k.recordType];
    const readable = (byRecord.get(recordKeyOf(k)) ?? []).filter(isReadableEntry);
    return { k, p, next: sortEntries(readable).reduce<unknown>((s, e) => p.apply(s, e), undefined) };
  });
  await Promise.all(states.filter((s) => s.next !== undefined && s.k.recordType !== 'returnRecord').map((s) => s.p.write(db, s.next)));
  for (const s of states) if (s.next !== undefined && s.k.recordType === 'returnRecord') await s.p.write(db, s.next);
  // Once every state is written: a number two records of the batch share is found too, whichever arrived first.
  const numbered = states.flatMap((s) => numberedWrite(s.k.recordType, s.k.recordId, s.next) ?? []);
  await noteNumberClashes(db, numbered, (recordType, recordId) => byRecord.get(recordKeyOf({ recordType, recordId })));
}

export async function rebuildRecord(db: DeskDatabase, recordType: RecordType, recordId: string): Promise<unknown> {
  // A record type of a newer build (arrived by sync): its entries are kept, projected once this build is updated.
  if (!isKnownRecordType(recordType)) return undefined;
  const p = projectors[recordType];
  const entries = await db.entries.where('[recordType+recordId]').equals([recordType, recordId]).toArray();
  const next = sortEntries(entries.filter(isReadableEntry)).reduce<unknown>((s, e) => p.apply(s, e), undefined);
  if (next !== undefined) {
    await p.write(db, next);
    const written = numberedWrite(recordType, recordId, next);
    if (written) await noteNumberClashes(db, [written]);
  }
  return next;
}
