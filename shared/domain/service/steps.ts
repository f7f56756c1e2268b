import type { ServiceEntryType } from './entries';
import type { ServiceCall, ServiceRefusalReason } from './types';

export type StepCheck = { readonly ok: true } | { readonly ok: false; readonly reason: ServiceRefusalReason };

const OK: StepCheck = { ok: true };
const refuse = (reason: ServiceRefusalReason): StepCheck => ({ ok: false, reason });

/**
 * Whether a step may follow the call's state: the write path asks before
 * writing, and the projection asks again for entries from other counters
 * (a call dispatched at two counters offline keeps the first in the shared
 * order and the second as a conflict). `by` is who makes the step: only
 * the technician it was dispatched to accepts it or records its visit.
 */
export function checkServiceStep(call: ServiceCall | undefined, type: ServiceEntryType, by: string, technician?: string): StepCheck {
  if (type === 'registered') return call ? refuse('alreadyRegistered') : OK;
  if (!call) return refuse('notRegistered');
  if (type === 'printed') return OK;
  if (call.status === 'closed' || call.status === 'cancelled') return refuse('closed');
  switch (type) {
    case 'appointmentSet':
    case 'cancelled':
      return OK;
    case 'dispatched':
      return call.status === 'registered' || call.status === 'waitingParts' ? OK : refuse('alreadyDispatched');
    case 'accepted':
      if (call.status === 'accepted') return refuse('alreadyAccepted');
      if (call.status !== 'dispatched') return refuse('notDispatched');
      return call.dispatch?.technician === by ? OK : refuse('notYourJob');
    case 'visitRecorded':
      if (call.status !== 'accepted') return refuse('notAccepted');
      return call.dispatch?.technician === technician ? OK : refuse('notYourJob');
  }
}
