import { describe, expect, it } from 'vitest';
import { feeTotals } from '../../shared/domain/service/fees';
import { FOLLOW_UP_DUE_WITHIN, FOLLOW_UP_OPENS_AFTER, followUpState, jobDoneAt } from '../../shared/domain/service/followUp';
import type { ServiceJob } from '../../shared/domain/service/jobs';
import { at, entry, project, registered, visit } from './serviceEntries';

const HOUR = 3_600_000;
const DONE = at('2026-12-01', '14:00');
const sent = () => [entry('registered', registered), entry('dispatched', { technician: '3001' }, '9001'), entry('accepted', {}, '3001')];
const fixed = () => project([...sent(), entry('visitRecorded', visit('fixedOnSite'), '1001', DONE)])!;

describe('when the follow-up call is due', () => {
  it('the windows are 24 and 72 hours', () => {
    expect([FOLLOW_UP_OPENS_AFTER, FOLLOW_UP_DUE_WITHIN]).toEqual([24 * HOUR, 72 * HOUR]);
  });

  it.each([
    ['just after the job', 0, 'notYet'],
    ['a minute short of 24 h', 24 * HOUR - 60_000, 'notYet'],
    ['at exactly 24 h', 24 * HOUR, 'due'],
    ['at 30 h', 30 * HOUR, 'due'],
    ['at exactly 72 h', 72 * HOUR, 'due'],
    ['a millisecond past 72 h', 72 * HOUR + 1, 'late'],
    ['at 80 h', 80 * HOUR, 'late'],
  ] as const)('%s after a job fixed on site: %s', (_, after, state) => {
    const call = fixed();
    expect(jobDoneAt(call)).toBe(DONE);
    expect(followUpState(call, DONE + after)).toBe(state);
  });

  it('made (reached or not) is done, at any time after', () => {
    const call = project([...sent(), entry('visitRecorded', visit('fixedOnSite'), '1001', DONE), entry('followedUp', { reached: false, note: '无人接听' }, '1001', DONE + 30 * HOUR)])!;
    expect(followUpState(call, DONE + 30 * HOUR)).toBe('done');
    expect(followUpState(call, DONE + 500 * HOUR)).toBe('done');
  });

  it('a job not done has none: not visited, waiting for parts, in the workshop, cancelled', () => {
    const later = DONE + 100 * HOUR;
    expect(followUpState(project(sent())!, later)).toBe('none');
    expect(followUpState(project([...sent(), entry('visitRecorded', visit('waitingParts'), '1001', DONE)])!, later)).toBe('none');
    expect(followUpState(project([...sent(), entry('visitRecorded', visit('takenBack'), '1001', DONE)])!, later)).toBe('none');
    const cancelled = project([...sent(), entry('cancelled', { reason: '顾客已自行修好' })])!;
    expect(jobDoneAt(cancelled)).toBeUndefined();
    expect(followUpState(cancelled, later)).toBe('none');
  });

  it('a job taken back ends when the goods go back: the 24 hours run from the return, not the visit', () => {
    const back = at('2026-12-04', '09:30');
    const call = project([
      ...sent(),
      entry('visitRecorded', visit('takenBack'), '1001', DONE),
      entry('goodsReceived', { receiptNo: 'LQ-S01-C1-261201-0001', goods: '空调内机', accessories: '', condition: '' }),
      entry('repairRecorded', { technician: '3001', minutes: 60, workDone: '更换电容', parts: [] }, '3001', at('2026-12-02', '10:00')),
      entry('repairChecked', { passed: true, note: '', readyOn: '2026-12-03' }, '9001', at('2026-12-02', '11:00')),
      entry('goodsReturned', { mode: 'receipt', feeFen: 0 }, '1001', back),
    ])!;
    expect(jobDoneAt(call)).toBe(back);
    expect(followUpState(call, back + 23 * HOUR)).toBe('notYet');
    expect(followUpState(call, back + 24 * HOUR)).toBe('due');
  });
});

const job = (id: string, technician: string, atMs: number, feeFen: number, invoiceNo?: string): ServiceJob => ({
  id,
  callId: id.split('#')[0]!,
  number: `WX-${id}`,
  kind: 'visit',
  technician,
  recordedBy: '1001',
  at: atMs,
  requestType: 'repair',
  serviceType: 'paid',
  minutes: 30,
  feeFen,
  invoiceNo,
  parts: [],
  firstVisit: true,
  receivedAt: atMs - HOUR,
  area: 'inTown',
});

describe("the day's fees", () => {
  it('only jobs with a fee, in time order; per technician and overall, to the fen', () => {
    const t = at('2026-12-01', '09:00');
    const totals = feeTotals([
      job('c3#visit0', '3002', t + 3 * HOUR, 4550, 'FP3'),
      job('c1#visit0', '3001', t + HOUR, 8000, 'FP1'),
      job('c2#visit0', '3001', t + 2 * HOUR, 0),
      job('c4#return', '3001', t + 4 * HOUR, 12001, 'FP4'),
      // Two fees at the same minute: the order is still fixed (by id).
      job('c0#visit0', '3002', t + HOUR, 1, 'FP0'),
    ]);
    expect(totals.lines.map((l) => l.id)).toEqual(['c0#visit0', 'c1#visit0', 'c3#visit0', 'c4#return']);
    // 80.00 + 120.01 = 200.01 for 3001; 0.01 + 45.50 = 45.51 for 3002; 245.52 in all.
    expect([...totals.byTechnician]).toEqual([
      ['3002', 4551],
      ['3001', 20001],
    ]);
    expect(totals.totalFen).toBe(24552);
  });

  it('a day with no fee: nothing to hand over', () => {
    const totals = feeTotals([job('c1#visit0', '3001', at('2026-12-01', '09:00'), 0)]);
    expect(totals.lines).toEqual([]);
    expect(totals.byTechnician.size).toBe(0);
    expect(totals.totalFen).toBe(0);
  });
});
