import type { ActionStamp } from '../storage/types';
import { SERVICE_SCHEMA_VERSION, type ServiceEntry } from './entries';
import { checkServiceStep } from './steps';
import type { ServiceCall, ServiceCallStatus, VisitOutcome } from './types';

function stampOf(e: ServiceEntry): ActionStamp {
  return { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
}

/** Where a visit leaves the call: done (fixed, or not fixable), waiting for parts, or in the workshop. */
const AFTER_VISIT: Record<VisitOutcome, ServiceCallStatus> = {
  fixedOnSite: 'closed',
  notFixed: 'closed',
  waitingParts: 'waitingParts',
  takenBack: 'takenBack',
};

/**
 * Applies one entry to a service call. Deterministic: the same entries in
 * the same order give the same call on every counter; a step its state
 * does not allow is kept as a conflict, never silently dropped.
 */
export function applyServiceEntry(call: ServiceCall | undefined, e: ServiceEntry): ServiceCall | undefined {
  if (e.schemaVersion > SERVICE_SCHEMA_VERSION) return call ? { ...call, pendingEntries: call.pendingEntries + 1 } : call;
  const check = checkServiceStep(call, e);
  if (!check.ok) {
    if (!call) return call;
    return { ...call, conflicts: [...call.conflicts, { ...stampOf(e), entryId: e.id, type: e.type, reason: check.reason }] };
  }
  const stamp = stampOf(e);
  if (e.type === 'registered') {
    return { id: e.recordId, ...e.data, registered: stamp, status: 'registered', reschedules: [], visits: [], conflicts: [], printCount: 0, pendingEntries: 0 };
  }
  if (!call) return call;
  switch (e.type) {
    case 'appointmentSet':
      return { ...call, appointment: { ...stamp, ...e.data }, reschedules: call.appointment ? [...call.reschedules, call.appointment] : call.reschedules };
    case 'dispatched':
      return { ...call, status: 'dispatched', dispatch: { ...stamp, ...e.data }, accepted: undefined };
    case 'accepted':
      return { ...call, status: 'accepted', accepted: stamp };
    case 'visitRecorded': {
      const status = AFTER_VISIT[e.data.outcome];
      return { ...call, status, visits: [...call.visits, { ...stamp, ...e.data }], closed: status === 'closed' ? stamp : undefined };
    }
    case 'cancelled':
      return { ...call, status: 'cancelled', cancelled: { ...stamp, ...e.data } };
    case 'printed':
      if (e.data.copy === 'goodsReceipt' && call.workshop) return { ...call, workshop: { ...call.workshop, receiptPrintCount: call.workshop.receiptPrintCount + 1 } };
      return { ...call, printCount: call.printCount + 1 };
    case 'quoted':
      return { ...call, quote: { ...stamp, ...e.data } };
    case 'goodsReceived':
      return { ...call, workshop: { receipt: { ...stamp, ...e.data }, repairs: [], receiptPrintCount: 0 } };
    case 'repairRecorded':
      return call.workshop ? { ...call, workshop: { ...call.workshop, repairs: [...call.workshop.repairs, { ...stamp, ...e.data }] } } : call;
    case 'repairChecked':
      return call.workshop ? { ...call, workshop: { ...call.workshop, check: { ...stamp, ...e.data } } } : call;
    case 'goodsReturned':
      return call.workshop ? { ...call, status: 'closed', closed: stamp, workshop: { ...call.workshop, returned: { ...stamp, ...e.data } } } : call;
    case 'followedUp':
      return { ...call, followUp: { ...stamp, ...e.data } };
    case 'opinionRecorded':
      return { ...call, opinion: { ...stamp, ...e.data } };
  }
}
