import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_HOURS, toWorkingCalendar } from '../../shared/domain/calendar/types';
import { arrivalDeadline, type WorkingRules } from '../../shared/domain/service/arrival';
import type { ServiceEntry } from '../../shared/domain/service/entries';
import { jobsOf, opinionOf, type ServiceJob, type ServiceOpinion } from '../../shared/domain/service/jobs';
import { dayReport, isWork, monthlyByTechnician, percentOf, type ArrivalTarget } from '../../shared/domain/service/reports';
import type { OpinionScores, ServiceArea, ServiceCall } from '../../shared/domain/service/types';
import { at, entry, project, registered } from './serviceEntries';

const ZHOU = '3001';
const WU = '3002';

const rules: WorkingRules = { calendar: toWorkingCalendar({ holidays: [], makeUpWorkdays: [] }), hours: DEFAULT_WORKING_HOURS, timeZone: 'Asia/Shanghai' };
const customer = (area: ServiceArea) => ({ name: '陈女士', phone: '13800138000', address: '五一路 8 号', area });
/** The store's own rule: 6 working hours in town, 7 out of town, 09:00–21:00 on working days. */
const target: ArrivalTarget = (receivedAt, area) => arrivalDeadline({ receivedAt, customer: customer(area) }, rules);

const scores = (attitude: number, skill: number, arrival: number, promise: number) => ({ attitude, skill, arrival, promise }) as OpinionScores;

function call(id: string, over: Partial<typeof registered>, entries: (reg: ServiceEntry) => ServiceEntry[]): ServiceCall {
  const data = { ...registered, number: `WX-S01-C1-261201-000${id}`, ...over };
  return { ...project(entries(entry('registered', data, '1001', data.receivedAt)))!, id };
}

const visitData = (technician: string, outcome: 'fixedOnSite' | 'takenBack' | 'waitingParts', arrivedAt: number, minutesOnSite: number, parts: { name: string; quantity: number }[], feeFen = 0, invoiceNo?: string) => ({
  technician,
  outcome,
  arrivedAt,
  minutesOnSite,
  workDone: '检修',
  parts,
  feeFen,
  invoiceNo,
  voucherReturned: true,
});

/**
 * Four calls of the first days of December 2026 (Tuesday 12-01 on):
 * A  repair, in town, 10:00 → target 16:00; 周 arrives at 16:00 exactly, fixed on site (45 min, 1 R32). Card 4/4/3/4.
 * B  installation, paid, out of town, 09:00 → target 16:00; 吴 arrives 16:01, fixed (90 min, 4 screws), fee ¥150. Card 3/2/2/3.
 * C  repair, paid, in town, 11:00 → target 17:00; 周 arrives 13:00, takes it back (30 min); repair card 周 60 min + 吴 30 min
 *    (one capacitor each); back to the customer 12-03 with a fee of ¥80 (the return counts for 吴, the last to repair). Card 2/3/4/1 for 周.
 * D  maintenance, contract, 12-02 09:00 → target 15:00; 周 arrives 10:00, waiting for parts (20 min); sent again, fixed 12-03 (40 min).
 */
const A = call('1', { requestType: 'repair', serviceType: 'free', receivedAt: at('2026-12-01', '10:00') }, (reg) => [
  reg,
  entry('dispatched', { technician: ZHOU }, '9001'),
  entry('accepted', {}, ZHOU),
  entry('visitRecorded', visitData(ZHOU, 'fixedOnSite', at('2026-12-01', '16:00'), 45, [{ name: 'R32 冷媒', quantity: 1 }]), '1001', at('2026-12-01', '17:00')),
  entry('opinionRecorded', { technician: ZHOU, scores: scores(4, 4, 3, 4) }, '1001', at('2026-12-02', '10:00')),
]);
const B = call('2', { requestType: 'installation', serviceType: 'paid', receivedAt: at('2026-12-01', '09:00'), customer: customer('outOfTown') }, (reg) => [
  reg,
  entry('quoted', { amountFen: 20_000, work: '挂机安装', agreed: true }),
  entry('dispatched', { technician: WU }, '9001'),
  entry('accepted', {}, WU),
  entry('visitRecorded', visitData(WU, 'fixedOnSite', at('2026-12-01', '16:01'), 90, [{ name: '膨胀螺丝', quantity: 4 }], 15_000, 'FP001'), '1001', at('2026-12-01', '18:00')),
  entry('opinionRecorded', { technician: WU, scores: scores(3, 2, 2, 3) }, '1001', at('2026-12-02', '11:00')),
]);
const C = call('3', { requestType: 'repair', serviceType: 'paid', receivedAt: at('2026-12-01', '11:00') }, (reg) => [
  reg,
  entry('quoted', { amountFen: 10_000, work: '更换电容', agreed: true }),
  entry('dispatched', { technician: ZHOU }, '9001'),
  entry('accepted', {}, ZHOU),
  entry('visitRecorded', visitData(ZHOU, 'takenBack', at('2026-12-01', '13:00'), 30, []), '1001', at('2026-12-01', '15:00')),
  entry('goodsReceived', { receiptNo: 'LQ-S01-C1-261201-0001', goods: '空调内机', accessories: '', condition: '' }, '1001', at('2026-12-01', '15:10')),
  entry('repairRecorded', { technician: ZHOU, minutes: 60, workDone: '换电容', parts: [{ name: '电容', quantity: 1 }] }, ZHOU, at('2026-12-02', '10:00')),
  entry('repairRecorded', { technician: WU, minutes: 30, workDone: '试机', parts: [{ name: '电容', quantity: 1 }] }, WU, at('2026-12-02', '14:00')),
  entry('repairChecked', { passed: true, note: '', readyOn: '2026-12-03' }, '9001', at('2026-12-02', '15:00')),
  entry('goodsReturned', { mode: 'receipt', feeFen: 8_000, invoiceNo: 'FP002' }, '1001', at('2026-12-03', '09:30')),
  entry('opinionRecorded', { technician: ZHOU, scores: scores(2, 3, 4, 1) }, '1001', at('2026-12-03', '10:00')),
]);
const D = call('4', { requestType: 'maintenance', serviceType: 'contract', receivedAt: at('2026-12-02', '09:00') }, (reg) => [
  reg,
  entry('dispatched', { technician: ZHOU }, '9001', at('2026-12-02', '09:05')),
  entry('accepted', {}, ZHOU, at('2026-12-02', '09:10')),
  entry('visitRecorded', visitData(ZHOU, 'waitingParts', at('2026-12-02', '10:00'), 20, []), '1001', at('2026-12-02', '11:00')),
  entry('dispatched', { technician: ZHOU }, '9001', at('2026-12-02', '16:00')),
  entry('accepted', {}, ZHOU, at('2026-12-02', '16:05')),
  entry('visitRecorded', visitData(ZHOU, 'fixedOnSite', at('2026-12-03', '09:00'), 40, []), '1001', at('2026-12-03', '10:30')),
]);
const CALLS = [A, B, C, D];
const JOBS = CALLS.flatMap(jobsOf);
const OPINIONS = CALLS.map(opinionOf).filter((o): o is ServiceOpinion => o !== undefined);
const onDay = (day: string) => JOBS.filter((j) => j.at >= at(day, '00:00') && j.at < at(day, '00:00') + 86_400_000);

describe('job rows of a call (what the reports read)', () => {
  it('a visit each, a repair-card line each, the return with its fee and no time; only a call’s first visit counts for the rates', () => {
    for (const c of CALLS) expect(c.conflicts).toEqual([]);
    expect(JOBS.map((j) => [j.id, j.kind, j.technician, j.minutes, j.feeFen, j.firstVisit])).toEqual([
      ['1#visit0', 'visit', ZHOU, 45, 0, true],
      ['2#visit0', 'visit', WU, 90, 15_000, true],
      ['3#visit0', 'visit', ZHOU, 30, 0, true],
      ['3#repair0', 'repair', ZHOU, 60, 0, false],
      ['3#repair1', 'repair', WU, 30, 0, false],
      ['3#return', 'return', WU, 0, 8_000, false],
      ['4#visit0', 'visit', ZHOU, 20, 0, true],
      ['4#visit1', 'visit', ZHOU, 40, 0, false],
    ]);
    // Each row carries what the reports group and judge by: the call's types, area and received time, the arrival.
    expect(JOBS.find((j) => j.id === '2#visit0')).toMatchObject({ number: 'WX-S01-C1-261201-0002', requestType: 'installation', serviceType: 'paid', area: 'outOfTown', receivedAt: at('2026-12-01', '09:00'), arrivedAt: at('2026-12-01', '16:01'), invoiceNo: 'FP001', outcome: 'fixedOnSite', at: at('2026-12-01', '18:00') });
    expect(JOBS.find((j) => j.id === '3#return')).toMatchObject({ at: at('2026-12-03', '09:30'), invoiceNo: 'FP002', parts: [], recordedBy: '1001' });
    expect(OPINIONS).toEqual([
      { callId: '1', technician: ZHOU, at: at('2026-12-02', '10:00'), scores: scores(4, 4, 3, 4) },
      { callId: '2', technician: WU, at: at('2026-12-02', '11:00'), scores: scores(3, 2, 2, 3) },
      { callId: '3', technician: ZHOU, at: at('2026-12-03', '10:00'), scores: scores(2, 3, 4, 1) },
    ]);
  });
});

describe('day report (技术员工作日报表 / 服务主任日报表)', () => {
  it('12-01: each job in time order, totals by request type and technician, the fees taken', () => {
    const r = dayReport(onDay('2026-12-01'));
    expect(r.jobs.map((j) => j.id)).toEqual(['3#visit0', '1#visit0', '2#visit0']);
    expect(r.byRequestType).toEqual({ repair: { jobs: 2, minutes: 75 }, installation: { jobs: 1, minutes: 90 }, maintenance: { jobs: 0, minutes: 0 } });
    expect(r.byTechnician).toEqual(new Map([[ZHOU, { jobs: 2, minutes: 75 }], [WU, { jobs: 1, minutes: 90 }]]));
    expect(r.total).toEqual({ jobs: 3, minutes: 165 });
    expect(r.feesFen).toBe(15_000);
  });

  it('12-02: the workshop’s repair-card lines are jobs of the day', () => {
    const r = dayReport(onDay('2026-12-02'));
    expect(r.jobs.map((j) => j.id)).toEqual(['3#repair0', '4#visit0', '3#repair1']);
    expect(r.byRequestType).toEqual({ repair: { jobs: 2, minutes: 90 }, installation: { jobs: 0, minutes: 0 }, maintenance: { jobs: 1, minutes: 20 } });
    expect(r.byTechnician).toEqual(new Map([[ZHOU, { jobs: 2, minutes: 80 }], [WU, { jobs: 1, minutes: 30 }]]));
    expect(r.total).toEqual({ jobs: 3, minutes: 110 });
    expect(r.feesFen).toBe(0);
  });

  it('12-03: a return’s fee is in the day’s fees but is no job (no time of its own)', () => {
    const r = dayReport(onDay('2026-12-03'));
    expect(r.jobs.map((j) => j.id)).toEqual(['4#visit1']);
    expect(r.byTechnician).toEqual(new Map([[ZHOU, { jobs: 1, minutes: 40 }]]));
    expect(r.total).toEqual({ jobs: 1, minutes: 40 });
    expect(r.feesFen).toBe(8_000);
  });

  it('one technician’s day is the same report over their rows', () => {
    const r = dayReport(onDay('2026-12-01').filter((j) => j.technician === ZHOU));
    expect(r.jobs.map((j) => j.id)).toEqual(['3#visit0', '1#visit0']);
    expect(r.total).toEqual({ jobs: 2, minutes: 75 });
    expect(r.feesFen).toBe(0);
    expect(dayReport([])).toMatchObject({ jobs: [], total: { jobs: 0, minutes: 0 }, feesFen: 0 });
  });
});

describe('monthly evaluation per technician (技术员月度考评)', () => {
  it('jobs, hours, first-time fixes, arrivals on time (exactly at the target is on time), opinion averages, parts, fees', () => {
    const [zhou, wu, ...rest] = monthlyByTechnician(JOBS, OPINIONS, target);
    expect(rest).toEqual([]);
    expect(zhou).toEqual({
      technician: ZHOU,
      jobs: 5,
      minutes: 195,
      firstVisits: 3,
      firstTimeFixes: 1,
      onTimeArrivals: 3,
      opinionCards: 2,
      opinion: { attitude: 3, skill: 3.5, arrival: 3.5, promise: 2.5 },
      parts: new Map([['R32 冷媒', 1], ['电容', 1]]),
      feesFen: 0,
    });
    expect(wu).toEqual({
      technician: WU,
      jobs: 2,
      minutes: 120,
      firstVisits: 1,
      firstTimeFixes: 1,
      // Arrived 16:01 for a 16:00 target: one minute late.
      onTimeArrivals: 0,
      opinionCards: 1,
      opinion: { attitude: 3, skill: 2, arrival: 2, promise: 3 },
      parts: new Map([['膨胀螺丝', 4], ['电容', 1]]),
      feesFen: 23_000,
    });
    expect(percentOf(zhou!.firstTimeFixes, zhou!.firstVisits)).toBe(33);
    expect(percentOf(zhou!.onTimeArrivals, zhou!.firstVisits)).toBe(100);
    expect(percentOf(wu!.onTimeArrivals, wu!.firstVisits)).toBe(0);
  });

  it('the arrival boundary: at the target on time, a minute after late; the target is asked of first visits only', () => {
    const asked: number[] = [];
    const spy: ArrivalTarget = (receivedAt, area) => {
      asked.push(receivedAt);
      return target(receivedAt, area);
    };
    const first = JOBS.find((j) => j.id === '2#visit0')!;
    const onTime = { ...first, arrivedAt: at('2026-12-01', '16:00') };
    expect(monthlyByTechnician([onTime], [], spy)[0]).toMatchObject({ firstVisits: 1, onTimeArrivals: 1 });
    expect(monthlyByTechnician([{ ...first, arrivedAt: at('2026-12-01', '16:01') }], [], spy)[0]).toMatchObject({ onTimeArrivals: 0 });
    asked.length = 0;
    monthlyByTechnician(JOBS, [], spy);
    expect(asked.sort()).toEqual([A.receivedAt, B.receivedAt, C.receivedAt, D.receivedAt].sort());
  });

  it('a first visit not fixed on site is no first-time fix; a later visit fixing it does not make it one', () => {
    const [zhou] = monthlyByTechnician(JOBS.filter((j) => j.callId === '4'), [], target);
    expect(zhou).toMatchObject({ jobs: 2, firstVisits: 1, firstTimeFixes: 0, onTimeArrivals: 1, opinionCards: 0, opinion: { attitude: undefined, skill: undefined, arrival: undefined, promise: undefined } });
  });

  it('a share as a whole percent; nothing to divide by gives no rate', () => {
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(0, 0)).toBeUndefined();
  });

  const jobRow = fc.record({
    technician: fc.constantFrom(ZHOU, WU, '3003'),
    kind: fc.constantFrom<ServiceJob['kind']>('visit', 'repair', 'return'),
    minutes: fc.integer({ min: 0, max: 600 }),
    firstVisit: fc.boolean(),
    fixed: fc.boolean(),
    arrivedAfter: fc.integer({ min: 0, max: 20 * 3_600_000 }),
    feeFen: fc.integer({ min: 0, max: 100_000 }),
  });

  it('jobs summed over technicians is the number of work rows, whatever the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(jobRow, { maxLength: 60 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length }))), ([rows, order]) => {
        const jobs: ServiceJob[] = rows.map((r, i) => ({
          ...JOBS[0]!,
          id: `j${i}`,
          callId: `c${i}`,
          technician: r.technician,
          kind: r.kind,
          minutes: r.kind === 'return' ? 0 : r.minutes,
          firstVisit: r.kind === 'visit' && r.firstVisit,
          outcome: r.kind === 'visit' ? (r.fixed ? 'fixedOnSite' : 'notFixed') : undefined,
          arrivedAt: r.kind === 'visit' ? at('2026-12-01', '10:00') + r.arrivedAfter : undefined,
          feeFen: r.feeFen,
        }));
        const month = monthlyByTechnician(jobs, [], target);
        expect(month.reduce((sum, t) => sum + t.jobs, 0)).toBe(jobs.filter(isWork).length);
        expect(monthlyByTechnician(order.map((i) => jobs[i]!), [], target)).toEqual(month);
      }),
    );
  });
});
