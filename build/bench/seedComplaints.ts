import { storeTimeOnDay } from '../../shared/domain/clock';
import { COMPLAINT_RECORD_TYPE, COMPLAINT_SCHEMA_VERSION, type ComplaintEntry, type ComplaintEntryDataMap, type ComplaintEntryType } from '../../shared/domain/complaints/entries';
import { applyComplaintEntry } from '../../shared/domain/complaints/projection';
import { isOpen, type Complaint } from '../../shared/domain/complaints/state';
import { queueComplaintOf } from '../../shared/domain/complaints/queue';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, isMajor, type ComplaintSeverity } from '../../shared/domain/complaints/types';
import { newId } from '../../shared/domain/ids';
import { formatRecordNumber, sequenceKey } from '../../shared/domain/numbering';
import { complaintLookupKeys } from '../../renderer/db/complaints/lookupKeys';
import type { ComplaintRow, DeskDatabase } from '../../renderer/db/database';
import { seedEntry } from './seedEntry';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TZ = 'Asia/Shanghai';
const DEPARTMENTS = ['生鲜部', '食品部', '日化部', '家电部', '收银部', '防损部'];

type Step = { [K in ComplaintEntryType]: { readonly type: K; readonly data: ComplaintEntryDataMap[K] } }[ComplaintEntryType];

const step = <K extends ComplaintEntryType>(type: K, data: ComplaintEntryDataMap[K]) => ({ type, data }) as Step;

function severityOf(i: number): ComplaintSeverity {
  const r = i % 10;
  return r < 7 ? 'normal' : r < 9 ? 'major' : 'urgent';
}

/** The ten steps after intake, as a desk works them (a phone complaint is called back first; an urgent one is visited). */
function fullPath(i: number, severity: ComplaintSeverity, phone: boolean): Step[] {
  const departments = i % 7 === 0 ? [DEPARTMENTS[i % 6]!, '客服部'] : [DEPARTMENTS[i % 6]!];
  return [
    ...(phone ? [step('customerContacted', { actorRole: 'clerk', party: 'desk' })] : []),
    ...(severity === 'urgent' ? [step('arrivedOnSite', { actorRole: 'lead' })] : []),
    step('validityJudged', { actorRole: 'lead', valid: true, reason: '核实属实' }),
    step('classified', { actorRole: 'lead', solvability: 'shortTime' }),
    step('assigned', { actorRole: 'lead', departments, ownerName: '李主管' }),
    step('customerContacted', { actorRole: 'clerk', party: 'department' }),
    step('investigated', { actorRole: 'clerk', cause: '未按规定巡检临期商品', responsiblePerson: '张三' }),
    step('resolutionProposed', { actorRole: 'clerk', items: [{ kind: 'apology' }, { kind: 'refund', amountFen: 1290 }] }),
    step('approvalDecided', { actorRole: isMajor(severity) ? 'storeManager' : 'supervisor', approved: true }),
    step('carriedOut', { actorRole: 'clerk' }),
    step('followedUp', { actorRole: 'supervisor', rating: 4 }),
    step('closed', { actorRole: 'supervisor', lessons: '加强临期巡检', trainingCase: i % 10 === 0 }),
  ];
}

/** Steps of the full path up to (not including) the first of `type`. */
function until(path: readonly Step[], type: ComplaintEntryType): Step[] {
  const at = path.findIndex((s) => s.type === type);
  return path.slice(0, at < 0 ? path.length : at);
}

const pause = (reason: 'waitingForCustomer' | 'waitingForSupplier' | 'waitingForQualityTest') => step('timerPaused', { actorRole: 'lead', reason });
const resume = step('timerResumed', { actorRole: 'lead' });

/**
 * Where an open complaint stands, one shape per complaint in turn: every
 * status of the workflow, paused (open and resumed), extended with the
 * customer's consent, escalated after a miss, and sent back to the department
 * after an unsatisfied follow-up.
 */
function openSteps(i: number, path: readonly Step[], at: (n: number) => number): Step[] {
  const upTo = (type: ComplaintEntryType) => until(path, type);
  switch (i % 16) {
    case 0:
      return [];
    case 1:
      return upTo('validityJudged');
    case 2:
      return upTo('classified');
    case 3:
      return upTo('assigned');
    case 4:
      return upTo('investigated');
    case 5:
      return [...upTo('investigated'), pause('waitingForSupplier')];
    case 6:
      return [...upTo('investigated'), pause('waitingForCustomer'), resume];
    case 7:
      return upTo('resolutionProposed');
    case 8: {
      const steps = upTo('resolutionProposed');
      return [...steps, step('extended', { actorRole: 'supervisor', kind: 'solution', newDueAt: at(steps.length + 1) + 7 * DAY, reason: '等待厂家检测报告', customerConsent: true })];
    }
    case 9:
      return upTo('approvalDecided');
    case 10:
      return upTo('carriedOut');
    case 11:
      return upTo('followedUp');
    case 12:
      return upTo('closed');
    case 13:
      return [...upTo('investigated'), step('escalated', { actorRole: 'clerk', toLevel: 2, reason: 'overdue', deadlineKind: 'departmentContact' })];
    case 14:
      return [...upTo('followedUp'), step('followedUp', { actorRole: 'supervisor', rating: 2, comment: '退款太慢', outcome: 'backToDepartment' })];
    default:
      return [...upTo('resolutionProposed'), pause('waitingForQualityTest')];
  }
}

interface SeededComplaint {
  readonly complaint: Complaint;
  readonly entries: readonly ComplaintEntry[];
}

interface SeedCounter {
  seq: number;
}

/** Each counter's entry sequence and daily complaint numbers, shared by everything seeded into one database. */
interface SeedNumbering {
  readonly counters: readonly string[];
  readonly clocks: ReadonlyMap<string, SeedCounter>;
  readonly sequences: Map<string, number>;
}

function seedNumbering(counters: readonly string[]): SeedNumbering {
  return { counters, clocks: new Map(counters.map((c) => [c, { seq: 0 }])), sequences: new Map() };
}

/**
 * One complaint made as the app makes it: its entries (intake, then the
 * steps a few minutes to two hours apart, never after `now`) applied by the
 * projection itself. A step the workflow refuses stops the seeding: the
 * bench must measure complaints the app could really hold.
 */
export function seedComplaint(i: number, open: boolean, receivedAt: number, now: number, counter: string, clock: SeedCounter, daySeq: number): SeededComplaint {
  const severity = severityOf(i);
  const channel = COMPLAINT_CHANNELS[i % COMPLAINT_CHANNELS.length]!;
  const path = fullPath(i, severity, channel !== 'desk');
  const gap = open ? Math.min(2 * HOUR, Math.floor((now - receivedAt) / (path.length + 2))) : 2 * HOUR;
  const at = (n: number) => receivedAt + n * gap;
  const steps = open ? openSteps(i, path, at) : path;
  const recordId = newId(receivedAt);
  const recorded = step('recorded', {
    actorRole: 'clerk',
    number: formatRecordNumber('complaint', 'S01', counter, receivedAt, daySeq),
    channel,
    receivedAt,
    complainant: { name: i % 3 === 0 ? undefined : `顾客${i % 997}`, contact: { phone: `139${String(i).padStart(8, '0')}` } },
    replyWanted: true,
    target: i % 2 === 0 ? { kind: 'product', product: '鲜牛奶 1L', department: DEPARTMENTS[i % 6] } : { kind: 'department', department: DEPARTMENTS[i % 6]! },
    description: '牛奶过期两天仍在货架上，购买后才发现',
    request: '退款并道歉',
    category: COMPLAINT_CATEGORIES[i % COMPLAINT_CATEGORIES.length]!,
    severity,
    attachments: i % 4 === 0 ? [{ ref: `photo-${i}`, name: '货架照片.jpg' }] : [],
    readBackConfirmed: true,
  });
  let complaint: Complaint | undefined;
  const entries = [recorded, ...steps].map((s, n) => {
    clock.seq += 1;
    const e = seedEntry({ recordType: COMPLAINT_RECORD_TYPE, recordId, schemaVersion: COMPLAINT_SCHEMA_VERSION, counter, seq: clock.seq, at: at(n) }, s.type, s.data) as ComplaintEntry;
    const next = applyComplaintEntry(complaint, e);
    if (!next || next.refusals.length > 0) throw new Error(`seeded complaint ${i}: step ${e.type} refused`);
    complaint = next;
    return e;
  });
  if (!complaint || isOpen(complaint) !== open) throw new Error(`seeded complaint ${i} is not ${open ? 'open' : 'closed'}`);
  return { complaint, entries };
}

/** The database row of a complaint, as the write path's projector makes it. */
export function complaintRowOf(c: Complaint): ComplaintRow {
  return { ...c, open: isOpen(c) ? 1 : 0, conflict: c.refusals.length > 0 ? 1 : 0, ...complaintLookupKeys(c) };
}

/**
 * `count` complaints received over the `days` days before `now`, several a
 * day within the store's hours (Asia/Shanghai), mixed channels, categories
 * and severities (70 % normal, 20 % major, 10 % urgent); open ones at every
 * step, closed ones complete. Built in time order, numbered per counter and
 * day.
 */
function* seedComplaintHistories(count: number, open: boolean, days: number, now: number, numbering: SeedNumbering): Generator<SeededComplaint> {
  const { counters, clocks, sequences } = numbering;
  const first = now - days * DAY;
  const stepMs = Math.floor((days * DAY) / count);
  for (let i = 0; i < count; i += 1) {
    const slot = first + i * stepMs;
    // Received within the store's day (09:00-21:00): the day of the slot, at its share of the hours.
    const receivedAt = Math.min(now - 10 * MIN, storeTimeOnDay(slot, '09:00', TZ) + Math.floor(((slot - first) % DAY) / 2));
    const counter = counters[i % counters.length]!;
    const dayKey = `${counter}:${sequenceKey('complaint', receivedAt, TZ)}`;
    const daySeq = (sequences.get(dayKey) ?? 0) + 1;
    sequences.set(dayKey, daySeq);
    yield seedComplaint(i, open, receivedAt, now, counter, clocks.get(counter)!, daySeq);
  }
}

export interface ComplaintSeed {
  readonly open: number;
  readonly closed: number;
  /** Entries written: the open complaints' whole histories. */
  readonly entries: number;
}

/**
 * Seeds the complaints table in bulk: `closed` complaints of the past year
 * (their rows only: the queue never reads their entries, and a million
 * entries would only slow the seeding) and `open` ones of the last 90 days
 * with their entries. Rows are what the projector writes: the 'open'
 * index and the queue table hold exactly the open ones.
 */
export async function seedComplaints(db: DeskDatabase, open: number, closed: number, now: number, counters: readonly string[]): Promise<ComplaintSeed> {
  const batch = 5000;
  let entryCount = 0;
  const write = async (histories: Generator<SeededComplaint>, withEntries: boolean) => {
    let rows: ComplaintRow[] = [];
    let entries: ComplaintEntry[] = [];
    const flush = async () => {
      await db.transaction('rw', db.entries, db.complaints, db.complaintQueue, async () => {
        if (entries.length > 0) await db.entries.bulkAdd(entries);
        await db.complaints.bulkAdd(rows);
        await db.complaintQueue.bulkAdd(rows.filter((r) => r.open === 1).map(queueComplaintOf));
      });
      entryCount += entries.length;
      rows = [];
      entries = [];
    };
    for (const h of histories) {
      rows.push(complaintRowOf(h.complaint));
      if (withEntries) entries.push(...h.entries);
      if (rows.length === batch) await flush();
    }
    if (rows.length > 0) await flush();
  };
  const numbering = seedNumbering(counters);
  await write(seedComplaintHistories(closed, false, 365, now - 14 * DAY, numbering), false);
  await write(seedComplaintHistories(open, true, 90, now, numbering), true);
  return { open, closed, entries: entryCount };
}
