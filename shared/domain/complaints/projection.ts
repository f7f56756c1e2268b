import { sortEntries } from '../entry';
import { clockEventOf, type ClockEvent } from './clockEvents';
import { COMPLAINT_SCHEMA_VERSION, type ComplaintEntry } from './entries';
import type { Complaint, ComplaintEvent, ComplaintPause, ComplaintStamp } from './state';
import { SATISFIED_FROM, type EscalationLevel } from './types';
import { checkComplaintEntry } from './workflow';

function stampOf(e: ComplaintEntry): ComplaintStamp {
  return { entryId: e.id, by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
}

/** A closed complaint's clock stops: an open pause ends at closing. */
function endOpenPause(pauses: readonly ComplaintPause[], at: number): readonly ComplaintPause[] {
  const last = pauses[pauses.length - 1];
  if (!last || last.to !== undefined) return pauses;
  return [...pauses.slice(0, -1), { ...last, to: Math.max(at, last.from) }];
}

function created(e: Extract<ComplaintEntry, { type: 'recorded' }>): Complaint {
  const { actorRole: _role, ...intake } = e.data;
  return {
    ...intake,
    id: e.recordId,
    status: 'recorded',
    recorded: { ...stampOf(e), ...e.data },
    escalationLevel: 1,
    followUps: [],
    pauses: [],
    history: [{ ...stampOf(e), type: 'recorded', data: e.data }],
    clockEvents: [{ type: 'recorded', at: e.at, receivedAt: e.data.receivedAt, channel: e.data.channel }],
    refusals: [],
    printCount: 0,
    pendingEntries: 0,
  };
}

function withClockEvent(events: readonly ClockEvent[], ev: ComplaintEvent): readonly ClockEvent[] {
  const clock = clockEventOf(ev);
  return clock ? [...events, clock] : events;
}

/**
 * Applies one entry to a complaint. Deterministic: the same entries in the
 * same order give the same complaint on every counter. A step out of order,
 * by a role that may not take it, or with data that breaks a rule is not
 * applied: it is kept as a refusal with its reason.
 */
export function applyComplaintEntry(c: Complaint | undefined, e: ComplaintEntry): Complaint | undefined {
  if (e.schemaVersion > COMPLAINT_SCHEMA_VERSION) return c ? { ...c, pendingEntries: c.pendingEntries + 1 } : c;
  const check = checkComplaintEntry(c, e);
  if (!check.ok) {
    // Without a complaint there is nowhere to keep the refusal: the entry stays in the log only.
    if (!c) return c;
    return { ...c, refusals: [...c.refusals, { entryId: e.id, type: e.type, reason: check.reason, by: e.by, at: e.at, counter: e.counter }] };
  }
  if (e.type === 'recorded') return created(e);
  if (!c) return c;
  const stamp = stampOf(e);
  const event = { ...stamp, type: e.type, data: e.data } as ComplaintEvent;
  const next: Complaint = { ...c, history: [...c.history, event], clockEvents: withClockEvent(c.clockEvents, event) };
  switch (e.type) {
    case 'validityJudged':
      if (e.data.valid) return { ...next, status: 'valid', validity: { ...stamp, ...e.data } };
      return { ...next, status: 'closed', closedAs: 'invalid', validity: { ...stamp, ...e.data }, pauses: endOpenPause(c.pauses, e.at) };
    case 'classified':
      return { ...next, status: 'classified', classification: { ...stamp, ...e.data } };
    case 'assigned':
      return { ...next, status: 'assigned', assignment: { ...stamp, ...e.data } };
    case 'investigated':
      return { ...next, status: 'investigated', investigation: { ...stamp, ...e.data } };
    case 'resolutionProposed':
      return { ...next, status: 'proposed', proposal: { ...stamp, ...e.data }, approval: undefined };
    case 'approvalDecided':
      if (e.data.approved) return { ...next, status: 'approved', approval: { ...stamp, ...e.data } };
      // Refused: a new proposal is needed, from where the last one was made.
      return { ...next, status: c.investigation ? 'investigated' : 'classified', approval: { ...stamp, ...e.data } };
    case 'carriedOut':
      return { ...next, status: 'carriedOut', carriedOut: { ...stamp, ...e.data } };
    case 'followedUp': {
      const followUps = [...c.followUps, { ...stamp, ...e.data }];
      if (e.data.rating >= SATISFIED_FROM) return { ...next, status: 'followedUp', followUps };
      if (e.data.outcome === 'backToDepartment') return { ...next, status: 'assigned', followUps };
      // Escalated: the next level proposes again.
      return {
        ...next,
        status: c.investigation ? 'investigated' : 'classified',
        followUps,
        escalationLevel: (c.escalationLevel + 1) as EscalationLevel,
      };
    }
    case 'closed':
      return { ...next, status: 'closed', closedAs: 'resolved', closure: { ...stamp, ...e.data }, pauses: endOpenPause(c.pauses, e.at) };
    case 'timerPaused':
      return { ...next, pauses: [...c.pauses, { reason: e.data.reason, note: e.data.note, from: e.at, by: e.by }] };
    case 'timerResumed':
      return { ...next, pauses: endOpenPause(c.pauses, e.at) };
    case 'escalated':
      return { ...next, escalationLevel: e.data.toLevel };
    case 'responsibilityAssigned':
      return { ...next, responsibility: { ...stamp, ...e.data } };
    case 'printed':
      return { ...next, printCount: c.printCount + 1 };
    case 'customerContacted':
    case 'arrivedOnSite':
    case 'extended':
    case 'limitsRecomputed':
      return next;
  }
}

/** Rebuilds a complaint from all its entries, in the one shared order. */
export function projectComplaint(entries: readonly ComplaintEntry[]): Complaint | undefined {
  return sortEntries(entries).reduce<Complaint | undefined>(applyComplaintEntry, undefined);
}
