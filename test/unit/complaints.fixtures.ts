/** Shared builders for the complaint tests: entries, valid step data, and complaints at every status. */
import type { Entry } from '../../shared/domain/entry';
import { hlcToString } from '../../shared/domain/hlc';
import {
  applyComplaintEntry,
  COMPLAINT_RECORD_TYPE,
  type Complaint,
  type ComplaintEntry,
  type ComplaintEntryDataMap,
  type ComplaintEntryType,
  type ComplaintRecordedData,
  type ComplaintRole,
} from '../../shared/domain/complaints';

/** A Shanghai wall time (UTC+8, no daylight saving) as an instant. */
export const sh = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);
export const MIN = 60_000;
export const HOUR = 60 * MIN;
/** Monday 2026-11-23 10:00 in Shanghai. */
export const T0 = sh(2026, 11, 23, 10);

let seq = 0;

export function makeEntry<K extends ComplaintEntryType>(
  type: K,
  data: ComplaintEntryDataMap[K],
  wall: number,
  opts: { counter?: string; id?: string; recordId?: string; by?: string; schemaVersion?: number } = {},
): ComplaintEntry {
  const counter = opts.counter ?? 'C1';
  seq += 1;
  const e: Entry = {
    id: opts.id ?? `${counter}-${wall}-${seq}`,
    recordType: COMPLAINT_RECORD_TYPE,
    recordId: opts.recordId ?? 'complaint-1',
    type,
    schemaVersion: opts.schemaVersion ?? 1,
    store: 'S01',
    counter,
    seq,
    hlc: hlcToString({ wall, logical: 0, node: counter }),
    at: wall,
    by: opts.by ?? `staff-${counter}`,
    data,
  };
  return e as ComplaintEntry;
}

export function intake(overrides: Partial<ComplaintRecordedData> = {}): ComplaintRecordedData {
  return {
    actorRole: 'clerk',
    number: 'TS-S01-C1-261123-0001',
    channel: 'phone',
    receivedAt: T0,
    complainant: { name: '王女士', contact: { phone: '13800138000' } },
    replyWanted: true,
    target: { kind: 'product', product: '鲜牛奶 1L', department: '生鲜部' },
    description: '牛奶过期两天仍在货架上',
    request: '退款并道歉',
    category: 'productQuality',
    severity: 'normal',
    attachments: [{ ref: 'photo-1', name: '货架照片.jpg' }],
    readBackConfirmed: true,
    ...overrides,
  };
}

/** Valid data for each entry type, made in the given role's name. */
export function stepData<K extends ComplaintEntryType>(type: K, role: ComplaintRole, c?: Complaint): ComplaintEntryDataMap[K] {
  const actorRole = role;
  const all: { [T in ComplaintEntryType]: ComplaintEntryDataMap[T] } = {
    recorded: { ...intake(), actorRole },
    validityJudged: { actorRole, valid: true, reason: '核实属实' },
    classified: { actorRole, solvability: 'shortTime' },
    assigned: { actorRole, departments: ['生鲜部'], ownerName: '李主管' },
    investigated: { actorRole, cause: '未按规定巡检临期商品', responsiblePerson: '张三' },
    resolutionProposed: { actorRole, items: [{ kind: 'apology' }, { kind: 'refund', amountFen: 1290 }] },
    approvalDecided: { actorRole, approved: true },
    carriedOut: { actorRole },
    followedUp: { actorRole, rating: 5 },
    closed: { actorRole, lessons: '加强临期巡检', trainingCase: true },
    customerContacted: { actorRole, party: 'desk' },
    arrivedOnSite: { actorRole },
    timerPaused: { actorRole, reason: 'waitingForSupplier' },
    timerResumed: { actorRole },
    extended: { actorRole, kind: 'solution', newDueAt: T0 + 10 * 24 * HOUR, reason: '等待厂家检测', customerConsent: true },
    escalated: { actorRole, toLevel: c && c.escalationLevel < 3 ? ((c.escalationLevel + 1) as 2 | 3) : 2, reason: 'other' },
    responsibilityAssigned: { actorRole, causeType: 'staff', staffNo: 'E01', staffName: '张三', directSupervisorNo: 'S01' },
    printed: { actorRole, template: 'complaintAck', copy: 1 },
    limitsRecomputed: { actorRole, calendarEntryId: 'calendar-entry-1', changes: [] },
  };
  return all[type];
}

/** Applies steps one after another, a minute apart, failing loudly if one is refused. */
export function build(
  steps: readonly [ComplaintEntryType, ComplaintRole, Partial<ComplaintEntryDataMap[ComplaintEntryType]>?][],
  start = T0,
  recordId = 'complaint-1',
): Complaint {
  let c: Complaint | undefined;
  steps.forEach(([type, role, overrides], i) => {
    const data = { ...stepData(type, role, c), ...(overrides ?? {}) };
    const next = applyComplaintEntry(c, makeEntry(type, data, start + i * MIN, { recordId }));
    if (!next || (c && next.refusals.length > c.refusals.length)) throw new Error(`fixture step ${type} by ${role} refused`);
    c = next;
  });
  if (!c) throw new Error('empty fixture');
  return c;
}

/** The canonical path, status by status. */
export const PATH: readonly [ComplaintEntryType, ComplaintRole][] = [
  ['recorded', 'clerk'],
  ['validityJudged', 'lead'],
  ['classified', 'lead'],
  ['assigned', 'lead'],
  ['investigated', 'clerk'],
  ['resolutionProposed', 'clerk'],
  ['approvalDecided', 'supervisor'],
  ['carriedOut', 'clerk'],
  ['followedUp', 'supervisor'],
  ['closed', 'supervisor'],
];

export const upTo = (n: number) => build(PATH.slice(0, n));
