import type { ApprovalAction } from '../../shared/domain/staff';
import type { DeskContext } from './context';
import { verifyApprover } from './staff';

/** A supervisor's number + PIN typed at the clerk's session for one action. */
export interface Approval {
  readonly staffNo: string;
  readonly pin: string;
}

export function approve(ctx: DeskContext, approval: Approval, action: ApprovalAction): Promise<string> {
  return verifyApprover(ctx, approval.staffNo, approval.pin, action);
}
