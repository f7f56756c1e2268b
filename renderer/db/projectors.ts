import type { Entry, RecordType } from '../../shared/domain/entry';
import { APPLY_ENTRY, projectRecord } from '../../shared/domain/projection';
import { isKnownRecordType } from '../../shared/domain/entry';
import type { StaffMember } from '../../shared/domain/staff';
import type { StoreProfile } from '../../shared/domain/store';
import type { StorageItem } from '../../shared/domain/storage/types';
import type { LostItem } from '../../shared/domain/storage/lostFound';
import type { LockerDoor } from '../../shared/domain/storage/lockers';
import type { ReceiptState } from '../../shared/domain/sales/receipt';
import type { ReturnRecord } from '../../shared/domain/returns/types';
import type { Campaign, Draw, GiftStock, Handout } from '../../shared/domain/gifts/types';
import { isOpen, type Complaint } from '../../shared/domain/complaints/state';
import { queueComplaintOf } from '../../shared/domain/complaints/queue';
import { complaintLookupKeys } from './complaints/lookupKeys';
import type { CalendarState } from '../../shared/domain/calendar/record';
import type { TechnicianSkills } from '../../shared/domain/service/technician';
import type { ServiceCall } from '../../shared/domain/service/types';
import { jobsOf, opinionOf } from '../../shared/domain/service/jobs';
import type { MaintenanceContract } from '../../shared/domain/service/contract';
import type { ServiceDaySignoff } from '../../shared/domain/service/daySignoff';
import type { DayClose } from '../../shared/domain/dayClose/types';
import type { Survey } from '../../shared/domain/surveys/types';
import type { Invoice } from '../../shared/domain/invoices/types';
import { invoiceRow } from './invoices/row';
import type { Enquiry } from '../../shared/domain/enquiries/types';
import { enquiryRow } from './enquiries/row';
import type { CharityEvent } from '../../shared/domain/charity/types';
import { charityEventRow } from './charity/rows';
import type { PreOrder } from '../../shared/domain/preOrders/types';
import { preOrderRow } from './preOrders/row';
import type { ActingWindow } from '../../shared/domain/acting/types';
import type { DeskDatabase, LostItemRow, ServiceCallRow, StorageItemRow } from './database';
import { complaintFigureRowOf } from '../../shared/domain/reports/complaintFigures';
import type { FiledFact } from '../../shared/domain/reports/hourBuckets';
import { fileHourFacts, filedFact, HANDOUT_FACT, RETURN_FACT, SURVEY_FACT, type HourFactRule } from './reports/reportFacts';
import { noteNumberClashes, numberedWrite } from './numberClashes';
import { carriedSteps, COMPLAINT_CARRIED, isServiceCallOpen, LOST_ITEM_CARRIED, SERVICE_CALL_CARRIED, STORAGE_CARRIED, type CarriedRule } from '../../shared/domain/dayClose/carried';
import { addToOpenCounts } from './dayClose/openCounts';
import { COMPLAINT_TRAIL, HANDOUT_TRAIL, INVOICE_TRAIL, PRE_ORDER_TRAIL, RETURN_TRAIL, SERVICE_CALL_TRAIL, STORAGE_TRAIL, type CustomerTrailRule, type TrailChange } from '../../shared/domain/customers/trail';
import { keepCustomerTrail } from './customers/trail';

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
  /** The report fact the record keeps in an hour bucket: filed after the row is written (see fileProjectedFacts). */
  readonly hourFact?: HourFactRule<S> | undefined;
  /** The count the close carries that the record is in while open: kept as a running total with each write. */
  readonly carried?: CarriedRule<S> | undefined;
  /** The record's row in its customer's history (phone, when, what): rewritten with the record, gone when its phone is. */
  readonly customerTrail?: CustomerTrailRule<S> | undefined;
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
  apply: APPLY_ENTRY.storage,
  write: (db, s) => db.storageItems.put(storageRow(s)),
  carried: STORAGE_CARRIED,
  customerTrail: STORAGE_TRAIL,
};

const lostItem: Projector<LostItem> = {
  read: (db, id) => db.lostItems.get(id),
  apply: APPLY_ENTRY.lostItem,
  write: (db, s) => db.lostItems.put({ ...s, conflict: s.conflicts.length > 0 ? 1 : 0 } satisfies LostItemRow),
  carried: LOST_ITEM_CARRIED,
};

const lockerDoor: Projector<LockerDoor> = {
  read: (db, id) => db.lockerDoors.get(id),
  apply: APPLY_ENTRY.lockerDoor,
  write: (db, s) => db.lockerDoors.put(s),
};

const staff: Projector<StaffMember> = {
  read: (db, id) => db.staff.get(id),
  apply: APPLY_ENTRY.staff,
  write: (db, s) => db.staff.put(s),
};

const store: Projector<StoreProfile> = {
  read: (db, id) => db.stores.get(id),
  apply: APPLY_ENTRY.store,
  write: (db, s) => db.stores.put(s),
};

const receipt: Projector<ReceiptState> = {
  read: (db, id) => db.receipts.get(id),
  apply: APPLY_ENTRY.receipt,
  write: (db, s) => db.receipts.put({ ...s, conflict: s.conflicts.length > 0 ? 1 : 0 }),
};

const returnRecord: Projector<ReturnRecord> = {
  read: (db, id) => db.returns.get(id),
  apply: APPLY_ENTRY.returnRecord,
  write: (db, s) => db.returns.put({ ...s, registeredAt: s.registered.at }),
  // The summary's fact follows the record in the same transaction (a reversal changes its status).
  hourFact: RETURN_FACT,
  customerTrail: RETURN_TRAIL,
};

const campaign: Projector<Campaign> = {
  read: (db, id) => db.campaigns.get(id),
  apply: APPLY_ENTRY.campaign,
  write: (db, s) => db.campaigns.put(s),
};

const giftStock: Projector<GiftStock> = {
  read: (db, id) => db.giftStocks.get(id),
  apply: APPLY_ENTRY.giftStock,
  write: (db, s) => db.giftStocks.put({ ...s, conflict: s.conflicts.length > 0 ? 1 : 0 }),
};

const handout: Projector<Handout> = {
  read: (db, id) => db.handouts.get(id),
  apply: APPLY_ENTRY.handout,
  write: (db, s) => db.handouts.put({ ...s, handedOutAt: s.handedOut.at, phoneKey: s.phone ?? '' }),
  hourFact: HANDOUT_FACT,
  customerTrail: HANDOUT_TRAIL,
};

const draw: Projector<Draw> = {
  read: (db, id) => db.draws.get(id),
  apply: APPLY_ENTRY.draw,
  write: (db, s) => db.draws.put(s),
};

const complaint: Projector<Complaint> = {
  read: (db, id) => db.complaints.get(id),
  apply: APPLY_ENTRY.complaint,
  write: async (db, s) => {
    await db.complaints.put({ ...s, open: isOpen(s) ? 1 : 0, conflict: s.refusals.length > 0 ? 1 : 0, ...complaintLookupKeys(s) });
    // The queue keeps a small row per open complaint; a closed one leaves it (the complaint itself is kept).
    await (isOpen(s) ? db.complaintQueue.put(queueComplaintOf(s)) : db.complaintQueue.delete(s.id));
    // The reports read a small row of the figures (limits, rating) instead of the complaint with its history.
    await db.complaintFacts.put(complaintFigureRowOf(s), s.id);
  },
  carried: COMPLAINT_CARRIED,
  customerTrail: COMPLAINT_TRAIL,
};

const calendar: Projector<CalendarState> = {
  read: (db, id) => db.calendars.get(id),
  apply: APPLY_ENTRY.calendar,
  write: (db, s) => db.calendars.put(s),
};

/** A service call with its index fields, as the serviceCalls table keeps it. */
export function serviceCallRow(s: ServiceCall): ServiceCallRow {
  const workshop = s.workshop;
  return {
    ...s,
    open: isServiceCallOpen(s) ? 1 : 0,
    conflict: s.conflicts.length > 0 ? 1 : 0,
    technician: s.dispatch?.technician ?? '',
    phoneTail: s.customer.phone.slice(-4),
    goodsReceiptNo: workshop && !workshop.returned ? workshop.receipt.receiptNo : '',
    closedAt: s.status === 'closed' ? (s.closed?.at ?? 0) : 0,
  };
}

const serviceCall: Projector<ServiceCall> = {
  read: (db, id) => db.serviceCalls.get(id),
  apply: APPLY_ENTRY.serviceCall,
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
  carried: SERVICE_CALL_CARRIED,
  customerTrail: SERVICE_CALL_TRAIL,
};

const maintenanceContract: Projector<MaintenanceContract> = {
  read: (db, id) => db.maintenanceContracts.get(id),
  apply: APPLY_ENTRY.maintenanceContract,
  write: (db, s) => db.maintenanceContracts.put({ ...s, phoneTail: s.customer.phone.slice(-4), conflict: s.conflicts.length > 0 ? 1 : 0 }),
};

const serviceDay: Projector<ServiceDaySignoff> = {
  read: (db, id) => db.serviceDays.get(id),
  apply: APPLY_ENTRY.serviceDay,
  write: (db, s) => db.serviceDays.put(s),
};

const dayClose: Projector<DayClose> = {
  read: (db, id) => db.dayCloses.get(id),
  apply: APPLY_ENTRY.dayClose,
  write: (db, s) => db.dayCloses.put(s),
};

const survey: Projector<Survey> = {
  read: (db, id) => db.surveys.get(id),
  apply: APPLY_ENTRY.survey,
  write: (db, s) => db.surveys.put(s),
  hourFact: SURVEY_FACT,
};

const enquiry: Projector<Enquiry> = {
  read: (db, id) => db.enquiries.get(id),
  apply: APPLY_ENTRY.enquiry,
  write: (db, s) => db.enquiries.put(enquiryRow(s)),
};

const actingWindow: Projector<ActingWindow> = {
  read: (db, id) => db.actingWindows.get(id),
  apply: APPLY_ENTRY.actingWindow,
  write: (db, s) => db.actingWindows.put(s),
};

const preOrder: Projector<PreOrder> = {
  read: (db, id) => db.preOrders.get(id),
  apply: APPLY_ENTRY.preOrder,
  write: (db, s) => db.preOrders.put(preOrderRow(s)),
  customerTrail: PRE_ORDER_TRAIL,
};

const charityEvent: Projector<CharityEvent> = {
  read: (db, id) => db.charityEvents.get(id),
  apply: APPLY_ENTRY.charityEvent,
  write: (db, s) => db.charityEvents.put(charityEventRow(s)),
};

const invoice: Projector<Invoice> = {
  read: (db, id) => db.invoices.get(id),
  apply: APPLY_ENTRY.invoice,
  write: (db, s) => db.invoices.put(invoiceRow(s)),
  customerTrail: INVOICE_TRAIL,
};

const technician: Projector<TechnicianSkills> = {
  read: (db, id) => db.technicians.get(id),
  apply: APPLY_ENTRY.technician,
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
  invoice,
  enquiry,
  charityEvent,
  preOrder,
  actingWindow,
};

/** The projection tables (and the number clashes read from them), for transactions that touch every record type. */
export function projectionTables(db: DeskDatabase) {
  return [db.openCounts, db.customerTrail, db.storageItems, db.lostItems, db.lockerDoors, db.staff, db.stores, db.receipts, db.returns, db.returnFacts, db.campaigns, db.giftStocks, db.handouts, db.draws, db.complaints, db.complaintQueue, db.calendars, db.serviceCalls, db.technicians, db.numberClashes, db.serviceJobs, db.serviceOpinions, db.maintenanceContracts, db.serviceDays, db.dayCloses, db.surveys, db.invoices, db.enquiries, db.charityEvents, db.preOrders, db.complaintFacts, db.handoutFacts, db.surveyFacts, db.actingWindows];
}

interface Projected {
  readonly p: Projector<unknown>;
  readonly recordId: string;
  readonly next: unknown;
  /** The state kept before this write, where it was read (a fact whose time moves and a carried count need it). */
  readonly before: unknown;
}

/** Files the hour facts of records just written, each table's buckets read and written once for the whole batch. */
async function fileProjectedFacts(db: DeskDatabase, written: readonly Projected[]): Promise<void> {
  const byRule = new Map<HourFactRule<unknown>, FiledFact[]>();
  for (const w of written) {
    const rule = w.p.hourFact;
    if (!rule) continue;
    const facts = byRule.get(rule) ?? [];
    facts.push(filedFact(rule, w.recordId, w.next, w.before));
    byRule.set(rule, facts);
  }
  await Promise.all([...byRule].map(([rule, facts]) => fileHourFacts(rule.table(db), facts)));
}

/** Moves the close's carried totals by the records just written: one read and write per area that moved. */
function keepOpenCounts(db: DeskDatabase, written: readonly Projected[]): Promise<void> {
  return addToOpenCounts(db, carriedSteps(written.flatMap((w) => (w.p.carried ? [{ rule: w.p.carried, before: w.before, after: w.next }] : []))));
}

/**
 * The trail rows of records just written. `before` is the state kept before
 * the write where it is known (read, or none: a record new here); unknown,
 * a record without a phone has its row key cleared.
 */
function keepTrail(db: DeskDatabase, written: readonly { readonly p: Projector<unknown>; readonly recordId: string; readonly next: unknown; readonly before?: { readonly state: unknown } | undefined }[]): Promise<void> {
  const changes: TrailChange[] = written.flatMap((w) => (w.p.customerTrail ? [{ rule: w.p.customerTrail, recordId: w.recordId, after: w.next, before: w.before }] : []));
  return keepCustomerTrail(db, changes);
}

/**
 * The states kept now of the records whose write needs them (a report fact
 * that may move hours, a carried count), read before they are written again.
 * A record none of whose entries this copy held (`unheld`) has no row: not read.
 */
const keptBefore = (db: DeskDatabase, records: readonly { readonly p: Projector<unknown>; readonly recordId: string; readonly unheld?: boolean }[]) =>
  Promise.all(records.map((r) => ((r.p.hourFact?.moves || r.p.carried) && !r.unheld ? r.p.read(db, r.recordId) : Promise.resolve(undefined))));

/** Rows a write has read, by record key (`row` undefined: none kept); projecting keeps them as written. */
export type KnownRows = Map<string, { readonly row: unknown }>;

/**
 * Applies new entries on top of their records' current states (the local
 * write path): each record read once, its entries applied in order, its
 * state written once, and the facts, totals and trail moved from the state
 * before to the state after: what applying and writing them one by one
 * would leave, in one round trip per step instead of one per entry.
 */
export async function projectEntries(db: DeskDatabase, entries: readonly Entry[], known?: KnownRows): Promise<void> {
  const records = new Map<string, { readonly p: Projector<unknown>; readonly recordType: RecordType; readonly recordId: string; readonly entries: Entry[] }>();
  for (const entry of entries) {
    const key = recordKeyOf(entry);
    const record = records.get(key) ?? { p: projectors[entry.recordType], recordType: entry.recordType, recordId: entry.recordId, entries: [] };
    record.entries.push(entry);
    records.set(key, record);
  }
  const changed = await Promise.all(
    [...records.values()].map(async (r) => {
      const key = recordKeyOf(r);
      const kept = known?.get(key);
      const previous = kept ? kept.row : await r.p.read(db, r.recordId);
      // An entry that leaves no state is not written: the next one applies to the state kept before it.
      const next = r.entries.reduce<unknown>((state, entry) => r.p.apply(state, entry) ?? state, previous);
      if (kept) known?.set(key, { row: next });
      return next === previous ? undefined : { ...r, next, before: previous };
    }),
  );
  const written = changed.filter((c) => c !== undefined);
  if (written.length === 0) return;
  // A number is given when a record is made: only then can it clash with another record's.
  const numbersGiven = written.flatMap((w) => {
    const numbered = numberedWrite(w.recordType, w.recordId, w.next);
    return numbered && numbered.number !== numberedWrite(w.recordType, w.recordId, w.before)?.number ? [numbered] : [];
  });
  // The facts, totals and clashes need the states, not the rows: read and written beside the rows, not after them.
  await Promise.all([
    ...written.map((w) => w.p.write(db, w.next)),
    noteNumberClashes(db, numbersGiven),
    fileProjectedFacts(db, written),
    keepOpenCounts(db, written),
    keepTrail(db, written.map((w) => ({ ...w, before: { state: w.before } }))),
  ]);
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
 * states written without waiting for each other, then their report facts
 * filed, each hour bucket once.
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
    return { k, p: projectors[k.recordType], next: projectRecord(k.recordType, byRecord.get(recordKeyOf(k)) ?? []) };
  });
  const written = states.filter((s) => s.next !== undefined).map((s) => ({ p: s.p, recordId: s.k.recordId, next: s.next, unheld: allEntriesOf?.has(recordKeyOf(s.k)) }));
  const before = await keptBefore(db, written);
  await Promise.all(written.map((w) => w.p.write(db, w.next)));
  const projected = written.map((w, i) => ({ ...w, before: before[i] }));
  await fileProjectedFacts(db, projected);
  await keepOpenCounts(db, projected);
  await keepTrail(db, written.map((w) => ({ ...w, before: w.unheld ? { state: undefined } : undefined })));
  // Once every state is written: a number two records of the batch share is found too, whichever arrived first.
  const numbered = states.flatMap((s) => numberedWrite(s.k.recordType, s.k.recordId, s.next) ?? []);
  await noteNumberClashes(db, numbered, (recordType, recordId) => byRecord.get(recordKeyOf({ recordType, recordId })));
}

export async function rebuildRecord(db: DeskDatabase, recordType: RecordType, recordId: string): Promise<unknown> {
  // A record type of a newer build (arrived by sync): its entries are kept, projected once this build is updated.
  if (!isKnownRecordType(recordType)) return undefined;
  const p = projectors[recordType];
  const entries = await db.entries.where('[recordType+recordId]').equals([recordType, recordId]).toArray();
  const next = projectRecord(recordType, entries);
  if (next !== undefined) {
    const [before] = await keptBefore(db, [{ p, recordId }]);
    await p.write(db, next);
    await fileProjectedFacts(db, [{ p, recordId, next, before }]);
    await keepOpenCounts(db, [{ p, recordId, next, before }]);
    await keepTrail(db, [{ p, recordId, next }]);
    const written = numberedWrite(recordType, recordId, next);
    if (written) await noteNumberClashes(db, [written]);
  }
  return next;
}
