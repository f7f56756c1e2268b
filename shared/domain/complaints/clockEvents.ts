import type { DeadlineKind } from './policy';
import type { ComplaintEvent, ComplaintPause, ComplaintStatus } from './state';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity, ContactParty, EscalationLevel, UnsatisfiedOutcome } from './types';

/**
 * The few facts of a complaint's history that its time limits depend on:
 * which step, when, and the one or two fields the limits read. Kept beside
 * the full history so the open-complaints queue can compute every limit
 * from a small row, without reading the complaint's texts.
 */
export type ClockEvent =
  | { readonly type: 'recorded'; readonly at: number; readonly receivedAt: number; readonly channel: ComplaintChannel }
  | { readonly type: 'customerContacted'; readonly at: number; readonly party: ContactParty }
  | { readonly type: 'validityJudged'; readonly at: number; readonly valid: boolean }
  | { readonly type: 'followedUp'; readonly at: number; readonly rating: number; readonly outcome?: UnsatisfiedOutcome | undefined }
  | { readonly type: 'extended'; readonly at: number; readonly kind: DeadlineKind; readonly newDueAt: number }
  | { readonly type: 'escalated'; readonly at: number; readonly deadlineKind?: DeadlineKind | undefined }
  /** Limits missed before a calendar change moved them: they stay missed, due when they were. */
  | { readonly type: 'missesKept'; readonly at: number; readonly kept: readonly KeptMiss[] }
  | { readonly type: 'arrivedOnSite' | 'assigned' | 'investigated' | 'resolutionProposed' | 'carriedOut' | 'closed'; readonly at: number };

export interface KeptMiss {
  readonly kind: DeadlineKind;
  readonly round: number;
  readonly dueAt: number;
}

/** What the deadline and escalation rules read: a full complaint has it, and so does a queue row. */
export interface ClockSubject {
  readonly category: ComplaintCategory;
  readonly severity: ComplaintSeverity;
  readonly status: ComplaintStatus;
  readonly escalationLevel: EscalationLevel;
  readonly pauses: readonly ComplaintPause[];
  readonly clockEvents: readonly ClockEvent[];
  readonly assignment?: { readonly departments: readonly string[] } | undefined;
}

/** The clock fact of one accepted entry, or undefined for an entry no limit depends on. */
export function clockEventOf(ev: ComplaintEvent): ClockEvent | undefined {
  const at = ev.at;
  switch (ev.type) {
    case 'recorded':
      return { type: 'recorded', at, receivedAt: ev.data.receivedAt, channel: ev.data.channel };
    case 'customerContacted':
      return { type: 'customerContacted', at, party: ev.data.party };
    case 'validityJudged':
      return { type: 'validityJudged', at, valid: ev.data.valid };
    case 'followedUp':
      return { type: 'followedUp', at, rating: ev.data.rating, outcome: ev.data.outcome };
    case 'extended':
      return { type: 'extended', at, kind: ev.data.kind, newDueAt: ev.data.newDueAt };
    case 'escalated':
      return { type: 'escalated', at, deadlineKind: ev.data.deadlineKind };
    case 'limitsRecomputed': {
      const kept = ev.data.changes.filter((c) => c.keptMissed).map((c) => ({ kind: c.kind, round: c.round, dueAt: c.dueBefore }));
      return kept.length > 0 ? { type: 'missesKept', at, kept } : undefined;
    }
    case 'arrivedOnSite':
    case 'assigned':
    case 'investigated':
    case 'resolutionProposed':
    case 'carriedOut':
    case 'closed':
      return { type: ev.type, at };
    default:
      return undefined;
  }
}

/** The clock facts of a whole history (for rows projected before the facts were kept). */
export function clockEventsOf(history: readonly ComplaintEvent[]): ClockEvent[] {
  const events: ClockEvent[] = [];
  for (const ev of history) {
    const clock = clockEventOf(ev);
    if (clock) events.push(clock);
  }
  return events;
}
