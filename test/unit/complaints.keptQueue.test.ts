import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyComplaintEntry,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  complaintQueue,
  complaintRulesOf,
  queueComplaintOf,
  type Complaint,
  type ComplaintEntryDataMap,
  type ComplaintEntryType,
  type QueueComplaint,
  type QueueRow,
} from '../../shared/domain/complaints';
import { KeptQueue } from '../../shared/domain/complaints/keptQueue';
import { HOUR, intake, makeEntry, MIN, stepData, T0 } from './complaints.fixtures';

/**
 * The kept queue recomputes only what changed or fell due; whatever the
 * steps, pauses, extensions, escalations, clock moves and rule changes, a
 * refresh must show exactly what computing the whole queue again shows.
 */

/** The steps a desk takes, in any order: those the workflow refuses are left out, as the projection would. */
const STEPS = [
  'customerContacted',
  'arrivedOnSite',
  'validityJudged',
  'classified',
  'assigned',
  'investigated',
  'resolutionProposed',
  'approvalDecided',
  'carriedOut',
  'followedUp',
  'closed',
  'timerPaused',
  'timerResumed',
  'extended',
  'escalated',
] as const satisfies readonly ComplaintEntryType[];

type StepType = (typeof STEPS)[number];

/** A step's data with the variations that move limits: the department's contact, an unsatisfied follow-up, an extension's new due time. */
function dataOf(type: StepType, variant: number, at: number, c: Complaint): ComplaintEntryDataMap[StepType] {
  const base = stepData(type, 'storeManager', c);
  switch (type) {
    case 'customerContacted':
      return { ...base, party: variant % 2 === 0 ? 'desk' : 'department' };
    case 'assigned':
      return { ...base, departments: variant % 2 === 0 ? ['生鲜部'] : ['生鲜部', '客服部'] };
    case 'followedUp':
      return variant % 2 === 0 ? base : { ...base, rating: 2, comment: '不满意', outcome: 'backToDepartment' };
    case 'extended':
      return { ...base, kind: variant % 2 === 0 ? 'solution' : 'followUp', newDueAt: at + (1 + variant) * 24 * HOUR };
    case 'escalated':
      return { ...base, reason: 'overdue', deadlineKind: variant % 2 === 0 ? 'firstContact' : 'solution' };
    case 'validityJudged':
      return { ...base, valid: variant % 5 !== 0 };
    default:
      return base;
  }
}

let made = 0;

function startComplaint(severity: number, channel: number, category: number, at: number): Complaint {
  made += 1;
  const recordId = `complaint-${made}`;
  const data = {
    ...intake({ receivedAt: at, number: `TS-S01-C1-261123-${String(made).padStart(4, '0')}` }),
    severity: COMPLAINT_SEVERITIES[severity % COMPLAINT_SEVERITIES.length]!,
    channel: COMPLAINT_CHANNELS[channel % COMPLAINT_CHANNELS.length]!,
    category: COMPLAINT_CATEGORIES[category % COMPLAINT_CATEGORIES.length]!,
  };
  return applyComplaintEntry(undefined, makeEntry('recorded', data, at, { recordId }))!;
}

function takeStep(c: Complaint, type: StepType, variant: number, at: number): Complaint {
  const next = applyComplaintEntry(c, makeEntry(type, dataOf(type, variant, at, c), at, { recordId: c.id }));
  return next && next.refusals.length === c.refusals.length ? next : c;
}

type Op =
  | { readonly kind: 'time'; readonly minutes: number }
  | { readonly kind: 'step'; readonly which: number; readonly type: StepType; readonly variant: number; readonly aheadMinutes: number }
  | { readonly kind: 'intake'; readonly severity: number; readonly channel: number; readonly category: number; readonly aheadMinutes: number }
  | { readonly kind: 'gone'; readonly which: number }
  | { readonly kind: 'rules' };

/** Minutes another counter's clock is off: mostly none, a little either way, now and then hours ahead (a step that counts only from its time). */
const aheadArb = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: -120, max: 30 }), weight: 1 }, { arbitrary: fc.integer({ min: 60, max: 600 }), weight: 1 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  // Mostly forward by a refresh's minute up to days; now and then the clock set back.
  { arbitrary: fc.record({ kind: fc.constant('time' as const), minutes: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: -30, max: 4 * 24 * 60 })) }), weight: 4 },
  // Steps and intakes here, or from another counter whose clock is a little ahead or behind.
  { arbitrary: fc.record({ kind: fc.constant('step' as const), which: fc.nat(), type: fc.constantFrom(...STEPS), variant: fc.nat({ max: 9 }), aheadMinutes: aheadArb }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('intake' as const), severity: fc.nat(), channel: fc.nat(), category: fc.nat(), aheadMinutes: aheadArb }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('gone' as const), which: fc.nat() }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'rules' as const }), weight: 1 },
);

describe('the kept complaint queue', () => {
  it('gives what the whole queue computed again gives, after any steps, clock moves and rule changes', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 60 }), (ops) => {
        let now = T0;
        let rules = complaintRulesOf(undefined, undefined);
        const complaints = new Map<string, Complaint>();
        const kept = new KeptQueue<QueueComplaint>();
        const ids = () => [...complaints.keys()];
        const write = (c: Complaint) => {
          complaints.set(c.id, c);
          kept.put(queueComplaintOf(c));
        };
        for (const op of ops) {
          switch (op.kind) {
            case 'time':
              now += op.minutes * MIN;
              break;
            case 'intake':
              write(startComplaint(op.severity, op.channel, op.category, now + op.aheadMinutes * MIN));
              break;
            case 'step': {
              const id = ids()[op.which % Math.max(1, complaints.size)];
              if (id) write(takeStep(complaints.get(id)!, op.type, op.variant, now + op.aheadMinutes * MIN));
              break;
            }
            case 'gone': {
              const id = ids()[op.which % Math.max(1, complaints.size)];
              if (id) {
                complaints.delete(id);
                kept.remove(id);
              }
              break;
            }
            case 'rules':
              rules = complaintRulesOf(undefined, undefined);
              break;
          }
          const whole = complaintQueue([...complaints.values()].map(queueComplaintOf), rules, now);
          expect(kept.rows(rules, now)).toEqual(whole);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a minute later keeps the running rows’ limits and moves the paused one’s due time, as computing them again would', () => {
    const rules = complaintRulesOf(undefined, undefined);
    const kept = new KeptQueue<QueueComplaint>();
    const running = startComplaint(0, 1, 0, T0);
    const paused = takeStep(takeStep(takeStep(takeStep(startComplaint(0, 0, 0, T0), 'validityJudged', 1, T0 + MIN), 'classified', 0, T0 + 2 * MIN), 'assigned', 0, T0 + 3 * MIN), 'timerPaused', 0, T0 + 4 * MIN);
    expect(paused.pauses).toHaveLength(1);
    kept.replaceAll([running, paused].map(queueComplaintOf));
    const rowOf = (rows: QueueRow[], c: Complaint) => rows.find((r) => r.complaint.id === c.id)!;
    const first = kept.rows(rules, T0 + 10 * MIN);
    const later = kept.rows(rules, T0 + 11 * MIN);
    // The running one keeps its limits (the same objects) with a minute less left.
    expect(rowOf(later, running).deadlines).toBe(rowOf(first, running).deadlines);
    expect(rowOf(later, running).next?.timeLeftMs).toBe(rowOf(first, running).next!.timeLeftMs - MIN);
    // The paused one's next limit falls due a minute later (Monday 10:11, within working hours), time left unchanged.
    expect(rowOf(later, paused).next).toMatchObject({ paused: true, dueAt: rowOf(first, paused).next!.dueAt + MIN, timeLeftMs: rowOf(first, paused).next!.timeLeftMs });
    expect(later).toEqual(complaintQueue([running, paused].map(queueComplaintOf), rules, T0 + 11 * MIN));
  });

  it('a step dated ahead (another counter’s clock) counts from its time: an extension, a pause and its resume', () => {
    const rules = complaintRulesOf(undefined, undefined);
    const assigned = (severity: number) =>
      takeStep(takeStep(takeStep(startComplaint(severity, 0, 0, T0), 'validityJudged', 1, T0 + MIN), 'classified', 0, T0 + 2 * MIN), 'assigned', 0, T0 + 3 * MIN);
    const extended = takeStep(assigned(0), 'extended', 8, T0 + 5 * HOUR);
    const pausedAhead = takeStep(takeStep(assigned(1), 'timerPaused', 0, T0 + 5 * HOUR), 'timerResumed', 0, T0 + 5 * HOUR + 30 * MIN);
    expect(extended.clockEvents.at(-1)).toMatchObject({ type: 'extended', kind: 'solution' });
    expect(pausedAhead.pauses).toEqual([expect.objectContaining({ from: T0 + 5 * HOUR, to: T0 + 5 * HOUR + 30 * MIN })]);
    const kept = new KeptQueue<QueueComplaint>();
    kept.replaceAll([extended, pausedAhead].map(queueComplaintOf));
    // Read while those steps are still ahead of this counter's clock, then while paused, then after them.
    kept.rows(rules, T0 + 4 * HOUR + 10 * MIN);
    for (const now of [T0 + 5 * HOUR + 15 * MIN, T0 + 6 * HOUR]) expect(kept.rows(rules, now)).toEqual(complaintQueue([extended, pausedAhead].map(queueComplaintOf), rules, now));
  });
});
