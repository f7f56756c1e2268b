import { describe, expect, it } from 'vitest';
import { DEFAULT_POINTS_RULE, monthlyResponsibilityPoints, type Complaint, type ResponsibilityAssignedData } from '../../shared/domain/complaints';
import { pointsRuleInput, responsibilityInput } from '../../shared/schema/complaints';
import { build, PATH, sh } from './complaints.fixtures';

const TZ = 'Asia/Shanghai';

/** A valid complaint, received at `receivedAt`, investigated, with a supervisor's responsibility decision. */
function blamed(id: string, receivedAt: number, responsibility: Partial<ResponsibilityAssignedData> = {}): Complaint {
  return build(
    [['recorded', 'clerk', { receivedAt, number: `TS-${id}` }], ...PATH.slice(1, 5), ['responsibilityAssigned', 'supervisor', responsibility]],
    receivedAt,
    id,
  );
}

describe('monthly responsibility points', () => {
  it('5 per complaint, the n-th in the month x n, the direct supervisor shares half from the second', () => {
    const complaints = [
      blamed('c3', sh(2026, 11, 20, 10)),
      blamed('c1', sh(2026, 11, 2, 10)),
      blamed('c2', sh(2026, 11, 10, 10)),
      blamed('d1', sh(2026, 11, 5, 10), { staffNo: 'E02', staffName: '李四', directSupervisorNo: 'S01' }),
    ];
    const result = monthlyResponsibilityPoints(complaints, '2026-11', DEFAULT_POINTS_RULE, TZ);
    expect(result.lines.map((l) => [l.complaintId, l.staffNo, l.nth, l.points, l.supervisorPoints])).toEqual([
      ['c1', 'E01', 1, 5, 0],
      ['d1', 'E02', 1, 5, 0],
      ['c2', 'E01', 2, 10, 5],
      ['c3', 'E01', 3, 15, 7.5],
    ]);
    expect(result.byStaff).toEqual([
      { staffNo: 'E01', ownPoints: 30, complaints: 3, sharedPoints: 0, total: 30 },
      { staffNo: 'S01', ownPoints: 0, complaints: 0, sharedPoints: 12.5, total: 12.5 },
      { staffNo: 'E02', ownPoints: 5, complaints: 1, sharedPoints: 0, total: 5 },
    ]);
  });

  it('counts by the store-local month, and only valid complaints with a person and a non-system cause', () => {
    const complaints = [
      blamed('late-nov', sh(2026, 11, 30, 23, 30)), // 15:30 UTC, still November in Shanghai
      blamed('early-dec', sh(2026, 12, 1, 0, 30)), // still 30 November in UTC
      blamed('system', sh(2026, 11, 3, 10), { causeType: 'system' }),
      blamed('management', sh(2026, 11, 4, 10), { causeType: 'management', staffNo: 'M01', directSupervisorNo: undefined }),
      blamed('nobody', sh(2026, 11, 6, 10), { causeType: 'management', staffNo: undefined }),
      build([['recorded', 'clerk', { receivedAt: sh(2026, 11, 7, 10) }], ['validityJudged', 'lead', { valid: false, answer: '不成立' }]], sh(2026, 11, 7, 10), 'invalid'),
    ];
    const nov = monthlyResponsibilityPoints(complaints, '2026-11', DEFAULT_POINTS_RULE, TZ);
    expect(nov.lines.map((l) => l.complaintId)).toEqual(['management', 'late-nov']);
    expect(monthlyResponsibilityPoints(complaints, '2026-12', DEFAULT_POINTS_RULE, TZ).lines.map((l) => l.complaintId)).toEqual(['early-dec']);
  });

  it('follows a configured rule: flat points, the supervisor sharing from the third at 20%', () => {
    const complaints = [blamed('a', sh(2026, 11, 2, 10)), blamed('b', sh(2026, 11, 3, 10)), blamed('c', sh(2026, 11, 4, 10))];
    const rule = { basePoints: 4, repeat: 'flat', supervisorShareFrom: 3, supervisorSharePercent: 20 } as const;
    const result = monthlyResponsibilityPoints(complaints, '2026-11', rule, TZ);
    expect(result.lines.map((l) => [l.points, l.supervisorPoints])).toEqual([
      [4, 0],
      [4, 0],
      [4, 0.8],
    ]);
  });

  it('the rule and the responsibility form validate', () => {
    expect(pointsRuleInput.parse({ basePoints: '5', repeat: 'multiply', supervisorShareFrom: '2', supervisorSharePercent: '50' })).toEqual(DEFAULT_POINTS_RULE);
    expect(pointsRuleInput.safeParse({ ...DEFAULT_POINTS_RULE, basePoints: 0 }).error?.issues[0]?.message).toBe('error.range');
    expect(pointsRuleInput.safeParse({ ...DEFAULT_POINTS_RULE, supervisorSharePercent: 101 }).error?.issues[0]?.message).toBe('error.range');
    expect(responsibilityInput.safeParse({ causeType: 'staff', staffNo: '' }).error?.issues[0]).toMatchObject({ path: ['staffNo'], message: 'error.complaintPersonRequired' });
    expect(responsibilityInput.safeParse({ causeType: 'system' }).success).toBe(true);
  });
});
