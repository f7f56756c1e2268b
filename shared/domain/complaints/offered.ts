import { extendableDeadlines, type ComplaintDeadline } from './deadlines';
import { COMPLAINT_STEP_TYPES, type ComplaintStepType } from './entries';
import type { Complaint } from './state';
import type { ComplaintRole } from './types';
import { allowedSteps } from './workflow';

export interface OfferedStep {
  readonly type: ComplaintStepType;
  /** Only a higher role may take it now: someone of that role approves it at this session with their number and PIN. */
  readonly viaApproval: boolean;
}

/** Steps that make sense for this complaint beyond the workflow table: on site for urgent ones, an extension while a limit can move. */
function fits(c: Complaint, type: ComplaintStepType, deadlines: readonly ComplaintDeadline[]): boolean {
  if (type === 'arrivedOnSite') return c.severity === 'urgent';
  if (type === 'extended') return extendableDeadlines(deadlines).length > 0;
  return true;
}

/**
 * What a screen offers `role` now (allowedSteps of the one workflow
 * table), and what the store manager could take but `role` cannot, offered
 * with an approval. Responsibility stays with the supervisors: it is not
 * offered to others even with an approval.
 */
export function offeredSteps(c: Complaint, role: ComplaintRole, deadlines: readonly ComplaintDeadline[]): OfferedStep[] {
  const mine = allowedSteps(c, role);
  const highest = allowedSteps(c, 'storeManager');
  return COMPLAINT_STEP_TYPES.filter((type) => fits(c, type, deadlines)).flatMap((type): OfferedStep[] => {
    if (mine.includes(type)) return [{ type, viaApproval: false }];
    if (type !== 'responsibilityAssigned' && highest.includes(type)) return [{ type, viaApproval: true }];
    return [];
  });
}
