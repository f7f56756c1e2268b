import type { ServiceCall } from './types';

const HOUR = 3_600_000;

/** DOMAIN §5: the customer is called back 24 to 72 hours after the job. */
export const FOLLOW_UP_OPENS_AFTER = 24 * HOUR;
export const FOLLOW_UP_DUE_WITHIN = 72 * HOUR;

export type FollowUpState = 'notYet' | 'due' | 'late' | 'done' | 'none';

/** When the job ended: the call's close (a done visit, or the goods back to the customer). */
export function jobDoneAt(call: Pick<ServiceCall, 'status' | 'closed'>): number | undefined {
  return call.status === 'closed' ? call.closed?.at : undefined;
}

/**
 * Where a call stands for its follow-up call: not yet (under 24 h), due
 * (24–72 h), late (past 72 h and not made), done; 'none' for a call not done.
 */
export function followUpState(call: Pick<ServiceCall, 'status' | 'closed' | 'followUp' | 'visits'>, now: number): FollowUpState {
  if (call.followUp) return 'done';
  const done = jobDoneAt(call);
  if (done === undefined || call.visits.length === 0) return 'none';
  if (now < done + FOLLOW_UP_OPENS_AFTER) return 'notYet';
  return now <= done + FOLLOW_UP_DUE_WITHIN ? 'due' : 'late';
}
