// Every figure of the supervisor's report against the hand-counted store of reports.fixture.
import { describe, expect, it } from 'vitest';
import { buildSupervisorReport } from '../../shared/domain/reports/build';
import type { Cell, SectionId, SupervisorReport } from '../../shared/domain/reports/model';
import { reportPeriod, type PeriodKind } from '../../shared/domain/reports/period';
import { complaints, names, rows, rules } from './reports.fixture';

const TZ = 'Asia/Shanghai';

function build(kind: PeriodKind = 'week', scope = {}, date = '2026-11-25', over = {}): SupervisorReport {
  return buildSupervisorReport({ ...rows, ...over }, reportPeriod(kind, date, TZ)!, scope, rules, names);
}

const section = (r: SupervisorReport, id: SectionId) => {
  const s = r.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
/** A section's figures as id -> value, with the counts behind a share and its target's verdict where it has them. */
const figures = (r: SupervisorReport, id: SectionId) =>
  Object.fromEntries(section(r, id).figures.map((f) => [f.id, f.of ? [f.value, f.of.part, f.of.whole, ...(f.target ? [f.target.met ? 'OK' : 'MISSED'] : [])] : f.value]));
const text = (cell: Cell) => (typeof cell === 'object' ? cell.zh : cell);
const table = (r: SupervisorReport, id: SectionId, tableId: string) => section(r, id).tables.find((t) => t.id === tableId)!.rows.map((row) => row.map(text));

describe('volumes (业务量) from the day facts', () => {
  it('a week: entries per area and counter, a line per day, a bar per area', () => {
    const r = build();
    expect(figures(r, 'volumes')).toEqual({ entries: 22, 'entries.storage': 5, 'entries.returns': 4, 'entries.gifts': 9, 'entries.complaints': 1, 'entries.service': 2, 'entries.other': 1 });
    expect(table(r, 'volumes', 'byCounter')).toEqual([
      ['C1', 5, 0, 9, 0, 2, 1, 17],
      ['C2', 0, 4, 0, 1, 0, 0, 5],
      ['合计', 5, 4, 9, 1, 2, 1, 22],
    ]);
    const [trend, byArea] = section(r, 'volumes').charts;
    expect(trend).toMatchObject({ kind: 'line', categories: ['11-23', '11-24', '11-25', '11-26', '11-27', '11-28', '11-29'].map((d) => ({ zh: d, en: d })) });
    expect(trend!.series[0]!.values).toEqual([0, 9, 13, 0, 0, 0, 0]);
    expect(byArea).toMatchObject({ kind: 'bar', series: [{ values: [5, 4, 9, 1, 2, 1] }] });
  });

  it('a month and a day take their own days; a counter and an area narrow them', () => {
    expect(figures(build('month'), 'volumes').entries).toBe(33);
    expect(figures(build('day', {}, '2026-11-24'), 'volumes').entries).toBe(9);
    expect(figures(build('week', { counter: 'C2' }), 'volumes').entries).toBe(5);
    const storage = build('month', { area: 'storage' });
    expect(storage.sections.map((s) => s.id)).toEqual(['volumes']);
    expect(figures(storage, 'volumes')).toEqual({ entries: 16 });
    expect(section(storage, 'volumes').charts[1]).toMatchObject({ id: 'byCounter', categories: [{ zh: 'C1' }], series: [{ values: [16] }] });
  });
});

describe('complaint time limits and rate', () => {
  it('response and solution against their limits, average hours, the rate per 10,000 customers pro rata by days', () => {
    expect(figures(build(), 'complaints')).toEqual({
      complaints: 3,
      responseOnTime: [66.7, 2, 3],
      responseHours: 0.8,
      solutionOnTime: [100, 1, 1],
      solutionHours: 24,
      // 300,000 customers in November: a week is 7/30 of them, 70,000; 3 complaints = 0.43 per 10,000.
      customers: 70_000,
      ratePer10k: 0.43,
    });
    expect(table(build(), 'complaints', 'limits')).toEqual([
      ['首次联系', 2, 1, 66.7, 0.8],
      ['出方案', 1, 0, 100, 24],
    ]);
    expect(figures(build('month'), 'complaints')).toMatchObject({ customers: 300_000, ratePer10k: 0.1 });
  });

  it('no customer count for a month of the period: no rate ("—"), never one from part of the customers', () => {
    expect(figures(build('week', {}, '2026-11-25', { customerCounts: {} }), 'complaints')).toMatchObject({ customers: undefined, ratePer10k: undefined });
    // The week of 2026-11-30 runs into December, which has no count.
    expect(figures(build('week', {}, '2026-11-30'), 'complaints')).toMatchObject({ customers: undefined, ratePer10k: undefined });
  });

  it('one counter: the complaints it took', () => {
    expect(figures(build('week', { counter: 'C2' }), 'complaints')).toMatchObject({ complaints: 1, responseOnTime: [0, 0, 1], responseHours: 2, solutionOnTime: [undefined, 0, 0] });
    expect(figures(build('week', {}, '2026-11-25', { complaints: complaints.slice(2) }), 'complaints')).toMatchObject({ complaints: 1, responseOnTime: [100, 1, 1], responseHours: 0 });
  });
});

describe('technician service', () => {
  it('first visits against the arrival target, first-time fix, hours waited, opinion cards', () => {
    expect(figures(build(), 'service')).toEqual({
      firstVisits: 2,
      arrivalOnTime: [50, 1, 2],
      firstTimeFix: [50, 1, 2],
      arrivalHours: 6.5,
      opinionCards: 2,
      opinionAverage: 3.1,
    });
    expect(table(build(), 'service', 'byTechnician')).toEqual([
      ['周师傅 (3001)', 1, 1, 100, 100, 1, 3.8],
      ['吴师傅 (3002)', 2, 1, 0, 0, 1, 2.5],
    ]);
    expect(figures(build('week', { counter: 'C1' }), 'service')).toMatchObject({ firstVisits: 1, arrivalOnTime: [100, 1, 1], opinionCards: 1, opinionAverage: 3.8 });
  });
});

describe('satisfaction and surveys', () => {
  it('return rate against 80%, key customers all back or not, satisfied share, follow-up and card averages', () => {
    expect(figures(build(), 'satisfaction')).toEqual({
      surveysSent: 5,
      surveysReturned: 3,
      returnRate: [60, 3, 5, 'MISSED'],
      keyCustomers: [66.7, 2, 3, 'MISSED'],
      surveySatisfied: [66.7, 2, 3],
      complaintRating: 3,
      opinionAverage: 3.1,
    });
    expect(table(build(), 'satisfaction', 'bySubject')).toEqual([
      ['投诉', 3, 2, 66.7, 2, 1],
      ['维修', 2, 1, 50, 1, 1],
    ]);
  });

  it('80% back and every key customer back is OK; an area shows its own subject only', () => {
    const back = rows.surveys.map((s) => ({ ...s, returnedAt: s.sentAt + 1 }));
    expect(figures(build('week', {}, '2026-11-25', { surveys: back.slice(0, 4).concat(rows.surveys[4]!) }), 'satisfaction')).toMatchObject({ returnRate: [80, 4, 5, 'OK'], keyCustomers: [66.7, 2, 3, 'MISSED'] });
    expect(figures(build('week', {}, '2026-11-25', { surveys: back }), 'satisfaction')).toMatchObject({ keyCustomers: [100, 3, 3, 'OK'] });
    const service = build('week', { area: 'service' });
    expect(service.sections.map((s) => s.id)).toEqual(['volumes', 'service', 'satisfaction']);
    expect(figures(service, 'satisfaction')).toEqual({ surveysSent: 2, surveysReturned: 1, returnRate: [50, 1, 2, 'MISSED'], keyCustomers: [100, 1, 1, 'OK'], surveySatisfied: [100, 1, 1], opinionAverage: 3.1 });
  });
});

describe('returns by reason and category', () => {
  it('the summary rule over the period: goods that came back, reversed ones left out', () => {
    expect(figures(build(), 'returns')).toEqual({ returns: 2, units: 3, amount: 697.9, refunded: 99.9 });
    expect(table(build(), 'returns', 'byReason')).toEqual([
      ['原因:quality', 1, 1, 99.9],
      ['原因:damaged', 0, 0, 0],
      ['原因:expired', 0, 0, 0],
      ['原因:wrongItem', 0, 0, 0],
      ['原因:sizeFit', 1, 2, 598],
      ['原因:changedMind', 0, 0, 0],
      ['原因:other', 0, 0, 0],
    ]);
    expect(table(build(), 'returns', 'byCategory')).toEqual([
      ['类别:clothing', 1, 2, 598],
      ['类别:appliance', 1, 1, 99.9],
    ]);
    expect(figures(build('month'), 'returns')).toMatchObject({ returns: 3, amount: 752.9 });
    expect(figures(build('week', { counter: 'C1' }), 'returns')).toMatchObject({ returns: 1, amount: 99.9 });
  });
});

describe('gifts handed out against stock', () => {
  it('pieces handed out in the period per gift beside the stock to date and its alarms', () => {
    expect(figures(build(), 'gifts')).toEqual({ handedOut: 3, alarms: 1 });
    expect(table(build(), 'gifts', 'byGift')).toEqual([
      ['双十一满赠 · 保温杯', 3, 100, 9, 91, 0],
      ['双十一满赠 · 电饭煲', 0, 20, 20, 0, 1],
    ]);
    expect(figures(build('week', { counter: 'C2' }), 'gifts')).toEqual({ handedOut: 2, alarms: 1 });
    expect(figures(build('month'), 'gifts')).toEqual({ handedOut: 8, alarms: 1 });
  });
});
