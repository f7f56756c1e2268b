import { officialWorkingCalendar } from '../../shared/domain/complaints/rules';
import { DEFAULT_DEADLINE_POLICY } from '../../shared/domain/complaints/policy';
import type { DeskFact } from '../../shared/domain/dayLog/facts';
import { same } from '../../shared/domain/reports/model';
import type { ReportNames, ReportRows, ReportRules } from '../../shared/domain/reports/build';
import type { ComplaintFigureRow } from '../../shared/domain/reports/complaintFigures';
import type { ReturnFact } from '../../shared/domain/returns/facts';
import type { ServiceJob } from '../../shared/domain/service/jobs';

/** 2026-11-dd hh:mm in Shanghai, as UTC ms. */
export const sh = (day: number, hh: number, mm = 0) => Date.UTC(2026, 10, day, hh - 8, mm);
const HOUR = 3_600_000;

const fact = (day: string, counter: string, action: string, count: number): DeskFact => ({ key: `${day}|${counter}|${action}`, day, counter, action, count });

/**
 * A hand-counted store, week Mon 2026-11-23 to Sun 11-29 (the clock is Wed 11-25 10:00):
 * volumes C1 17 (storage 5, gifts 9, service 2, other 1), C2 5 (returns 4, complaints 1); a Sunday before and a day
 * after the week add 7 + 4 storage to the month.
 */
export const facts: DeskFact[] = [
  fact('2026-11-22', 'C1', 'storage.deposited', 7),
  fact('2026-11-24', 'C1', 'storage.deposited', 5),
  fact('2026-11-24', 'C2', 'returnRecord.registered', 2),
  fact('2026-11-24', 'C2', 'receipt.refunded', 2),
  fact('2026-11-25', 'C1', 'handout.handedOut', 3),
  fact('2026-11-25', 'C1', 'receipt.giftIssued', 3),
  fact('2026-11-25', 'C1', 'giftStock.issued', 3),
  fact('2026-11-25', 'C2', 'complaint.recorded', 1),
  fact('2026-11-25', 'C1', 'serviceCall.registered', 2),
  fact('2026-11-25', 'C1', 'staff.created', 1),
  fact('2026-11-30', 'C1', 'storage.deposited', 4),
];

const complaint = (number: string, receivedAt: number, channel: 'phone' | 'desk', events: ComplaintFigureRow['clockEvents'], rating?: number): ComplaintFigureRow => ({
  number,
  receivedAt,
  rating,
  category: 'productQuality',
  severity: 'normal',
  status: 'recorded',
  escalationLevel: 1,
  pauses: [],
  clockEvents: [{ type: 'recorded', at: receivedAt, receivedAt, channel }, ...events],
});

/**
 * A (C1, phone, 11-24 10:00): called back in 30 min (met), solution the next day (met, 24 h), rated 4.
 * B (C2, phone, 11-24 14:00): called back after 2 h (missed), no solution yet (running), rated 2.
 * C (C1, at the desk, 11-25 09:00): first contact met at once (0 h).
 * Response 2 of 3 (66.7%), average (0.5 + 2 + 0) / 3 = 0.8 h; solution 1 of 1, 24 h.
 */
export const complaints: ComplaintFigureRow[] = [
  complaint('TS-S01-C1-261124-0001', sh(24, 10), 'phone', [
    { type: 'customerContacted', at: sh(24, 10, 30), party: 'desk' },
    { type: 'resolutionProposed', at: sh(25, 10) },
  ], 4),
  complaint('TS-S01-C2-261124-0001', sh(24, 14), 'phone', [{ type: 'customerContacted', at: sh(24, 16), party: 'desk' }], 2),
  complaint('TS-S01-C1-261125-0001', sh(25, 9), 'desk', []),
];

const job = (over: Partial<ServiceJob> & Pick<ServiceJob, 'id' | 'callId' | 'number' | 'technician' | 'at' | 'receivedAt'>): ServiceJob => ({
  kind: 'visit',
  recordedBy: '1001',
  requestType: 'repair',
  serviceType: 'free',
  minutes: 45,
  feeFen: 0,
  parts: [],
  firstVisit: true,
  area: 'inTown',
  ...over,
});

/**
 * Call 1 (C1, received 11-24 09:00): 周 (3001) arrives 15:00, the 6 h target exactly, fixed on the first visit; card 4/4/3/4.
 * Call 2 (C2, received 11-24 10:00): 吴 (3002) arrives 17:00, an hour late, not fixed; fixed on a second visit; card 2/3/2/3.
 * First visits 2: on time 1 (50%), fixed 1 (50%); waited (6 + 7) / 2 = 6.5 h; cards 3.75 and 2.5: 3.1 of 4.
 */
export const jobs: ServiceJob[] = [
  job({ id: 'c1#visit0', callId: 'c1', number: 'WX-S01-C1-261124-0001', technician: '3001', at: sh(24, 15, 30), receivedAt: sh(24, 9), arrivedAt: sh(24, 15), outcome: 'fixedOnSite' }),
  job({ id: 'c2#visit0', callId: 'c2', number: 'WX-S01-C2-261124-0001', technician: '3002', at: sh(24, 18), receivedAt: sh(24, 10), arrivedAt: sh(24, 17), outcome: 'notFixed' }),
  job({ id: 'c2#visit1', callId: 'c2', number: 'WX-S01-C2-261124-0001', technician: '3002', at: sh(25, 9), receivedAt: sh(24, 10), arrivedAt: sh(25, 8, 50), outcome: 'fixedOnSite', firstVisit: false }),
];

export const opinions = [
  { callId: 'c1', number: 'WX-S01-C1-261124-0001', technician: '3001', at: sh(25, 9), scores: { attitude: 4, skill: 4, arrival: 3, promise: 4 } },
  { callId: 'c2', number: 'WX-S01-C2-261124-0001', technician: '3002', at: sh(25, 9, 30), scores: { attitude: 2, skill: 3, arrival: 2, promise: 3 } },
] as const;

/** Sent 5, back 3 (60%: missed); key customers 3, back 2; satisfied 2 of the 3 back. */
export const surveys = [
  { subject: 'complaint', subjectNumber: 'TS-S01-C1-261124-0001', keyCustomer: true, sentAt: sh(25, 8), returnedAt: sh(25, 9), score: 'verySatisfied' },
  { subject: 'complaint', subjectNumber: 'TS-S01-C2-261124-0001', keyCustomer: false, sentAt: sh(25, 8), returnedAt: sh(25, 9), score: 'neutral' },
  { subject: 'serviceCall', subjectNumber: 'WX-S01-C1-261124-0001', keyCustomer: false, sentAt: sh(25, 8), returnedAt: 0 },
  { subject: 'serviceCall', subjectNumber: 'WX-S01-C2-261124-0001', keyCustomer: true, sentAt: sh(25, 8), returnedAt: sh(25, 9), score: 'satisfied' },
  { subject: 'complaint', subjectNumber: 'TS-S01-C1-261125-0001', keyCustomer: true, sentAt: sh(25, 9), returnedAt: 0 },
] as const;

const ret = (number: string, registeredAt: number, reason: ReturnFact['reason'], outcome: ReturnFact['outcome'], line: ReturnFact['lines'][number], over: Partial<ReturnFact> = {}): ReturnFact => ({
  id: number,
  number,
  registeredAt,
  status: 'registered',
  outcome,
  reason,
  totalFen: line[4],
  refundFen: outcome === 'refund' ? line[4] : 0,
  lines: [line],
  ...over,
});

/** In the week: a kettle refunded (C1, ¥99.90), two pairs of shoes exchanged (C2, ¥598.00); one reversed; one the Sunday before. */
export const returns: ReturnFact[] = [
  ret('TH-S01-C1-261124-0001', sh(24, 11), 'quality', 'refund', ['690001', '电水壶', 'appliance', 1, 9_990]),
  ret('TH-S01-C2-261125-0001', sh(25, 9), 'sizeFit', 'exchange', ['690002', '运动鞋', 'clothing', 2, 59_800]),
  ret('TH-S01-C2-261125-0002', sh(25, 9, 30), 'quality', 'refund', ['690003', '毛巾', 'household', 1, 2_990], { status: 'reversed' }),
  ret('TH-S01-C1-261122-0001', sh(22, 11), 'damaged', 'refund', ['690004', '牛奶', 'grocery', 1, 5_500]),
];

export const campaigns = [
  { id: 'hd1', name: '双十一满赠', start: sh(1, 0), end: sh(30, 23, 59), gifts: [{ giftId: 'G1', name: '保温杯', valueFen: 3_900 }, { giftId: 'G2', name: '电饭煲', valueFen: 19_900 }] },
  { id: 'hd0', name: '国庆满赠', start: Date.UTC(2026, 9, 1), end: Date.UTC(2026, 9, 7), gifts: [{ giftId: 'G1', name: '雨伞', valueFen: 2_000 }] },
];

const alarm = { entryId: 'e9', kind: 'belowZero' as const, handoutId: 'h9', handoutNumber: 'ZP-S01-C2-261125-0009', by: '1001', at: sh(25, 9), counter: 'C2' };

export const stocks = [
  { id: 'hd1:G1', received: 100, issued: 10, returned: 1, remaining: 91, conflicts: [] },
  { id: 'hd1:G2', received: 20, issued: 20, returned: 0, remaining: 0, conflicts: [alarm] },
];

/** In the week: 1 + 2 cups (C1, C2) and a cooker handed back (reversed); 5 cups the week before. */
export const handouts = [
  { number: 'ZP-S01-C1-261124-0001', campaignId: 'hd1', giftId: 'G1', quantity: 1, status: 'handedOut', handedOutAt: sh(24, 12) },
  { number: 'ZP-S01-C2-261125-0001', campaignId: 'hd1', giftId: 'G1', quantity: 2, status: 'handedOut', handedOutAt: sh(25, 9) },
  { number: 'ZP-S01-C1-261125-0002', campaignId: 'hd1', giftId: 'G2', quantity: 1, status: 'reversed', handedOutAt: sh(25, 9, 10) },
  { number: 'ZP-S01-C1-261120-0001', campaignId: 'hd1', giftId: 'G1', quantity: 5, status: 'handedOut', handedOutAt: sh(20, 12) },
] as const;

export const rows: ReportRows = { facts, complaints, jobs, opinions, surveys, returns, campaigns, stocks, handouts, customerCounts: { '2026-11': 300_000 } };

export const rules: ReportRules = {
  policy: DEFAULT_DEADLINE_POLICY,
  calendar: officialWorkingCalendar(),
  arrivalTarget: (receivedAt) => receivedAt + 6 * HOUR,
  now: sh(25, 10),
};

export const names: ReportNames = {
  staff: (no) => same({ '3001': '周师傅 (3001)', '3002': '吴师傅 (3002)' }[no] ?? no),
  reason: (code) => ({ zh: `原因:${code}`, en: code }),
  category: (code) => ({ zh: `类别:${code}`, en: code }),
};
