import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, calendarDataFromChineseDays, toWorkingCalendar, withDayKind } from '../../shared/domain/calendar';
import {
  applyComplaintEntry,
  complaintDeadlines,
  DEFAULT_DEADLINE_POLICY,
  defaultLimits,
  escalationDue,
  policyProblems,
  queueComplaintOf,
  type Complaint,
  type ComplaintDeadline,
  type ComplaintDeadlinePolicy,
  type ComplaintEntryDataMap,
  type ComplaintEntryType,
  type ComplaintRole,
  type DeadlineKind,
} from '../../shared/domain/complaints';
import { deadlinePolicyInput, deadlineLimitInput } from '../../shared/schema/complaints';
import { HOUR, makeEntry, MIN, sh, stepData, T0 } from './complaints.fixtures';

const CAL = toWorkingCalendar(calendarDataFromChineseDays(undefined, 2025, 2026));
const POLICY = DEFAULT_DEADLINE_POLICY;

type Step = readonly [ComplaintEntryType, ComplaintRole, number, Partial<ComplaintEntryDataMap[ComplaintEntryType]>?];

/** Applies steps at the given times; every one must be accepted. */
function timeline(steps: readonly Step[]): Complaint {
  let c: Complaint | undefined;
  for (const [type, role, at, overrides] of steps) {
    const next = applyComplaintEntry(c, makeEntry(type, { ...stepData(type, role, c), ...(overrides ?? {}) }, at));
    if (!next || (c && next.refusals.length > c.refusals.length)) throw new Error(`${type} refused: ${JSON.stringify(next?.refusals.at(-1))}`);
    c = next;
  }
  return c!;
}

const recorded = (overrides: object = {}, at = T0): Step => ['recorded', 'clerk', at, { receivedAt: at, ...overrides }];
const toAssigned = (at = T0, intake: object = {}, assign: object = {}): Step[] => [
  recorded(intake, at),
  ['validityJudged', 'lead', at + 1 * MIN],
  ['classified', 'lead', at + 2 * MIN],
  ['assigned', 'lead', at + 3 * MIN, assign],
];

function byKind(c: Complaint, now: number, policy: ComplaintDeadlinePolicy = POLICY): Partial<Record<DeadlineKind, ComplaintDeadline>> {
  return Object.fromEntries(complaintDeadlines(c, policy, CAL, now).deadlines.map((d) => [d.kind, d]));
}

describe('deadline policy', () => {
  it('the defaults are a full, valid table (DOMAIN §4)', () => {
    expect(POLICY.rows).toHaveLength(15);
    expect(policyProblems(POLICY)).toEqual([]);
    expect(defaultLimits('normal')).toMatchObject({ firstContact: { amount: 1, unit: 'hours' }, solution: { amount: 3, unit: 'workingDays' }, resolved: { amount: 2, unit: 'days' } });
    expect(defaultLimits('major').solution).toEqual({ amount: 5, unit: 'workingDays' });
    expect(defaultLimits('urgent').onSite).toEqual({ amount: 10, unit: 'minutes' });
    expect(defaultLimits('normal').onSite).toBeUndefined();
  });

  it('refuses zero, negative and fractional limits, missing and duplicate rows, a target beyond its ceiling', () => {
    const [first, ...rest] = POLICY.rows;
    const broken: ComplaintDeadlinePolicy = {
      ...POLICY,
      rows: [
        { ...first!, limits: { ...first!.limits, firstContact: { amount: 0, unit: 'hours' }, classification: { amount: -2, unit: 'hours' }, solution: { amount: 1.5, unit: 'workingDays' }, departmentContact: { amount: 5, unit: 'hours' } } },
        first!,
        ...rest.slice(1),
      ],
    };
    expect(policyProblems(broken)).toEqual([
      { kind: 'limitNotPositive', row: 0, key: 'firstContact' },
      { kind: 'limitNotPositive', row: 0, key: 'classification' },
      { kind: 'limitNotPositive', row: 0, key: 'solution' },
      { kind: 'departmentContactAfterLatest', row: 0 },
      { kind: 'duplicateRow', row: 1 },
      { kind: 'missingRow', category: rest[0]!.category, severity: rest[0]!.severity },
    ]);
  });

  it('the schemas say the same with i18n keys', () => {
    expect(deadlineLimitInput.safeParse({ amount: 0, unit: 'hours' }).error?.issues[0]?.message).toBe('error.complaintLimitPositive');
    expect(deadlineLimitInput.safeParse({ amount: -1, unit: 'hours' }).error?.issues[0]?.message).toBe('error.complaintLimitPositive');
    expect(deadlineLimitInput.safeParse({ amount: '2', unit: 'workingDays' }).data).toEqual({ amount: 2, unit: 'workingDays' });
    expect(deadlinePolicyInput.safeParse(POLICY).success).toBe(true);
    const r = deadlinePolicyInput.safeParse({ ...POLICY, rows: POLICY.rows.slice(1), timeZone: 'Mars/Base' });
    expect(r.error?.issues.map((i) => i.message).sort()).toEqual(['error.complaintPolicyMissingRow', 'error.timeZone']);
  });
});

describe('complaint deadlines', () => {
  it('a new phone complaint runs first contact, classification, solution and the 2-day limit', () => {
    const c = timeline([recorded()]);
    const { deadlines, next } = complaintDeadlines(c, POLICY, CAL, T0 + 20 * MIN);
    expect(deadlines.map((d) => [d.kind, d.status, d.dueAt])).toEqual([
      ['firstContact', 'running', T0 + HOUR],
      ['classification', 'running', T0 + 24 * HOUR],
      // 3 working days from Monday 10:00 is Thursday 10:00.
      ['solution', 'running', sh(2026, 11, 26, 10)],
      ['resolved', 'running', T0 + 48 * HOUR],
    ]);
    expect(next).toEqual({ kind: 'firstContact', round: 1, dueAt: T0 + HOUR, timeLeftMs: 40 * MIN, overdue: false, paused: false });
  });

  it('at the desk the first contact is met at once', () => {
    expect(byKind(timeline([recorded({ channel: 'desk' })]), T0 + 5 * MIN).firstContact).toMatchObject({ status: 'met', doneAt: T0, open: false });
  });

  it('overdue shows negative time left; a missed limit stays missed when the work catches up', () => {
    const late = timeline([recorded()]);
    expect(complaintDeadlines(late, POLICY, CAL, T0 + 2 * HOUR).next).toMatchObject({ kind: 'firstContact', timeLeftMs: -HOUR, overdue: true });
    const caughtUp = timeline([recorded(), ['customerContacted', 'clerk', T0 + 90 * MIN]]);
    const d = byKind(caughtUp, T0 + 3 * HOUR);
    expect(d.firstContact).toMatchObject({ status: 'missed', open: false, doneAt: T0 + 90 * MIN, dueAt: T0 + HOUR });
    expect(complaintDeadlines(caughtUp, POLICY, CAL, T0 + 3 * HOUR).next?.kind).toBe('classification');
  });

  it('met exactly at the due time is on time', () => {
    const c = timeline([recorded(), ['customerContacted', 'clerk', T0 + HOUR]]);
    expect(byKind(c, T0 + 2 * HOUR).firstContact?.status).toBe('met');
  });

  it('urgent/safety: someone on site within 10 minutes', () => {
    const c = timeline([recorded({ severity: 'urgent', category: 'environmentSafety' }), ['arrivedOnSite', 'clerk', T0 + 8 * MIN]]);
    expect(byKind(c, T0 + 9 * MIN).onSite).toMatchObject({ status: 'met', dueAt: T0 + 10 * MIN });
    const late = timeline([recorded({ severity: 'urgent' })]);
    expect(complaintDeadlines(late, POLICY, CAL, T0 + 12 * MIN).next).toMatchObject({ kind: 'onSite', overdue: true, timeLeftMs: -2 * MIN });
  });

  it('after assignment the department contacts the customer: 30 minutes target, 4 hours ceiling', () => {
    const c = timeline([...toAssigned(), ['customerContacted', 'clerk', T0 + 10 * MIN], ['customerContacted', 'lead', T0 + 2 * HOUR, { party: 'department' }]]);
    const d = byKind(c, T0 + 3 * HOUR);
    expect(d.firstContact?.status).toBe('met');
    expect(d.departmentContact).toMatchObject({ status: 'missed', startedAt: T0 + 3 * MIN, dueAt: T0 + 33 * MIN, doneAt: T0 + 2 * HOUR });
    expect(d.departmentContactLatest).toMatchObject({ status: 'met', dueAt: T0 + 3 * MIN + 4 * HOUR });
  });

  it('where several limits run, the earliest open one is shown', () => {
    const c = timeline([...toAssigned(), ['customerContacted', 'clerk', T0 + 10 * MIN]]);
    expect(complaintDeadlines(c, POLICY, CAL, T0 + 15 * MIN).next).toMatchObject({ kind: 'departmentContact', dueAt: T0 + 33 * MIN, timeLeftMs: 18 * MIN });
  });

  it('solution limits: major 5 working days, several departments 7', () => {
    expect(byKind(timeline([recorded({ severity: 'major' })]), T0).solution?.dueAt).toBe(sh(2026, 11, 30, 10));
    const multi = timeline(toAssigned(T0, {}, { departments: ['生鲜部', '收银部'] }));
    expect(byKind(multi, T0).solution).toMatchObject({ dueAt: sh(2026, 12, 2, 10), limit: { amount: 7, unit: 'workingDays' } });
  });

  it('counts working days over National Day 2026 onto the make-up Saturday', () => {
    const start = sh(2026, 9, 30, 15);
    expect(byKind(timeline([recorded({}, start)]), start).solution?.dueAt).toBe(sh(2026, 10, 10, 15));
  });

  it('a pause with a named reason stops the clock; paused time does not count', () => {
    // Paused Tuesday 10:00 to Wednesday 10:00: 12 working hours, 24 clock hours.
    const c = timeline([...toAssigned(), ['timerPaused', 'lead', sh(2026, 11, 24, 10)], ['timerResumed', 'lead', sh(2026, 11, 25, 10)]]);
    const d = byKind(c, sh(2026, 11, 25, 11));
    expect(d.solution).toMatchObject({ status: 'running', dueAt: sh(2026, 11, 27, 10), pausedMs: 24 * HOUR });
    expect(d.resolved?.dueAt).toBe(T0 + 72 * HOUR);
    expect(c.pauses).toHaveLength(1);
  });

  it('while paused the limits show as paused, due as if resumed now', () => {
    const c = timeline([...toAssigned(), ['customerContacted', 'clerk', T0 + 10 * MIN, { party: 'department' }], ['timerPaused', 'lead', sh(2026, 11, 24, 9)]]);
    const now = sh(2026, 11, 24, 16);
    const d = byKind(c, now);
    expect(d.solution?.status).toBe('paused');
    // 11 working hours used of 36 (Monday 10-21): 25 left from now (Tuesday 16:00) -> Thursday 17:00.
    expect(d.solution?.dueAt).toBe(sh(2026, 11, 26, 17));
    // 23 clock hours used of 24: the hour left runs from now.
    expect(complaintDeadlines(c, POLICY, CAL, now).next).toEqual({ kind: 'classification', round: 1, dueAt: now + HOUR, timeLeftMs: HOUR, overdue: false, paused: true });
  });

  it('a pause does not rescue a limit already missed', () => {
    const c = timeline([recorded(), ['timerPaused', 'lead', T0 + 2 * HOUR], ['customerContacted', 'clerk', T0 + 3 * HOUR]]);
    expect(byKind(c, T0 + 4 * HOUR).firstContact).toMatchObject({ status: 'missed', dueAt: T0 + HOUR });
  });

  it('an extension with the customer consent moves the limit; one after the miss does not', () => {
    const newDue = sh(2026, 11, 30, 18);
    const c = timeline([...toAssigned(), ['extended', 'supervisor', sh(2026, 11, 25, 10), { kind: 'solution', newDueAt: newDue }]]);
    expect(byKind(c, sh(2026, 11, 27, 10)).solution).toMatchObject({ status: 'running', dueAt: newDue, extended: true });
    const late = timeline([...toAssigned(), ['extended', 'supervisor', sh(2026, 11, 27, 10), { kind: 'solution', newDueAt: newDue }]]);
    expect(byKind(late, sh(2026, 11, 27, 11)).solution).toMatchObject({ status: 'missed', dueAt: sh(2026, 11, 26, 10), extended: false });
    const shorter = timeline([...toAssigned(), ['extended', 'supervisor', T0 + HOUR, { kind: 'solution', newDueAt: T0 + 2 * HOUR }]]);
    expect(byKind(shorter, T0 + 3 * HOUR).solution?.dueAt).toBe(sh(2026, 11, 26, 10));
  });

  it('an extension counts from the moment it is agreed, not a moment later', () => {
    const newDue = sh(2026, 11, 30, 18);
    const at = sh(2026, 11, 25, 10);
    const c = timeline([...toAssigned(), ['extended', 'supervisor', at, { kind: 'solution', newDueAt: newDue }]]);
    expect(byKind(c, at).solution).toMatchObject({ status: 'running', dueAt: newDue, extended: true });
  });

  it('a limit met while the timer stood paused keeps its due time as the clock moves on', () => {
    const c = timeline([
      recorded({ channel: 'phone' }),
      ['timerPaused', 'lead', T0 + MIN, { reason: 'waitingForCustomer' }],
      ['customerContacted', 'clerk', T0 + 2 * MIN, { party: 'desk' }],
    ]);
    // One minute counted before the pause: the hour's limit would have fallen due 59 minutes after the contact.
    for (const now of [T0 + 10 * MIN, T0 + 5 * HOUR]) expect(byKind(c, now).firstContact).toMatchObject({ status: 'met', dueAt: T0 + 61 * MIN });
  });

  it('the queue computes the same limits from its small row as from the whole complaint', () => {
    const c = timeline([...toAssigned(), ['timerPaused', 'lead', T0 + 2 * HOUR, { reason: 'waitingForSupplier' }], ['extended', 'supervisor', T0 + 3 * HOUR, { kind: 'solution', newDueAt: sh(2026, 12, 2, 18) }]]);
    const small = queueComplaintOf(c);
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(c).length / 2);
    for (const now of [T0 + HOUR, T0 + 5 * HOUR, sh(2026, 12, 3, 9)]) expect(complaintDeadlines(small, POLICY, CAL, now)).toEqual(complaintDeadlines(c, POLICY, CAL, now));
  });

  it('follow-up the same day the solution is carried out; a second round after going back', () => {
    const done = sh(2026, 11, 24, 15);
    const steps: Step[] = [
      ...toAssigned(),
      ['customerContacted', 'lead', T0 + 20 * MIN, { party: 'department' }],
      ['investigated', 'clerk', T0 + HOUR],
      ['resolutionProposed', 'clerk', T0 + 2 * HOUR],
      ['approvalDecided', 'supervisor', T0 + 3 * HOUR],
      ['carriedOut', 'clerk', done],
      ['followedUp', 'supervisor', sh(2026, 11, 25, 10), { rating: 2, outcome: 'backToDepartment' }],
    ];
    const c = timeline(steps);
    const all = complaintDeadlines(c, POLICY, CAL, sh(2026, 11, 25, 10, 10)).deadlines;
    expect(all.filter((d) => d.kind === 'followUp').map((d) => [d.round, d.status, d.dueAt])).toEqual([[1, 'missed', sh(2026, 11, 24, 21)]]);
    // Back to the department: its contact limit runs again.
    expect(all.filter((d) => d.kind === 'departmentContact').map((d) => [d.round, d.status])).toEqual([
      [1, 'met'],
      [2, 'running'],
    ]);
    const carriedAfterClosing = timeline([...steps.slice(0, 8), ['carriedOut', 'clerk', sh(2026, 11, 24, 22)]]);
    expect(byKind(carriedAfterClosing, sh(2026, 11, 24, 23)).followUp?.dueAt).toBe(sh(2026, 11, 25, 0));
  });

  it('an invalid complaint: the answer is the contact, the rest is cancelled', () => {
    const c = timeline([recorded(), ['validityJudged', 'lead', T0 + 30 * MIN, { valid: false, answer: '已解释' }]]);
    const { deadlines, next } = complaintDeadlines(c, POLICY, CAL, T0 + 50 * HOUR);
    expect(deadlines.map((d) => [d.kind, d.status])).toEqual([
      ['firstContact', 'met'],
      ['classification', 'cancelled'],
      ['solution', 'cancelled'],
      ['resolved', 'cancelled'],
    ]);
    expect(next).toBeUndefined();
  });

  it('uses the policy row of the complaint', () => {
    const policy: ComplaintDeadlinePolicy = {
      ...POLICY,
      rows: POLICY.rows.map((r) => (r.category === 'price' && r.severity === 'normal' ? { ...r, limits: { ...r.limits, firstContact: { amount: 2, unit: 'workingHours' } } } : r)),
    };
    const c = timeline([recorded({ category: 'price' }, sh(2026, 11, 27, 20))]);
    // Friday 20:00 + 2 working hours: 1 h on Friday, 1 h on Monday.
    expect(byKind(c, sh(2026, 11, 27, 20), policy).firstContact?.dueAt).toBe(sh(2026, 11, 30, 10));
  });
});

describe('escalation: overdue -> raised, up to three levels', () => {
  it('suggests the next level for an overdue limit, once per miss', () => {
    const c = timeline([recorded()]);
    const now = T0 + 2 * HOUR;
    const suggestion = escalationDue(c, complaintDeadlines(c, POLICY, CAL, now).deadlines, now);
    expect(suggestion).toEqual({ toLevel: 2, kind: 'firstContact', round: 1, overdueMs: HOUR });
    const raised = timeline([recorded(), ['escalated', 'clerk', T0 + 2 * HOUR, { toLevel: 2, reason: 'overdue', deadlineKind: 'firstContact' }]]);
    expect(escalationDue(raised, complaintDeadlines(raised, POLICY, CAL, now).deadlines, now)).toBeUndefined();
    const later = T0 + 30 * HOUR;
    expect(escalationDue(raised, complaintDeadlines(raised, POLICY, CAL, later).deadlines, later)).toMatchObject({ toLevel: 3, kind: 'classification' });
  });

  it('stops at the store manager and for closed complaints', () => {
    const top = timeline([recorded(), ['escalated', 'clerk', T0 + MIN, { toLevel: 2 }], ['escalated', 'clerk', T0 + 2 * MIN, { toLevel: 3 }]]);
    const now = T0 + 30 * HOUR;
    expect(top.escalationLevel).toBe(3);
    expect(escalationDue(top, complaintDeadlines(top, POLICY, CAL, now).deadlines, now)).toBeUndefined();
  });
});

describe('deadline properties', () => {
  const pause = fc.tuple(fc.integer({ min: 1, max: 5 * 24 * 60 }), fc.integer({ min: 1, max: 3 * 24 * 60 }));

  it('never due before its start; a pause never makes a limit earlier', () => {
    const base = timeline(toAssigned());
    const now = T0 + 10 * 24 * HOUR;
    const plain = byKind(base, now);
    fc.assert(
      fc.property(pause, ([startMin, lengthMin]) => {
        const from = T0 + 3 * MIN + startMin * MIN;
        const c = timeline([...toAssigned(), ['timerPaused', 'lead', from], ['timerResumed', 'lead', from + lengthMin * MIN]]);
        for (const d of complaintDeadlines(c, POLICY, CAL, now).deadlines) {
          expect(d.dueAt).toBeGreaterThanOrEqual(d.startedAt);
          expect(d.dueAt).toBeGreaterThanOrEqual(plain[d.kind]!.dueAt);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('deadline properties: the calendar', () => {
  it('adding a holiday never makes any complaint limit earlier', () => {
    const c = timeline(toAssigned());
    const now = T0 + HOUR;
    const plain = byKind(c, now);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (offset) => {
        const holiday = addDays('2026-11-23', offset);
        for (const d of complaintDeadlines(c, POLICY, withDayKind(CAL, holiday, 'holiday'), now).deadlines) {
          expect(d.dueAt).toBeGreaterThanOrEqual(plain[d.kind]!.dueAt);
        }
      }),
      { numRuns: 31 },
    );
  });
});

describe('deadlines on a PC in another zone', () => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/London';
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it('gives the same Shanghai due times', () => {
    const c = timeline([recorded({}, sh(2026, 9, 30, 15))]);
    expect(byKind(c, sh(2026, 9, 30, 16)).solution?.dueAt).toBe(sh(2026, 10, 10, 15));
  });
});
