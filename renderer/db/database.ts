import type { ServiceCall } from '../../shared/domain/service/types';
import type { TechnicianSkills } from '../../shared/domain/service/technician';
import type { ServiceJob, ServiceOpinion } from '../../shared/domain/service/jobs';
import type { MaintenanceContract } from '../../shared/domain/service/contract';
import type { ServiceDaySignoff } from '../../shared/domain/service/daySignoff';
import Dexie, { type Table } from 'dexie';
import { DEFAULT_TIME_ZONE } from '../../shared/domain/clock';
import { countIntoFacts } from '../../shared/domain/dayLog/facts';
import type { Entry, RecordType } from '../../shared/domain/entry';
import type { StaffMember } from '../../shared/domain/staff';
import type { StoreProfile } from '../../shared/domain/store';
import type { StorageItem } from '../../shared/domain/storage/types';
import type { LostItem } from '../../shared/domain/storage/lostFound';
import type { LockerDoor } from '../../shared/domain/storage/lockers';
import type { ReceiptState } from '../../shared/domain/sales/receipt';
import type { ReturnRecord } from '../../shared/domain/returns/types';
import { factHour as factHourOf, returnFactOf, withFact, type ReturnFactBucket } from '../../shared/domain/returns/facts';
import type { Campaign, Draw, GiftStock, Handout } from '../../shared/domain/gifts/types';
import { isOpen, type Complaint } from '../../shared/domain/complaints/state';
import { clockEventsOf } from '../../shared/domain/complaints/clockEvents';
import { queueComplaintOf, type QueueComplaint } from '../../shared/domain/complaints/queue';
import { complaintLookupKeys } from './complaints/lookupKeys';
import type { CalendarState } from '../../shared/domain/calendar/record';
import type { NumberClash } from '../../shared/domain/numberClash';
import type { DeskFact } from '../../shared/domain/dayLog/facts';
import type { AuditLine } from '../../shared/domain/dayLog/lines';
import type { AuditChainLink } from '../../shared/domain/auditChain';
import type { DayClose, LateEntry } from '../../shared/domain/dayClose/types';
import type { Survey } from '../../shared/domain/surveys/types';
import type { InvoiceRow } from './invoices/row';
import { wantMissingFiles } from './complaints/attachmentWants';
import type { CharityEventRow } from './charity/rows';
import type { ComplaintFigureRow } from '../../shared/domain/reports/complaintFigures';
import type { HourBucket } from '../../shared/domain/reports/hourBuckets';
import { upgradeReportFacts } from './reports/upgradeReportFacts';
import type { EnquiryRow } from './enquiries/row';
import type { PreOrderRow } from './preOrders/row';
import { openCountRows, recountOpen, type OpenCountRow } from './dayClose/openCounts';
import type { CustomerTrailRow } from '../../shared/domain/customers/trail';
import { fillCustomerTrail } from './customers/trail';
import type { ActingWindow } from '../../shared/domain/acting/types';

/** A storage item as kept in its projection table, with the fields its indexes need. */
export interface StorageItemRow extends StorageItem {
  readonly depositedAt: number;
  /** Last four digits of the phone: what a customer usually remembers. */
  readonly phoneTail: string;
  /** 1 when the item has a conflict for a supervisor (IndexedDB cannot index booleans). */
  readonly conflict: 0 | 1;
}

/** A file attached to a complaint (photo, scanned letter): kept beside the entries, referenced by `ref`. */
export interface ComplaintAttachmentRow {
  readonly ref: string;
  readonly complaintId: string;
  readonly name: string;
  readonly mediaType: string;
  /** The file as a data URL; photos are shrunk on the counter before they are kept. */
  readonly dataUrl: string;
  readonly size: number;
  readonly at: number;
  readonly by: string;
  /** While the file, taken here, still has to go to the sync server: when to try next (only such rows are in the index). */
  readonly uploadDueAt?: number | undefined;
  /** Uploads tried and failed so far (network, server): the next waits longer. */
  readonly uploadTries?: number | undefined;
  /** Why the file stays at this counter only: larger than the sync limit, or the server refused it. Never tried again. */
  readonly notShared?: AttachmentNotShared | undefined;
  /** SHA-256 (hex) of the file's bytes, once it went to the server or came from it. */
  readonly sha256?: string | undefined;
}

export type AttachmentNotShared = 'tooLarge' | 'refused';

/**
 * A file a complaint from another counter refers to and this counter does
 * not have yet: fetched from the sync server after each pull until it
 * arrives. Kept in the database so a restart still fetches it.
 */
export interface AttachmentWant {
  readonly ref: string;
  readonly complaintId: string;
  readonly name: string;
  /** When and by whom the file was taken (from the entry that refers to it): the kept row says the same as at its counter. */
  readonly at: number;
  readonly by: string;
  /** Tries that found nothing (not uploaded yet) or failed. */
  readonly tries: number;
  /** When to try next. */
  readonly dueAt: number;
}

export interface LostItemRow extends LostItem {
  readonly conflict: 0 | 1;
}

export interface ReceiptRow extends ReceiptState {
  readonly conflict: 0 | 1;
}

export interface ReturnRow extends ReturnRecord {
  readonly registeredAt: number;
}

export interface GiftStockRow extends GiftStock {
  /** 1 when a stock alarm (an issue below zero) waits for a supervisor. */
  readonly conflict: 0 | 1;
}

export interface HandoutRow extends Handout {
  readonly handedOutAt: number;
  /** '' when no phone was given (IndexedDB cannot index undefined in a compound key). */
  readonly phoneKey: string;
}

export interface ComplaintRow extends Complaint {
  /** 1 while not closed (IndexedDB cannot index booleans): the open queue reads these. */
  readonly open: 0 | 1;
  /** 1 when an entry was refused (out of order, wrong role) and waits for a supervisor. */
  readonly conflict: 0 | 1;
  /** Last four digits of the complainant's phone ('' when none): a caller is found by them. */
  readonly phoneTail: string;
  /** The complainant's name, trimmed and lower case ('' when none), for lookup by the start of it. */
  readonly nameKey: string;
}

export interface ServiceCallRow extends ServiceCall {
  /** 1 until closed or cancelled (IndexedDB cannot index booleans): the dispatch board reads these. */
  readonly open: 0 | 1;
  /** 1 when an entry was kept as a conflict (dispatched twice, a step out of order). */
  readonly conflict: 0 | 1;
  /** Staff number of the technician dispatched now ('' when none): their own jobs screen reads these. */
  readonly technician: string;
  /** Last four digits of the customer's phone: a caller is found by them. */
  readonly phoneTail: string;
  /** The goods receipt's number while the goods are in the workshop ('' otherwise): scanned when the customer collects. */
  readonly goodsReceiptNo: string;
  /** When the job ended (0 while open): the follow-up list reads the last days' closes. */
  readonly closedAt: number;
}

/** A maintenance contract with its index fields. */
export interface MaintenanceContractRow extends MaintenanceContract {
  readonly phoneTail: string;
  readonly conflict: 0 | 1;
}

/**
 * Who did what, when, at which counter: every write and every refusal (the log's own line, with the record's type),
 * hashed into a chain with the lines before it (shared/domain/auditChain).
 */
export interface AuditEntry extends AuditLine, Partial<AuditChainLink> {
  readonly recordType?: RecordType | undefined;
}

/** Entries made here and not yet acknowledged by a sync server. */
export interface OutboxEntry {
  readonly seq: number;
  readonly entryId: string;
  /** The server would not take it (sequence reused, malformed): kept here for a supervisor, not sent again. */
  readonly problem?: { readonly status: 'sequenceReused' | 'setAside'; readonly reason?: string | undefined; readonly at: number } | undefined;
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
  receipts!: Table<ReceiptRow, string>;
  returns!: Table<ReturnRow, string>;
  returnFacts!: Table<ReturnFactBucket, number>;
  campaigns!: Table<Campaign, string>;
  giftStocks!: Table<GiftStockRow, string>;
  handouts!: Table<HandoutRow, string>;
  draws!: Table<Draw, string>;
  complaints!: Table<ComplaintRow, string>;
  calendars!: Table<CalendarState, string>;
  complaintAttachments!: Table<ComplaintAttachmentRow, string>;
  complaintQueue!: Table<QueueComplaint, string>;
  attachmentWants!: Table<AttachmentWant, string>;
  serviceCalls!: Table<ServiceCallRow, string>;
  technicians!: Table<TechnicianSkills, string>;
  numberClashes!: Table<NumberClash, string>;
  serviceJobs!: Table<ServiceJob, string>;
  serviceOpinions!: Table<ServiceOpinion, string>;
  maintenanceContracts!: Table<MaintenanceContractRow, string>;
  serviceDays!: Table<ServiceDaySignoff, string>;
  deskFacts!: Table<DeskFact, string>;
  dayCloses!: Table<DayClose, string>;
  lateEntries!: Table<LateEntry, string>;
  surveys!: Table<Survey, string>;
  invoices!: Table<InvoiceRow, string>;
  charityEvents!: Table<CharityEventRow, string>;
  preOrders!: Table<PreOrderRow, string>;
  complaintFacts!: Table<ComplaintFigureRow, string>;
  handoutFacts!: Table<HourBucket, number>;
  surveyFacts!: Table<HourBucket, number>;
  enquiries!: Table<EnquiryRow, string>;
  openCounts!: Table<OpenCountRow, string>;
  customerTrail!: Table<CustomerTrailRow, string>;
  actingWindows!: Table<ActingWindow, string>;

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
    // Returns and gifts: new tables only, nothing to migrate.
    this.version(2).stores({
      receipts: 'id, receiptNo, conflict',
      returns: 'id, &number, receiptNo, registeredAt, status',
      campaigns: 'id, &number, start, end',
      giftStocks: 'id, campaignId, conflict',
      handouts: 'id, &number, campaignId, receiptNo, [campaignId+phoneKey], handedOutAt, status',
      draws: 'id, &number, campaignId',
    });
    // The monthly returns summary reads these small rows, not the full records (see ReturnFactBucket).
    this.version(3)
      .stores({ returnFacts: 'hour' })
      .upgrade(async (tx) => {
        const buckets = new Map<number, ReturnFactBucket>();
        for (const r of await tx.table<ReturnRow, string>('returns').toArray()) {
          const fact = returnFactOf(r);
          const bucket = withFact(buckets.get(factHourOf(fact.registeredAt)), fact);
          buckets.set(bucket.hour, bucket);
        }
        await tx.table<ReturnFactBucket, number>('returnFacts').bulkPut([...buckets.values()]);
      });
    // Complaints and the working-day calendar (issue 4): new tables only.
    this.version(4).stores({
      complaints: 'id, &number, status, receivedAt, open, conflict',
      calendars: 'id',
    });
    // Complaint lookup by phone tail and name; attached files. The projection fills the new fields on rebuild.
    this.version(5)
      .stores({
        complaints: 'id, &number, status, receivedAt, open, conflict, phoneTail, nameKey',
        complaintAttachments: 'ref, complaintId',
      })
      .upgrade(async (tx) => {
        await tx
          .table<ComplaintRow, string>('complaints')
          .toCollection()
          .modify((row) => Object.assign(row, complaintLookupKeys(row)));
      });
    // The open-complaints queue reads small rows (limits computed from the clock facts), not the full complaints.
    this.version(6)
      .stores({ complaintQueue: 'id' })
      .upgrade(async (tx) => {
        const queue: QueueComplaint[] = [];
        await tx
          .table<ComplaintRow, string>('complaints')
          .toCollection()
          .modify((row) => {
            const complaint = Object.assign(row, { clockEvents: clockEventsOf(row.history) });
            if (isOpen(complaint)) queue.push(queueComplaintOf(complaint));
          });
        await tx.table<QueueComplaint, string>('complaintQueue').bulkPut(queue);
      });
    // Attached files travel through sync: uploads found by when they are due, and the files other counters' complaints refer to.
    this.version(7)
      .stores({ complaintAttachments: 'ref, complaintId, uploadDueAt', attachmentWants: 'ref, dueAt' })
      .upgrade(async (tx) => {
        // No file travelled before: every one kept here was taken here and still has to go.
        await tx
          .table<ComplaintAttachmentRow, string>('complaintAttachments')
          .toCollection()
          .modify({ uploadDueAt: 0 });
        // Complaints from other counters refer to files that never came: fetch them (only entries with files are kept in memory).
        const referring: Entry[] = [];
        await tx
          .table<Entry, string>('entries')
          .where('[recordType+recordId]')
          .between(['complaint', Dexie.minKey], ['complaint', Dexie.maxKey])
          .each((e) => {
            if (typeof e.data === 'object' && e.data !== null && 'attachments' in e.data) referring.push(e);
          });
        await wantMissingFiles(
          tx.table<ComplaintAttachmentRow, string>('complaintAttachments'),
          tx.table<AttachmentWant, string>('attachmentWants'),
          referring,
          0,
        );
      });
    // Technician service (issue 11): new tables only.
    this.version(9).stores({
      serviceCalls: 'id, number, status, open, technician, receivedAt, conflict, phoneTail',
      technicians: 'staffNo',
    });
    // A number given twice (a counter that lost its daily sequence) is kept as a clash for a supervisor, not refused:
    // the number indexes stop being unique (Dexie drops and makes each changed index again), and the clashes get a table.
    // No clash can exist yet (the unique indexes refused them), so nothing to migrate.
    this.version(10).stores({
      storageItems: 'id, number, status, phoneTail, depositedAt, conflict',
      lostItems: 'id, number, status, foundAt, conflict',
      returns: 'id, number, receiptNo, registeredAt, status',
      campaigns: 'id, number, start, end',
      handouts: 'id, number, campaignId, receiptNo, [campaignId+phoneKey], handedOutAt, status',
      draws: 'id, number, campaignId',
      complaints: 'id, number, status, receivedAt, open, conflict, phoneTail, nameKey',
      numberClashes: 'number',
    });
    // Technician service, the rest of it: the workshop's receipt and the close get indexes (every call row is
    // written again with them), the reports read small job and opinion rows, contracts and signed days get tables.
    this.version(11)
      .stores({
        serviceCalls: 'id, number, status, open, technician, receivedAt, conflict, phoneTail, goodsReceiptNo, closedAt',
        serviceJobs: 'id, at, [technician+at], callId',
        serviceOpinions: 'callId, at',
        maintenanceContracts: 'id, number, end, phoneTail, conflict',
        serviceDays: 'day',
      })
      .upgrade((tx) =>
        tx
          .table<ServiceCallRow, string>('serviceCalls')
          .toCollection()
          .modify((row: { goodsReceiptNo?: string; closedAt?: number; status: string; closed?: { at: number } }) => {
            row.goodsReceiptNo = '';
            row.closedAt = row.status === 'closed' ? (row.closed?.at ?? 0) : 0;
          }),
      );
    // The supervisor's day (issue 12): every counter's log reads entries by time; volumes are counted per day,
    // counter and action as entries are stored; signed days and the entries that came after their close; surveys.
    // Facts of entries stored before this version are counted once here.
    this.version(12)
      .stores({
        entries: 'id, [counter+seq], [recordType+recordId], hlc, at',
        deskFacts: 'key, day',
        dayCloses: 'id, day',
        lateEntries: 'id, day',
        surveys: 'id, subjectId, sentAt, returnedAt',
      })
      .upgrade(async (tx) => {
        const store = await tx.table<{ timeZone?: string }, string>('stores').get('store');
        const timeZone = store?.timeZone ?? DEFAULT_TIME_ZONE;
        const facts = new Map<string, DeskFact>();
        await tx.table<Entry, string>('entries').each((e) => {
          for (const f of countIntoFacts(facts, [e], timeZone)) facts.set(f.key, f);
        });
        await tx.table<DeskFact, string>('deskFacts').bulkPut([...facts.values()]);
      });
    // The supervisor's report reads small rows kept beside their records: complaint figures by complaint id,
    // handouts and surveys in hour buckets (as returnFacts), filled here from the projections.
    this.version(13).stores({ complaintFacts: ', receivedAt', handoutFacts: 'hour', surveyFacts: 'hour' }).upgrade(upgradeReportFacts);
    // The close's carried counts are kept as running totals (the projectors move them), filled here from the rows.
    this.version(14)
      .stores({ openCounts: 'area' })
      .upgrade(async (tx) => {
        await tx.table<OpenCountRow, string>('openCounts').bulkPut(openCountRows(await recountOpen(tx)));
      });
    // The desk's other duties (issue 15): one line per table.
    this.version(15).stores({
      // 开具发票: the register by requestedAt, an issued number looked up before it is recorded again.
      invoices: 'id, number, requestedAt, invoiceNo, conflict',
      // 电话接听记录 / 顾客咨询 / 顾客建议: the day's log by loggedAt, suggestions waiting on a department by state.
      enquiries: 'id, number, loggedAt, state, phoneTail, conflict',
      charityEvents: 'id, number, day, campaignId',
      // One customer's history reads one index range (by phone, or last four digits) of rows the projectors keep.
      customerTrail: 'key, [phone+at], [phoneTail+at]',
      preOrders: 'id, number, pickupAt, [open+pickupAt], phoneTail, conflict',
      // 主管助理: the write path reads an actor's windows not yet over by [assistant+until].
      actingWindows: 'id, [assistant+until], until',
    }).upgrade(fillCustomerTrail);
  }
}
