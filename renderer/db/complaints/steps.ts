import { COMPLAINT_SCHEMA_VERSION, type ComplaintEntryDataMap, type ComplaintStepType } from '../../../shared/domain/complaints/entries';
import type { Complaint, ComplaintRefusalReason } from '../../../shared/domain/complaints/state';
import type { EscalationLevel, SatisfactionRating } from '../../../shared/domain/complaints/types';
import { checkComplaintStep } from '../../../shared/domain/complaints/workflow';
import type { Role, StaffMember } from '../../../shared/domain/staff';
import { roleActingAs } from '../../../shared/domain/acting/rules';
import { actingWindowsOf } from '../acting/queries';
import {
  approvalInput,
  assignInput,
  carryOutInput,
  classifyInput,
  closeInput,
  contactInput,
  escalateInput,
  extensionInput,
  followUpInput,
  investigateInput,
  onSiteInput,
  pauseInput,
  proposeInput,
  responsibilityInput,
  resumeInput,
  validityInput,
} from '../../../shared/schema/complaints';
import type { Approval } from '../approval';
import type { DeskContext } from '../context';
import type { ComplaintRow } from '../database';
import { DeskError } from '../errors';
import { verifyActingStaff } from '../staff';
import { requireCommand, writeEntries } from '../writePath';

type StepData<K extends ComplaintStepType> = Omit<ComplaintEntryDataMap[K], 'actorRole'>;

export function refusalError(reason: ComplaintRefusalReason): DeskError {
  return new DeskError(`error.complaintStep.${reason}`);
}

/** Parses what the person typed for a step into the entry's data (the schema is the one in shared/schema); a form checks with it before asking for an approval. */
export function complaintStepData(type: ComplaintStepType, raw: unknown, c: Complaint): StepData<ComplaintStepType> {
  switch (type) {
    case 'validityJudged':
      return validityInput.parse(raw);
    case 'classified':
      return classifyInput.parse(raw);
    case 'assigned':
      return assignInput.parse(raw);
    case 'investigated':
      return investigateInput.parse(raw);
    case 'resolutionProposed':
      return proposeInput.parse(raw);
    case 'approvalDecided':
      return approvalInput.parse(raw);
    case 'carriedOut': {
      const { note } = carryOutInput.parse(raw);
      return { note };
    }
    case 'followedUp': {
      const input = followUpInput.parse(raw);
      // A satisfied customer sends it nowhere: an outcome picked before the rating was raised is dropped.
      return { rating: input.rating as SatisfactionRating, comment: input.comment, outcome: input.rating >= 3 ? undefined : input.outcome };
    }
    case 'closed':
      return closeInput.parse(raw);
    case 'customerContacted':
      return contactInput.parse(raw);
    case 'arrivedOnSite':
      return onSiteInput.parse(raw);
    case 'timerPaused':
      return pauseInput.parse(raw);
    case 'timerResumed':
      return resumeInput.parse(raw);
    case 'extended':
      return extensionInput.parse(raw);
    case 'escalated':
      return { ...escalateInput.parse(raw), toLevel: Math.min(c.escalationLevel + 1, 3) as EscalationLevel };
    case 'responsibilityAssigned':
      return responsibilityInput.parse(raw);
  }
}

/**
 * Takes one workflow step (or side action) on a complaint: the input is
 * parsed by its schema, the step is checked against the one workflow table
 * in shared/domain (order, then role), and the entry, its projection and
 * its audit line are written in one transaction. The projection judges the
 * entry once more inside the transaction: if it would be kept as a refusal
 * (another counter moved the complaint meanwhile), nothing is written.
 *
 * With an approval, a person of a higher role takes the step at this
 * session (their number + PIN): the entry is in their authority.
 */
export async function takeComplaintStep(
  ctx: DeskContext,
  complaintId: string,
  type: ComplaintStepType,
  raw: unknown,
  approval?: Approval,
): Promise<ComplaintRow> {
  const before = await ctx.db.complaints.get(complaintId);
  if (!before) throw new DeskError('error.complaintNotFound');
  const data = complaintStepData(type, raw, before);
  let approver: StaffMember | undefined;
  let approverRole: Role | undefined;
  if (approval) {
    // A step no one may take now, or a session that may not work on complaints, is refused before anyone is called over to approve it.
    await requireCommand(ctx, 'complaints.step');
    const order = checkComplaintStep(before, type, 'storeManager');
    if (!order.ok) throw refusalError(order.reason);
    // A desk lead in an open acting window (主管助理) approves as the supervisor they stand in for.
    const now = ctx.clock.now();
    const windows = await actingWindowsOf(ctx.db, approval.staffNo.trim(), now);
    approver = await verifyActingStaff(ctx, approval.staffNo, approval.pin, `complaint.${type}`, (m) => checkComplaintStep(before, type, roleActingAs(m, windows, now)).ok);
    approverRole = roleActingAs(approver, windows, now);
  }
  return writeEntries(ctx, 'complaints.step', async (tx) => {
    const actorRole = approverRole ?? tx.member.role;
    const approvedBy = approver?.staffNo;
    const c = await tx.db.complaints.get(complaintId);
    if (!c) throw new DeskError('error.complaintNotFound');
    const check = checkComplaintStep(c, type, actorRole);
    if (!check.ok) throw refusalError(check.reason);
    const entry = await tx.append({
      recordType: 'complaint',
      recordId: c.id,
      type,
      schemaVersion: COMPLAINT_SCHEMA_VERSION,
      number: c.number,
      approvedBy,
      data: { ...data, actorRole },
      summary: `${c.number} ${type}`,
    });
    const after = await tx.db.complaints.get(c.id);
    const refused = after?.refusals.find((r) => r.entryId === entry.id);
    if (refused) throw refusalError(refused.reason);
    if (!after) throw new DeskError('error.unexpected');
    return after;
  });
}
