import { storeTimeOnDay } from '../../shared/domain/clock';
import { datesBetween } from '../../shared/domain/calendar/days';
import { countIntoFacts, type DeskFact } from '../../shared/domain/dayLog/facts';
import type { Entry } from '../../shared/domain/entry';
import { applyCampaignEntry, applyGiftStockEntry, applyHandoutEntry, GIFTS_SCHEMA_VERSION, giftStockId } from '../../shared/domain/gifts/projection';
import type { CampaignDefinedData, GiftStock, HandedOutData } from '../../shared/domain/gifts/types';
import { newId } from '../../shared/domain/ids';
import { formatRecordNumber, sequenceKey, type NumberedRecordType } from '../../shared/domain/numbering';
import { factHour, returnFactOf, withFact, type ReturnFactBucket } from '../../shared/domain/returns/facts';
import { applyReturnEntry, RETURN_SCHEMA_VERSION } from '../../shared/domain/returns/projection';
import { RETURN_REASONS, type ReturnRegisteredData } from '../../shared/domain/returns/types';
import { RECEIPT_SCHEMA_VERSION } from '../../shared/domain/sales/receipt';
import { SERVICE_CALL_RECORD_TYPE, SERVICE_SCHEMA_VERSION, type ServiceEntry } from '../../shared/domain/service/entries';
import { jobsOf, opinionOf, type ServiceJob, type ServiceOpinion } from '../../shared/domain/service/jobs';
import { applyServiceEntry } from '../../shared/domain/service/projection';
import type { ServiceCall } from '../../shared/domain/service/types';
import { applyStorageEntry, STORAGE_SCHEMA_VERSION } from '../../shared/domain/storage/projection';
import { surveyId } from '../../shared/domain/surveys/rules';
import { applySurveyEntry } from '../../shared/domain/surveys/projection';
import { SURVEY_SCHEMA_VERSION, type Survey, type SurveyEntry } from '../../shared/domain/surveys/types';
import type { ComplaintRow, DeskDatabase, HandoutRow, ServiceCallRow, StorageItemRow } from '../../renderer/db/database';
import { serviceCallRow, storageRow } from '../../renderer/db/projectors';
import { complaintFigureRowOf } from '../../shared/domain/reports/complaintFigures';
import { fileHourFacts, filedFact, HANDOUT_FACT, SURVEY_FACT, type HourFactRule } from '../../renderer/db/reports/reportFacts';
import { complaintRowOf, seedComplaint } from './seedComplaints';
import { seedEntry } from './seedEntry';
import { openCountRows, recountOpen } from '../../renderer/db/dayClose/openCounts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const TZ = 'Asia/Shanghai';
export const SEED_COUNTERS = ['C1', 'C2', 'C3', 'C4'];

/** A day's work per area (the rest of the month's entries are storage deposits). */
const PER_DAY = { complaints: 30, calls: 60, returns: 500, handouts: 350 };

export interface SupervisorSeed {
  readonly month: string;
  readonly entries: number;
  readonly facts: number;
}

/** Each counter's entry sequence and daily record numbers across the month. */
class Numbering {
  private readonly seqs = new Map<string, { seq: number }>(SEED_COUNTERS.map((c) => [c, { seq: 0 }]));
  private readonly daily = new Map<string, number>();
  clock(counter: string): { seq: number } {
    return this.seqs.get(counter)!;
  }
  entry<T extends string, D>(recordType: Entry['recordType'], recordId: string, schemaVersion: number, counter: string, at: number, type: T, data: D): Entry<T, D> {
    const clock = this.clock(counter);
    clock.seq += 1;
    return seedEntry({ recordType, recordId, schemaVersion, counter, seq: clock.seq, at }, type, data);
  }
  number(type: NumberedRecordType, counter: string, at: number): { number: string; daySeq: number } {
    const key = `${counter}:${sequenceKey(type, at, TZ)}`;
    const daySeq = (this.daily.get(key) ?? 0) + 1;
    this.daily.set(key, daySeq);
    return { number: formatRecordNumber(type, 'S01', counter, at, daySeq, TZ), daySeq };
  }
}

/** A day's rows, written in one transaction as the write path would have left them. */
interface DayRows {
  entries: Entry[];
  storage: StorageItemRow[];
  complaints: ComplaintRow[];
  calls: ServiceCallRow[];
  jobs: ServiceJob[];
  opinions: ServiceOpinion[];
  surveys: Survey[];
  handouts: HandoutRow[];
}

function serviceCall(n: Numbering, i: number, counter: string, receivedAt: number, rows: DayRows): ServiceCall {
  const recordId = newId(receivedAt);
  const tech = ['3001', '3002', '3003', '3004', '3005', '3006'][i % 6]!;
  const make = (type: ServiceEntry['type'], data: unknown, at: number, by = '1001') => ({ ...n.entry(SERVICE_CALL_RECORD_TYPE, recordId, SERVICE_SCHEMA_VERSION, counter, at, type, data), by }) as ServiceEntry;
  const steps: ServiceEntry[] = [
    make(
      'registered',
      {
        number: n.number('serviceCall', counter, receivedAt).number,
        customer: { name: '陈女士', phone: `1380013${String(i % 10_000).padStart(4, '0')}`, address: `五一路 ${i % 300} 号`, area: i % 4 === 0 ? 'outOfTown' : 'inTown' },
        product: { kind: 'aircon', name: '格力空调', model: 'KFR-35GW', serial: `SN${i}`, purchaseDate: '2026-03-01' },
        problem: '不制冷',
        requestType: 'repair',
        serviceType: 'free',
        receivedAt,
      },
      receivedAt,
    ),
    make('dispatched', { technician: tech }, receivedAt + 20 * MIN, '9001'),
    make('accepted', {}, receivedAt + 30 * MIN, tech),
    make('visitRecorded', { technician: tech, outcome: i % 4 === 3 ? 'notFixed' : 'fixedOnSite', arrivedAt: receivedAt + (3 + (i % 5)) * HOUR, minutesOnSite: 45, workDone: '清洗补氟', parts: [], feeFen: 0, voucherReturned: true }, receivedAt + 8 * HOUR),
  ];
  if (i % 2 === 0) steps.push(make('opinionRecorded', { scores: { attitude: 4, skill: 3 + (i % 2), arrival: 3, promise: 4 }, technician: tech }, receivedAt + 9 * HOUR));
  const call = steps.reduce<ServiceCall | undefined>(applyServiceEntry, undefined)!;
  // A step the rules refuse stops the seeding: the bench must measure calls the app could really hold.
  if (call.visits.length === 0 || call.conflicts.length > 0) throw new Error(`seeded call ${i} was refused a step`);
  rows.entries.push(...steps);
  rows.calls.push(serviceCallRow(call));
  rows.jobs.push(...jobsOf(call));
  const opinion = opinionOf(call);
  if (opinion) rows.opinions.push(opinion);
  return call;
}

function survey(n: Numbering, subject: Survey['subject'], subjectId: string, subjectNumber: string, counter: string, at: number, i: number, rows: DayRows): void {
  const id = surveyId(subject, subjectId);
  const sent = n.entry('survey', id, SURVEY_SCHEMA_VERSION, counter, at, 'sent', { subject, subjectId, subjectNumber, keyCustomer: i % 10 === 0, channel: 'phone' }) as SurveyEntry;
  const steps: SurveyEntry[] = [sent];
  if (i % 6 !== 0) steps.push(n.entry('survey', id, SURVEY_SCHEMA_VERSION, counter, at + 2 * HOUR, 'returned', { returnedAt: at + 2 * HOUR, score: i % 3 === 0 ? 'neutral' : 'satisfied', via: 'phone' }) as SurveyEntry);
  rows.entries.push(...steps);
  rows.surveys.push(steps.reduce<Survey | undefined>(applySurveyEntry, undefined)!);
}

/**
 * A month of a four-counter store, `total` entries, made as the app makes
 * them (entries projected by the same rules) and written in bulk, a day at a
 * time: complaints worked to closure, service calls visited, surveys sent and
 * mostly returned, returns, gift handouts from one campaign, and storage
 * deposits for the rest; the day facts counted from every entry.
 */
export async function seedSupervisorMonth(db: DeskDatabase, month: string, total: number): Promise<SupervisorSeed> {
  const days = datesBetween(`${month}-01`, new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10));
  const n = new Numbering();
  const facts = new Map<string, DeskFact>();
  const monthStart = storeTimeOnDay(Date.parse(`${days[0]}T04:00:00Z`), '00:00', TZ);
  // One campaign over the month, two gifts, stock for every handout.
  const campaignAt = monthStart;
  const campaignId = newId(campaignAt);
  const defined: CampaignDefinedData = {
    number: n.number('campaign', 'C1', campaignAt).number,
    name: '月度满赠',
    start: campaignAt,
    end: campaignAt + days.length * 24 * HOUR - 1,
    gifts: [
      { giftId: 'G1', name: '保温杯', valueFen: 3_900 },
      { giftId: 'G2', name: '电饭煲', valueFen: 19_900 },
    ],
    tiers: [{ minSpendFen: 19_900, giftIds: ['G1', 'G2'] }],
    perReceiptLimit: 1,
    perCustomerLimit: 3,
  };
  const setup: Entry[] = [n.entry('campaign', campaignId, GIFTS_SCHEMA_VERSION, 'C1', campaignAt, 'defined', defined)];
  const stocks = new Map<string, GiftStock>();
  for (const g of defined.gifts) {
    const e = n.entry('giftStock', giftStockId(campaignId, g.giftId), GIFTS_SCHEMA_VERSION, 'C1', campaignAt, 'received', { quantity: PER_DAY.handouts * days.length });
    setup.push(e);
    stocks.set(e.recordId, applyGiftStockEntry(undefined, e));
  }
  await db.campaigns.add(applyCampaignEntry(undefined, setup[0] as never)!);
  let written = 0;
  const fileFacts = <S extends { readonly id: string }>(rule: HourFactRule<S>, records: readonly S[]) =>
    fileHourFacts(rule.table(db), records.map((r) => filedFact(rule, r.id, r, undefined)));
  const write = async (rows: DayRows, buckets: Map<number, ReturnFactBucket>) => {
    for (const f of countIntoFacts(facts, rows.entries, TZ)) facts.set(f.key, f);
    const tables = [db.entries, db.storageItems, db.complaints, db.complaintFacts, db.serviceCalls, db.serviceJobs, db.serviceOpinions, db.surveys, db.surveyFacts, db.handouts, db.handoutFacts, db.returnFacts];
    await db.transaction('rw', tables, async () => {
      await db.entries.bulkAdd(rows.entries);
      await db.storageItems.bulkAdd(rows.storage);
      await db.complaints.bulkAdd(rows.complaints);
      await db.complaintFacts.bulkAdd(rows.complaints.map(complaintFigureRowOf), rows.complaints.map((c) => c.id));
      await db.serviceCalls.bulkAdd(rows.calls);
      await db.serviceJobs.bulkAdd(rows.jobs);
      await db.serviceOpinions.bulkAdd(rows.opinions);
      await db.surveys.bulkAdd(rows.surveys);
      await db.handouts.bulkAdd(rows.handouts);
      await fileFacts(HANDOUT_FACT, rows.handouts);
      await fileFacts(SURVEY_FACT, rows.surveys);
      await db.returnFacts.bulkPut([...buckets.values()]);
    });
    written += rows.entries.length;
  };
  await write({ entries: setup, storage: [], complaints: [], calls: [], jobs: [], opinions: [], surveys: [], handouts: [] }, new Map());

  // Entries a day of the other areas makes (a complaint with its survey about 14, a call about 6.3); the last day takes what is left.
  const otherPerDay = Math.round(PER_DAY.complaints * 14 + PER_DAY.calls * 6.3 + PER_DAY.returns + PER_DAY.handouts * 3);
  const storagePerDay = Math.max(0, Math.round((total - 3) / days.length) - otherPerDay);
  for (const [d, day] of days.entries()) {
    const rows: DayRows = { entries: [], storage: [], complaints: [], calls: [], jobs: [], opinions: [], surveys: [], handouts: [] };
    const buckets = new Map<number, ReturnFactBucket>();
    const opening = storeTimeOnDay(Date.parse(`${day}T04:00:00Z`), '09:00', TZ);
    const at = (i: number, count: number) => opening + Math.floor((i * 12 * HOUR) / count);
    for (let i = 0; i < PER_DAY.complaints; i++) {
      const counter = SEED_COUNTERS[i % 4]!;
      const receivedAt = at(i, PER_DAY.complaints);
      const seeded = seedComplaint(d * 1000 + i, false, receivedAt, receivedAt + 30 * 24 * HOUR, counter, n.clock(counter), n.number('complaint', counter, receivedAt).daySeq);
      rows.entries.push(...seeded.entries);
      rows.complaints.push(complaintRowOf(seeded.complaint));
      survey(n, 'complaint', seeded.complaint.id, seeded.complaint.number, counter, receivedAt + 25 * HOUR, i, rows);
    }
    for (let i = 0; i < PER_DAY.calls; i++) {
      const counter = SEED_COUNTERS[i % 4]!;
      const call = serviceCall(n, d * 1000 + i, counter, at(i, PER_DAY.calls), rows);
      survey(n, 'serviceCall', call.id, call.number, counter, at(i, PER_DAY.calls) + 26 * HOUR, i, rows);
    }
    for (let i = 0; i < PER_DAY.returns; i++) {
      const counter = SEED_COUNTERS[i % 4]!;
      const registeredAt = at(i, PER_DAY.returns);
      const quantity = 1 + (i % 3);
      const amountFen = quantity * 9_990;
      const data: ReturnRegisteredData = {
        number: n.number('returnRecord', counter, registeredAt).number,
        receiptNo: `POS-${day}-${i}`,
        purchaseDate: '2026-09-01',
        lines: [{ sku: `69${i % 40}`, name: '电水壶', category: ['appliance', 'clothing', 'grocery', 'household'][i % 4]!, quantity, unitPriceFen: 9_990, amountFen, disposition: 'restock', quantityBought: quantity }],
        reason: RETURN_REASONS[i % RETURN_REASONS.length]!,
        reasonText: i % RETURN_REASONS.length === RETURN_REASONS.length - 1 ? '其他原因' : undefined,
        condition: 'unopened',
        outcome: i % 10 === 0 ? 'exchange' : 'refund',
        refundMethod: i % 10 === 0 ? undefined : 'originalPayment',
        totalFen: amountFen,
        refundFen: i % 10 === 0 ? 0 : amountFen,
        exceptions: [],
        giftClawbacks: [],
      };
      const e = n.entry('returnRecord', newId(registeredAt), RETURN_SCHEMA_VERSION, counter, registeredAt, 'registered', data);
      const fact = returnFactOf(applyReturnEntry(undefined, e)!);
      const bucket = withFact(buckets.get(factHour(fact.registeredAt)), fact);
      buckets.set(bucket.hour, bucket);
      rows.entries.push(e);
    }
    for (let i = 0; i < PER_DAY.handouts; i++) {
      const counter = SEED_COUNTERS[i % 4]!;
      const handedAt = at(i, PER_DAY.handouts);
      const giftId = i % 5 === 0 ? 'G2' : 'G1';
      const handoutId = newId(handedAt);
      const { number } = n.number('handout', counter, handedAt);
      const receiptNo = `POS${day.replace(/-/g, '')}${String(i).padStart(5, '0')}`;
      const data: HandedOutData = { number, campaignId, receiptNo, receiptAmountFen: 25_680, giftId, quantity: 1 };
      const h = n.entry('handout', handoutId, GIFTS_SCHEMA_VERSION, counter, handedAt, 'handedOut', data);
      const r = n.entry('receipt', `receipt:${receiptNo}`, RECEIPT_SCHEMA_VERSION, counter, handedAt, 'giftIssued', { handoutId, handoutNumber: number, campaignId, giftId, quantity: 1 });
      const s = n.entry('giftStock', giftStockId(campaignId, giftId), GIFTS_SCHEMA_VERSION, counter, handedAt, 'issued', { handoutId, handoutNumber: number, quantity: 1 });
      rows.entries.push(h, r, s);
      const handout = applyHandoutEntry(undefined, h)!;
      rows.handouts.push({ ...handout, handedOutAt: handout.handedOut.at, phoneKey: '' });
      stocks.set(s.recordId, applyGiftStockEntry(stocks.get(s.recordId), s));
    }
    const storage = d === days.length - 1 ? total - written - rows.entries.length - storagePerDay * (days.length - 1 - d) : storagePerDay;
    for (let i = 0; i < storage; i++) {
      const counter = SEED_COUNTERS[i % 4]!;
      const depositedAt = at(i, storage);
      const e = n.entry('storage', newId(depositedAt), STORAGE_SCHEMA_VERSION, counter, depositedAt, 'deposited', {
        number: n.number('storage', counter, depositedAt).number,
        description: '黑色拉杆箱',
        count: 1,
        slot: `A-${i % 50}`,
        source: 'counter',
      });
      rows.entries.push(e);
      rows.storage.push(storageRow(applyStorageEntry(undefined, e as never)!));
    }
    await write(rows, buckets);
  }
  await db.giftStocks.bulkPut([...stocks.values()].map((s) => ({ ...s, conflict: s.conflicts.length > 0 ? (1 as const) : (0 as const) })));
  await db.deskFacts.bulkPut([...facts.values()]);
  // What the close carries, as the projectors would have kept it with each write.
  await db.openCounts.bulkPut(openCountRows(await recountOpen(db)));
  return { month, entries: written, facts: facts.size };
}
