import { returnInstant } from '../surveys/rules';
import { stepRefusal } from './states';
import type { Enquiry, EnquiryConflictReason } from './types';

/**
 * When the customer was told, from the store day the desk typed: dated as a
 * survey's return is (today is now, an earlier day its last instant), so a
 * reply and the call back on the same earlier day stay in order. Undefined
 * for a day after today or not a date.
 */
export function toldInstant(day: string, now: number, timeZone: string): number | undefined {
  return returnInstant(day, now, timeZone);
}

/** Why the customer cannot be recorded as told at `toldAt`: the state table's refusal, or a day before the reply came. */
export function toldRefusal(e: Pick<Enquiry, 'state' | 'reply'>, toldAt: number): EnquiryConflictReason | undefined {
  const refusal = stepRefusal(e.state, 'customerTold');
  if (refusal) return refusal;
  return e.reply && toldAt < e.reply.at ? 'toldBeforeReply' : undefined;
}
