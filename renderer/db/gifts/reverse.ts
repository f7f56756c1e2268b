import { handoutReversalInput } from '../../../shared/schema/gifts';
import type { Handout } from '../../../shared/domain/gifts/types';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';
import { appendHandoutReversal } from './reversal';

/**
 * A stand-alone reversal at the gift screen (the customer brings the gift
 * back, or the handout was a mistake): a supervisor approves
 * ('gifts.reverse'); the same entries as a refund's reversal.
 */
export async function reverseHandout(ctx: DeskContext, raw: unknown, approval: Approval): Promise<Handout> {
  const input = handoutReversalInput.parse(raw);
  const handout = await ctx.db.handouts.get(input.handoutId);
  if (!handout) throw new DeskError('error.handoutUnknown');
  // Said before the supervisor is asked for a PIN; checked again in the transaction.
  if (handout.status === 'reversed') throw new DeskError('error.handoutAlreadyReversed', undefined, { number: handout.number });
  const approvedBy = await approve(ctx, approval, 'gifts.reverse');
  return writeEntries(ctx, 'gifts.reverseHandout', (tx) => appendHandoutReversal(tx, handout.id, { reason: input.reason }, approvedBy));
}
