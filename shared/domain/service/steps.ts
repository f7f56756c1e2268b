import type { GoodsReturnedData, ServiceEntry, VisitRecordedData } from './entries';
import type { ServiceCall, ServiceRefusalReason } from './types';

export type StepCheck = { readonly ok: true } | { readonly ok: false; readonly reason: ServiceRefusalReason };

const OK: StepCheck = { ok: true };
const refuse = (reason: ServiceRefusalReason): StepCheck => ({ ok: false, reason });

type StepOf<E> = E extends ServiceEntry ? { readonly type: E['type']; readonly by: string; readonly data: E['data'] } : never;

/**
 * A step as the write path is about to write it, or as the projection reads
 * it (an entry is one). Of a visit or a return only the fee and technician
 * count, so a screen can ask before the form is filled in.
 */
export type ServiceStep =
  | Exclude<StepOf<ServiceEntry>, { readonly type: 'visitRecorded' | 'goodsReturned' }>
  | { readonly type: 'visitRecorded'; readonly by: string; readonly data: Pick<VisitRecordedData, 'technician' | 'feeFen'> }
  | { readonly type: 'goodsReturned'; readonly by: string; readonly data: Pick<GoodsReturnedData, 'feeFen'> };

/**
 * Whether a step may follow the call's state: the write path asks before
 * writing, and the projection asks again for entries from other counters
 * (a call dispatched at two counters offline keeps the first in the shared
 * order and the second as a conflict). `by` is who makes the step: only
 * the technician it was dispatched to accepts it.
 */
export function checkServiceStep(call: ServiceCall | undefined, step: ServiceStep): StepCheck {
  if (step.type === 'registered') return call ? refuse('alreadyRegistered') : OK;
  if (!call) return refuse('notRegistered');
  switch (step.type) {
    case 'printed':
      return step.data.copy === 'goodsReceipt' && !call.workshop ? refuse('notInWorkshop') : OK;
    case 'followedUp':
      if (call.status !== 'closed' || call.visits.length === 0) return refuse('notDone');
      return call.followUp ? refuse('alreadyFollowedUp') : OK;
    case 'opinionRecorded':
      if (call.visits.length === 0) return refuse('noVisit');
      return call.opinion ? refuse('opinionAlreadyRecorded') : OK;
    case 'goodsReturned':
      // Checked before "closed": a receipt voided at two counters is the second return, not a step on a closed call.
      if (call.workshop?.returned) return refuse('goodsAlreadyReturned');
      break;
    default:
      break;
  }
  if (call.status === 'closed' || call.status === 'cancelled') return refuse('closed');
  switch (step.type) {
    case 'appointmentSet':
    case 'quoted':
      return OK;
    case 'cancelled':
      // Taken back, the customer's goods are with the store: the call ends only when they go back (goods returned).
      return call.status === 'takenBack' ? refuse('goodsNotReturned') : OK;
    case 'dispatched':
      return call.status === 'registered' || call.status === 'waitingParts' ? OK : refuse('alreadyDispatched');
    case 'accepted':
      if (call.status === 'accepted') return refuse('alreadyAccepted');
      if (call.status !== 'dispatched') return refuse('notDispatched');
      return call.dispatch?.technician === step.by ? OK : refuse('notYourJob');
    case 'visitRecorded':
      if (call.status !== 'accepted') return refuse('notAccepted');
      if (call.dispatch?.technician !== step.data.technician) return refuse('notYourJob');
      return checkFee(call, step.data.feeFen);
    case 'goodsReceived':
      if (call.status !== 'takenBack') return refuse('notTakenBack');
      return call.workshop ? refuse('goodsAlreadyReceived') : OK;
    case 'repairRecorded':
      if (!call.workshop) return refuse('notInWorkshop');
      return call.workshop.check?.passed ? refuse('alreadyChecked') : OK;
    case 'repairChecked': {
      const workshop = call.workshop;
      if (!workshop) return refuse('notInWorkshop');
      if (workshop.check?.passed) return refuse('alreadyChecked');
      // A failed check sends it back: the next check needs a repair made after it.
      const since = workshop.check?.at ?? 0;
      return workshop.repairs.some((r) => r.at > since) ? OK : refuse('noRepair');
    }
    case 'goodsReturned':
      if (!call.workshop) return refuse('notInWorkshop');
      if (!call.workshop.check?.passed) return refuse('notChecked');
      return checkFee(call, step.data.feeFen);
  }
}

/** Paid work: no fee without a quote the customer agreed to, and never above it (DOMAIN §5). */
function checkFee(call: ServiceCall, feeFen: number): StepCheck {
  if (feeFen === 0 || call.serviceType !== 'paid') return OK;
  if (!call.quote?.agreed) return refuse('noAgreedQuote');
  const charged = call.visits.reduce((sum, v) => sum + v.feeFen, 0);
  return charged + feeFen > call.quote.amountFen ? refuse('feeAboveQuote') : OK;
}
