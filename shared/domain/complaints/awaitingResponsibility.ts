import type { Complaint } from './state';
import { checkComplaintStep } from './workflow';

/**
 * Complaints a supervisor still has to settle responsibility for: valid,
 * the cause investigated (the workflow table says when responsibility may
 * be assigned), and none assigned yet. Oldest first: they wait longest.
 */
export function awaitingResponsibility<C extends Complaint>(complaints: readonly C[]): C[] {
  return complaints
    .filter((c) => c.responsibility === undefined && checkComplaintStep(c, 'responsibilityAssigned', 'supervisor').ok)
    .sort((a, b) => a.receivedAt - b.receivedAt || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}
