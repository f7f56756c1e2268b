import { describe, expect, it } from 'vitest';
import { calendarDataFromChineseDays, toWorkingCalendar } from '../../shared/domain/calendar';
import { DEFAULT_DEADLINE_POLICY, monthlyComplaintReport } from '../../shared/domain/complaints';
import { build, PATH, sh } from './complaints.fixtures';

const CAL = toWorkingCalendar(calendarDataFromChineseDays(undefined, 2026, 2026));

const at = (d: number) => sh(2026, 11, d, 10);
const complaints = [
  // A: at the desk, done the same morning, satisfied (5), staff cause.
  build([['recorded', 'clerk', { channel: 'desk', receivedAt: at(2) }], ...PATH.slice(1), ['responsibilityAssigned', 'supervisor']], at(2), 'A'),
  // B: major, by phone, investigated and then left.
  build(
    [
      ['recorded', 'clerk', { receivedAt: at(10), category: 'serviceAttitude', severity: 'major' }],
      ...PATH.slice(1, 4),
      ['investigated', 'clerk', { cause: '服务态度差' }],
      ['responsibilityAssigned', 'supervisor', { causeType: 'management', staffNo: 'M01' }],
    ],
    at(10),
    'B',
  ),
  // C: hotline, price, invalid.
  build([['recorded', 'clerk', { channel: 'hotline', category: 'price', receivedAt: at(12) }], ['validityJudged', 'lead', { valid: false, answer: '价格无误' }]], at(12), 'C'),
  // E: the same cause typed with spaces.
  build([['recorded', 'clerk', { receivedAt: at(20), category: 'serviceAttitude' }], ...PATH.slice(1, 4), ['investigated', 'clerk', { cause: ' 服务态度差 ' }]], at(20), 'E'),
  // D: December, not in the report.
  build([['recorded', 'clerk', { receivedAt: sh(2026, 12, 1, 0, 30) }]], sh(2026, 12, 1, 0, 30), 'D'),
];

describe('monthly complaint report', () => {
  const report = monthlyComplaintReport(complaints, {
    month: '2026-11',
    customerCount: 20_000,
    policy: DEFAULT_DEADLINE_POLICY,
    calendar: CAL,
    now: sh(2026, 12, 15, 10),
  });

  it('counts by category, severity and channel, valid and invalid', () => {
    expect(report.total).toBe(4);
    expect([report.valid, report.invalid]).toEqual([3, 1]);
    expect(report.byCategory).toEqual({ productQuality: 1, serviceAttitude: 2, price: 1, environmentSafety: 0, other: 0 });
    expect(report.bySeverity).toEqual({ normal: 3, major: 1, urgent: 0 });
    expect(report.byChannel).toEqual({ desk: 1, phone: 2, letterEmail: 0, socialMedia: 0, suggestionBox: 0, hotline: 1 });
  });

  it('gives the complaint rate per 10,000 customers only when the count is known', () => {
    expect(report.ratePer10k).toBe(2);
    expect(monthlyComplaintReport(complaints, { month: '2026-11', policy: DEFAULT_DEADLINE_POLICY, calendar: CAL, now: 0 }).ratePer10k).toBeUndefined();
  });

  it('on-time rate per limit: met against missed (a late one counts as missed; cancelled and running ones not at all)', () => {
    expect(report.onTime).toEqual({
      firstContact: { met: 2, missed: 2, rate: 0.5 },
      onSite: { met: 0, missed: 0, rate: undefined },
      departmentContact: { met: 0, missed: 2, rate: 0 },
      departmentContactLatest: { met: 0, missed: 2, rate: 0 },
      classification: { met: 3, missed: 0, rate: 1 },
      solution: { met: 1, missed: 2, rate: 0.33 },
      resolved: { met: 1, missed: 1, rate: 0.5 },
      followUp: { met: 1, missed: 0, rate: 1 },
    });
  });

  it('average satisfaction and top causes', () => {
    expect([report.averageSatisfaction, report.rated]).toEqual([5, 1]);
    expect(report.topCauses).toEqual([
      { cause: '服务态度差', count: 2 },
      { cause: '未按规定巡检临期商品', count: 1 },
    ]);
    expect(report.byCauseType).toEqual({ staff: 1, management: 1, system: 0 });
  });

  it('an empty month reports zeros and no rates', () => {
    const empty = monthlyComplaintReport([], { month: '2026-10', customerCount: 100, policy: DEFAULT_DEADLINE_POLICY, calendar: CAL, now: 0 });
    expect([empty.total, empty.ratePer10k, empty.averageSatisfaction, empty.topCauses]).toEqual([0, 0, undefined, []]);
  });
});
