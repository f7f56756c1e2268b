import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allowedSteps,
  applyComplaintEntry,
  checkComplaintStep,
  COMPLAINT_ENTRY_TYPES,
  projectComplaint,
  requiredApprovalLevel,
  type Complaint,
  type ComplaintEntryType,
  type ComplaintRefusalReason,
  type ComplaintRole,
} from '../../shared/domain/complaints';
import { build, intake, makeEntry, MIN, PATH, stepData, T0, upTo } from './complaints.fixtures';

const ROLES: readonly ComplaintRole[] = ['technician', 'clerk', 'lead', 'supervisor', 'storeManager'];

/** Complaints at every status, and the variants the rules treat differently. */
const FIXTURES: Record<string, Complaint | undefined> = {
  none: undefined,
  recorded: upTo(1),
  valid: upTo(2),
  classified: upTo(3),
  classifiedOnTheSpot: build([...PATH.slice(0, 2), ['classified', 'lead', { solvability: 'onTheSpot' }]]),
  assigned: upTo(4),
  investigated: upTo(5),
  proposed: upTo(6),
  approved: upTo(7),
  carriedOut: upTo(8),
  followedUp: upTo(9),
  closed: upTo(10),
  closedInvalid: build([PATH[0]!, ['validityJudged', 'lead', { valid: false, reason: '商品在保质期内', answer: '已向顾客说明生产日期' }]]),
  paused: build([...PATH.slice(0, 4), ['timerPaused', 'lead']]),
  level3: build([...PATH.slice(0, 4), ['escalated', 'clerk'], ['escalated', 'clerk']]),
};

type Outcome = 'ok' | ComplaintRefusalReason;

const SIDE_OPEN: Partial<Record<ComplaintEntryType, Outcome>> = {
  recorded: 'alreadyRecorded',
  customerContacted: 'ok',
  arrivedOnSite: 'ok',
  timerPaused: 'ok',
  timerResumed: 'notPaused',
  extended: 'ok',
  escalated: 'ok',
  responsibilityAssigned: 'notInvestigated',
  printed: 'ok',
  limitsRecomputed: 'ok',
};
const CLOSED: Partial<Record<ComplaintEntryType, Outcome>> = { recorded: 'alreadyRecorded', printed: 'ok', responsibilityAssigned: 'ok' };

/** Every fixture x every entry type, judged for order only (by a store manager, whom no role rule stops). Unlisted = outOfOrder / closed. */
const ORDER: Record<string, { rest: Outcome; row: Partial<Record<ComplaintEntryType, Outcome>> }> = {
  none: { rest: 'outOfOrder', row: { recorded: 'ok' } },
  recorded: { rest: 'outOfOrder', row: { ...SIDE_OPEN, responsibilityAssigned: 'invalidComplaint', validityJudged: 'ok' } },
  valid: { rest: 'outOfOrder', row: { ...SIDE_OPEN, classified: 'ok' } },
  classified: { rest: 'outOfOrder', row: { ...SIDE_OPEN, assigned: 'ok', resolutionProposed: 'notOnTheSpot' } },
  classifiedOnTheSpot: { rest: 'outOfOrder', row: { ...SIDE_OPEN, assigned: 'ok', resolutionProposed: 'ok' } },
  assigned: { rest: 'outOfOrder', row: { ...SIDE_OPEN, assigned: 'ok', investigated: 'ok' } },
  investigated: { rest: 'outOfOrder', row: { ...SIDE_OPEN, responsibilityAssigned: 'ok', resolutionProposed: 'ok' } },
  proposed: { rest: 'outOfOrder', row: { ...SIDE_OPEN, responsibilityAssigned: 'ok', approvalDecided: 'ok' } },
  approved: { rest: 'outOfOrder', row: { ...SIDE_OPEN, responsibilityAssigned: 'ok', carriedOut: 'ok' } },
  carriedOut: { rest: 'outOfOrder', row: { ...SIDE_OPEN, responsibilityAssigned: 'ok', followedUp: 'ok' } },
  followedUp: { rest: 'outOfOrder', row: { ...SIDE_OPEN, responsibilityAssigned: 'ok', closed: 'ok' } },
  closed: { rest: 'closed', row: CLOSED },
  closedInvalid: { rest: 'closed', row: { ...CLOSED, responsibilityAssigned: 'invalidComplaint' } },
  paused: { rest: 'outOfOrder', row: { ...SIDE_OPEN, assigned: 'ok', investigated: 'ok', timerPaused: 'alreadyPaused', timerResumed: 'ok' } },
  level3: { rest: 'outOfOrder', row: { ...SIDE_OPEN, assigned: 'ok', investigated: 'ok', escalated: 'escalationLimit' } },
};

const orderCases = Object.entries(ORDER).flatMap(([fixture, { rest, row }]) =>
  COMPLAINT_ENTRY_TYPES.map((type) => [fixture, type, row[type] ?? rest] as const),
);

function outcomeOf(c: Complaint | undefined, type: ComplaintEntryType, role: ComplaintRole): Outcome {
  const check = checkComplaintStep(c, type, role);
  return check.ok ? 'ok' : check.reason;
}

/** Applies one entry and reads what the projection did with it. */
function applied(c: Complaint | undefined, type: ComplaintEntryType, role: ComplaintRole): Outcome {
  const next = applyComplaintEntry(c, makeEntry(type, stepData(type, role, c), T0 + 60 * MIN));
  if (!c) return next ? 'ok' : 'roleNotAllowed';
  const refusal = next!.refusals[c.refusals.length];
  if (refusal) {
    expect(next!.history).toBe(c.history);
    return refusal.reason;
  }
  expect(next!.history).toHaveLength(c.history.length + 1);
  return 'ok';
}

describe('complaint workflow: order of steps (every status x every entry)', () => {
  it.each(orderCases)('%s + %s -> %s', (fixture, type, expected) => {
    const c = FIXTURES[fixture];
    expect(outcomeOf(c, type, 'storeManager')).toBe(expected);
    if (c || type === 'recorded') expect(applied(c, type, 'storeManager')).toBe(expected);
  });
});

/** Who may make each entry, at a status where its order is fine. */
const ROLE_TABLE: readonly [ComplaintEntryType, string, Record<ComplaintRole, Outcome>][] = (() => {
  const from = (min: number): Record<ComplaintRole, Outcome> => {
    const level: Record<ComplaintRole, number> = { technician: -1, clerk: 0, lead: 1, supervisor: 2, storeManager: 3 };
    return Object.fromEntries(ROLES.map((r) => [r, level[r] >= min ? 'ok' : 'roleNotAllowed'])) as Record<ComplaintRole, Outcome>;
  };
  return [
    ['recorded', 'none', from(0)],
    ['validityJudged', 'recorded', from(1)],
    ['classified', 'valid', from(1)],
    ['assigned', 'classified', from(1)],
    ['investigated', 'assigned', from(0)],
    ['resolutionProposed', 'investigated', from(0)],
    ['approvalDecided', 'proposed', from(2)],
    ['carriedOut', 'approved', from(0)],
    ['followedUp', 'carriedOut', from(2)],
    ['closed', 'followedUp', from(2)],
    ['customerContacted', 'assigned', from(0)],
    ['arrivedOnSite', 'recorded', from(0)],
    ['timerPaused', 'assigned', from(1)],
    ['timerResumed', 'paused', from(1)],
    ['extended', 'assigned', from(2)],
    ['escalated', 'assigned', from(0)],
    ['responsibilityAssigned', 'investigated', from(2)],
    ['printed', 'closed', from(0)],
    ['limitsRecomputed', 'assigned', from(2)],
  ];
})();

const roleCases = ROLE_TABLE.flatMap(([type, fixture, byRole]) => ROLES.map((role) => [type, fixture, role, byRole[role]] as const));

describe('complaint workflow: who may take each step (every entry x every role)', () => {
  it.each(roleCases)('%s at %s by %s -> %s', (type, fixture, role, expected) => {
    const c = FIXTURES[fixture];
    expect(outcomeOf(c, type, role)).toBe(expected);
    expect(applied(c, type, role)).toBe(expected);
  });

  it('every entry type has a row in the role table', () => {
    expect(ROLE_TABLE.map(([t]) => t).sort()).toEqual([...COMPLAINT_ENTRY_TYPES].sort());
  });
});

describe('approval levels: supervisor approves, major ones need the store manager', () => {
  const major = build([['recorded', 'clerk', { severity: 'major' }], ...PATH.slice(1, 6)]);
  const urgent = build([['recorded', 'clerk', { severity: 'urgent' }], ...PATH.slice(1, 6)]);
  const escalatedNormal = build([...PATH.slice(0, 6), ['escalated', 'clerk'], ['escalated', 'clerk']]);
  it.each([
    ['normal', FIXTURES.proposed!, 2, { technician: 'roleNotAllowed', clerk: 'roleNotAllowed', lead: 'roleNotAllowed', supervisor: 'ok', storeManager: 'ok' }],
    ['major', major, 3, { technician: 'roleNotAllowed', clerk: 'roleNotAllowed', lead: 'roleNotAllowed', supervisor: 'approvalLevelTooLow', storeManager: 'ok' }],
    ['urgent', urgent, 3, { technician: 'roleNotAllowed', clerk: 'roleNotAllowed', lead: 'roleNotAllowed', supervisor: 'approvalLevelTooLow', storeManager: 'ok' }],
    ['normal escalated to level 3', escalatedNormal, 3, { technician: 'roleNotAllowed', clerk: 'roleNotAllowed', lead: 'roleNotAllowed', supervisor: 'approvalLevelTooLow', storeManager: 'ok' }],
  ] as const)('%s complaint needs level %i', (_name, c, level, byRole) => {
    expect(requiredApprovalLevel(c)).toBe(level);
    for (const role of ROLES) {
      expect(outcomeOf(c, 'approvalDecided', role)).toBe(byRole[role]);
      expect(applied(c, 'approvalDecided', role)).toBe(byRole[role]);
    }
  });

  it('the supervisor is offered escalation instead of approval on a major one', () => {
    expect(allowedSteps(major, 'supervisor')).not.toContain('approvalDecided');
    expect(allowedSteps(major, 'supervisor')).toContain('escalated');
    expect(allowedSteps(major, 'storeManager')).toContain('approvalDecided');
  });
});

describe('allowedSteps offers exactly what the projection accepts', () => {
  it('for every fixture, role and entry type', () => {
    let checked = 0;
    for (const c of Object.values(FIXTURES)) {
      for (const role of ROLES) {
        const offered = allowedSteps(c, role);
        for (const type of COMPLAINT_ENTRY_TYPES) {
          if (!c && type !== 'recorded') continue;
          expect([type, role, applied(c, type, role) === 'ok']).toEqual([type, role, offered.includes(type)]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it.each([
    ['none', 'clerk', ['recorded']],
    ['none', 'technician', []],
    ['recorded', 'clerk', ['customerContacted', 'arrivedOnSite', 'escalated', 'printed']],
    ['recorded', 'lead', ['validityJudged', 'customerContacted', 'arrivedOnSite', 'timerPaused', 'escalated', 'printed']],
    ['carriedOut', 'lead', ['customerContacted', 'arrivedOnSite', 'timerPaused', 'escalated', 'printed']],
    ['carriedOut', 'supervisor', ['followedUp', 'customerContacted', 'arrivedOnSite', 'timerPaused', 'extended', 'escalated', 'responsibilityAssigned', 'printed', 'limitsRecomputed']],
    ['closed', 'clerk', ['printed']],
    ['closed', 'supervisor', ['responsibilityAssigned', 'printed']],
    ['closedInvalid', 'supervisor', ['printed']],
  ] as const)('at %s, a %s is offered %j', (fixture, role, expected) => {
    expect(allowedSteps(FIXTURES[fixture], role)).toEqual(expected);
  });
});

describe('rules on the entry data (also for entries that arrive by sync)', () => {
  const refusalOf = (c: Complaint, type: ComplaintEntryType, role: ComplaintRole, overrides: object) => {
    const next = applyComplaintEntry(c, makeEntry(type, { ...stepData(type, role, c), ...overrides }, T0 + 90 * MIN))!;
    return next.refusals[c.refusals.length]?.reason;
  };

  it('a complaint that wants a reply must leave a contact', () => {
    const e = makeEntry('recorded', intake({ replyWanted: true, complainant: { contact: {} } }), T0);
    expect(applyComplaintEntry(undefined, e)).toBeUndefined();
    expect(applyComplaintEntry(undefined, makeEntry('recorded', intake({ replyWanted: false, complainant: { contact: {} } }), T0))?.status).toBe('recorded');
  });

  it.each([
    ['invalid without an answer', 'recorded', 'validityJudged', 'lead', { valid: false, answer: undefined }, 'reasonMissing'],
    ['validity without a reason', 'recorded', 'validityJudged', 'lead', { reason: ' ' }, 'reasonMissing'],
    ['unsatisfied without an outcome', 'carriedOut', 'followedUp', 'supervisor', { rating: 2 }, 'outcomeMissing'],
    ['extension without consent', 'assigned', 'extended', 'supervisor', { customerConsent: false }, 'consentMissing'],
    ['extension without a reason', 'assigned', 'extended', 'supervisor', { reason: '' }, 'reasonMissing'],
    ['escalation skipping a level', 'assigned', 'escalated', 'clerk', { toLevel: 3 }, 'escalationNotNext'],
  ] as const)('%s is refused', (_name, fixture, type, role, overrides, reason) => {
    expect(refusalOf(FIXTURES[fixture]!, type, role, overrides)).toBe(reason);
  });

  it('an unsatisfied customer cannot escalate past the store manager', () => {
    const atTop = build([...PATH.slice(0, 8), ['escalated', 'clerk'], ['escalated', 'clerk']]);
    expect(refusalOf(atTop, 'followedUp', 'supervisor', { rating: 1, outcome: 'escalate' })).toBe('escalationLimit');
    expect(refusalOf(atTop, 'followedUp', 'supervisor', { rating: 1, outcome: 'backToDepartment' })).toBeUndefined();
  });
});

describe('what each step does to the complaint', () => {
  it('walks the whole path with who and when', () => {
    const c = upTo(10);
    expect(c.status).toBe('closed');
    expect(c.closedAs).toBe('resolved');
    expect(c.history.map((h) => h.type)).toEqual(PATH.map(([t]) => t));
    expect(c.approval).toMatchObject({ approved: true, actorRole: 'supervisor', by: 'staff-C1', at: T0 + 6 * MIN });
    expect(c.closure?.trainingCase).toBe(true);
  });

  it('an invalid complaint is answered and closed', () => {
    const c = FIXTURES.closedInvalid!;
    expect(c.status).toBe('closed');
    expect(c.closedAs).toBe('invalid');
    expect(c.validity?.answer).toBe('已向顾客说明生产日期');
  });

  it('a refused approval goes back for a new proposal; on the spot back to the desk', () => {
    expect(build([...PATH.slice(0, 6), ['approvalDecided', 'supervisor', { approved: false, note: '金额过高' }]]).status).toBe('investigated');
    const spot = build([...PATH.slice(0, 2), ['classified', 'lead', { solvability: 'onTheSpot' }], ['resolutionProposed', 'clerk'], ['approvalDecided', 'supervisor', { approved: false, note: '改为换货' }]]);
    expect(spot.status).toBe('classified');
    expect(allowedSteps(spot, 'clerk')).toContain('resolutionProposed');
  });

  it('unsatisfied: back to the department, or one level up for a new proposal', () => {
    const back = build([...PATH.slice(0, 8), ['followedUp', 'supervisor', { rating: 2, outcome: 'backToDepartment' }]]);
    expect(back.status).toBe('assigned');
    expect(back.escalationLevel).toBe(1);
    const up = build([...PATH.slice(0, 8), ['followedUp', 'supervisor', { rating: 1, outcome: 'escalate' }]]);
    expect(up.status).toBe('investigated');
    expect(up.escalationLevel).toBe(2);
    expect(up.followUps.map((f) => f.rating)).toEqual([1]);
  });

  it('pauses are kept; closing ends an open pause', () => {
    const c = build([...PATH.slice(0, 4), ['timerPaused', 'lead'], ['timerResumed', 'lead'], ['timerPaused', 'lead', { reason: 'waitingForCustomer' }]]);
    expect(c.pauses).toEqual([
      { reason: 'waitingForSupplier', note: undefined, from: T0 + 4 * MIN, to: T0 + 5 * MIN, by: 'staff-C1' },
      { reason: 'waitingForCustomer', note: undefined, from: T0 + 6 * MIN, by: 'staff-C1' },
    ]);
    const closedWhilePaused = build([...PATH.slice(0, 9), ['timerPaused', 'lead'], ['closed', 'supervisor']]);
    expect(closedWhilePaused.pauses[0]?.to).toBe(T0 + 10 * MIN);
  });

  it('the same entries in any arrival order give the same complaint, refusals included', () => {
    const entries = [
      makeEntry('recorded', stepData('recorded', 'clerk'), T0, { counter: 'C1' }),
      makeEntry('validityJudged', stepData('validityJudged', 'lead'), T0 + MIN, { counter: 'C2' }),
      makeEntry('validityJudged', { ...stepData('validityJudged', 'lead'), valid: false, answer: '不成立' }, T0 + MIN, { counter: 'C3' }),
      makeEntry('classified', stepData('classified', 'clerk'), T0 + 2 * MIN, { counter: 'C1' }),
      makeEntry('classified', stepData('classified', 'lead'), T0 + 3 * MIN, { counter: 'C2' }),
      makeEntry('printed', stepData('printed', 'clerk'), T0 + 4 * MIN, { counter: 'C3' }),
    ];
    const expected = projectComplaint(entries);
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), (shuffled) => {
        expect(projectComplaint(shuffled)).toEqual(expected);
      }),
    );
    expect(expected?.status).toBe('classified');
    expect(expected?.refusals.map((r) => r.reason)).toEqual(['outOfOrder', 'roleNotAllowed']);
  });

  it('an entry of a newer schema is kept waiting, not applied', () => {
    const c = upTo(1);
    const next = applyComplaintEntry(c, makeEntry('validityJudged', stepData('validityJudged', 'lead'), T0 + MIN, { schemaVersion: 99 }))!;
    expect(next.status).toBe('recorded');
    expect(next.pendingEntries).toBe(1);
  });
});
