import { mayActOnCall } from '../../../shared/domain/service/ownJobs';
import { formatInZone } from '../../../shared/domain/clock';
import { FOLLOW_UP_OPENS_AFTER, followUpState, jobDoneAt } from '../../../shared/domain/service/followUp';
import { followUpInput, opinionInput, quoteInput } from '../../../shared/schema/serviceAftercare';
import type { DeskContext } from '../context';
import type { ServiceCallRow } from '../database';
import { DeskError } from '../errors';
import { takeStep } from './calls';

/**
 * 有费维修的报价: the price told to the customer and whether they agreed,
 * before the work. The desk records it, or the technician it was sent to
 * (phoning from the customer's home). A new quote replaces the one before;
 * both stay in the log.
 */
export async function recordQuote(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const { amount, work, agreed } = quoteInput.parse(raw);
  return takeStep(ctx, callId, 'quoted', 'service.recordQuote', (call, _tx, me) => {
    if (!mayActOnCall(me.role, me.staffNo, call)) throw new DeskError('error.serviceStep.notYourJob');
    return { amountFen: amount, work, agreed };
  });
}

/** 回访: the call to the customer, from 24 hours after the job; after 72 hours it is still taken, and shows as late. */
export async function recordFollowUp(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const input = followUpInput.parse(raw);
  return takeStep(ctx, callId, 'followedUp', 'service.recordFollowUp', input, {
    check: (call, tx) => {
      const done = jobDoneAt(call);
      if (done !== undefined && followUpState(call, tx.now) === 'notYet') {
        throw new DeskError('error.followUpNotYet', undefined, { at: formatInZone(done + FOLLOW_UP_OPENS_AFTER, 'yyyy-MM-dd HH:mm', ctx.session.timeZone) });
      }
    },
  });
}

/**
 * 顾客意见卡, once per call (on the phone at the follow-up, or back by post
 * later). It counts for the technician who made the visits, read from the
 * call here, never from the form.
 */
export async function recordOpinion(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const { scores } = opinionInput.parse(raw);
  // No visit yet: no technician to credit, and the step check refuses it (noVisit).
  return takeStep(ctx, callId, 'opinionRecorded', 'service.recordOpinion', (call) => ({ scores, technician: call.visits.at(-1)?.technician ?? '' }));
}
