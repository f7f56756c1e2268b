import type { ComplaintEntryDataMap, ComplaintEntryType, ComplaintRecordedData } from './entries';
import type { ClockEvent } from './clockEvents';
import type { EscalationLevel, PauseReason } from './types';

/** Where a complaint stands: each status is the step last done. */
export const COMPLAINT_STATUSES = [
  'recorded',
  'valid',
  'classified',
  'assigned',
  'investigated',
  'proposed',
  'approved',
  'carriedOut',
  'followedUp',
  'closed',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Who did a step, where and when. */
export interface ComplaintStamp {
  readonly entryId: string;
  readonly by: string;
  readonly at: number;
  readonly counter: string;
  readonly approvedBy?: string | undefined;
}

/** One accepted entry in the complaint's history, typed by its kind. */
export type ComplaintEvent = {
  [K in ComplaintEntryType]: ComplaintStamp & { readonly type: K; readonly data: ComplaintEntryDataMap[K] };
}[ComplaintEntryType];

export type StampedData<K extends ComplaintEntryType> = ComplaintStamp & ComplaintEntryDataMap[K];

export interface ComplaintPause {
  readonly reason: PauseReason;
  readonly note?: string | undefined;
  readonly from: number;
  /** Absent while the timer is still paused. */
  readonly to?: number | undefined;
  readonly by: string;
}

export type ComplaintRefusalReason =
  | 'alreadyRecorded'
  | 'outOfOrder'
  | 'closed'
  | 'roleNotAllowed'
  | 'approvalLevelTooLow'
  | 'notOnTheSpot'
  | 'notInvestigated'
  | 'invalidComplaint'
  | 'alreadyPaused'
  | 'notPaused'
  | 'escalationLimit'
  | 'escalationNotNext'
  | 'outcomeMissing'
  | 'consentMissing'
  | 'reasonMissing'
  | 'contactMissing';

/** An entry that was not applied: out of order, or by a role that may not make it. Kept for a supervisor, never silently dropped. */
export interface ComplaintRefusal {
  readonly entryId: string;
  readonly type: ComplaintEntryType;
  readonly reason: ComplaintRefusalReason;
  readonly by: string;
  readonly at: number;
  readonly counter: string;
}

export interface Complaint extends Omit<ComplaintRecordedData, 'actorRole'> {
  readonly id: string;
  readonly status: ComplaintStatus;
  /** How it was closed: answered as invalid, or resolved and evaluated. */
  readonly closedAs?: 'invalid' | 'resolved' | undefined;
  readonly recorded: StampedData<'recorded'>;
  /** Who handles it now: 1 desk lead, 2 supervisor, 3 store manager. */
  readonly escalationLevel: EscalationLevel;
  readonly validity?: StampedData<'validityJudged'> | undefined;
  readonly classification?: StampedData<'classified'> | undefined;
  readonly assignment?: StampedData<'assigned'> | undefined;
  readonly investigation?: StampedData<'investigated'> | undefined;
  readonly proposal?: StampedData<'resolutionProposed'> | undefined;
  readonly approval?: StampedData<'approvalDecided'> | undefined;
  readonly carriedOut?: StampedData<'carriedOut'> | undefined;
  readonly followUps: readonly StampedData<'followedUp'>[];
  readonly closure?: StampedData<'closed'> | undefined;
  readonly responsibility?: StampedData<'responsibilityAssigned'> | undefined;
  readonly pauses: readonly ComplaintPause[];
  /** Every accepted entry, in the shared order: the deadline and report rules read it. */
  readonly history: readonly ComplaintEvent[];
  /** The history's facts the time limits read (see ClockEvent): the queue computes limits from these alone. */
  readonly clockEvents: readonly ClockEvent[];
  readonly refusals: readonly ComplaintRefusal[];
  readonly printCount: number;
  readonly pendingEntries: number;
}

export function isOpen(c: Complaint): boolean {
  return c.status !== 'closed';
}

export function isPaused(c: Complaint): boolean {
  const last = c.pauses[c.pauses.length - 1];
  return last !== undefined && last.to === undefined;
}

/** The latest follow-up's rating, if any. */
export function lastRating(c: Complaint): number | undefined {
  return c.followUps[c.followUps.length - 1]?.rating;
}
