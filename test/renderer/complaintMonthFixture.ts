/** Complaints of a month for the settings, responsibility and report tests: recorded on the write path, moved on with takeComplaintStep. */
import type { DeskContext } from '../../renderer/db/context';
import type { ComplaintStepType } from '../../shared/domain/complaints/entries';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';

export { sh } from '../unit/complaints.fixtures';
export { recordComplaint } from './complaintWorkflowFixture';

/** What a person types for each step, as the forms send it. */
export const TYPED: Partial<Record<ComplaintStepType, Record<string, unknown>>> = {
  validityJudged: { valid: true, reason: '核实属实' },
  classified: { solvability: 'shortTime' },
  assigned: { departments: ['生鲜部'], ownerName: '李主管' },
  investigated: { cause: '未按规定巡检临期商品', responsiblePerson: '李小红' },
  resolutionProposed: { items: [{ kind: 'apology' }] },
  approvalDecided: { approved: true },
  carriedOut: { customerTold: true },
  followedUp: { rating: '5' },
};

/** Takes steps in order as the given person (a supervisor may take them all for a normal complaint). */
export async function takeSteps(
  ctx: DeskContext,
  complaintId: string,
  steps: readonly (ComplaintStepType | readonly [ComplaintStepType, Record<string, unknown>])[],
): Promise<void> {
  for (const step of steps) {
    const [type, raw] = typeof step === 'string' ? [step, TYPED[step] ?? {}] : [step[0], { ...(TYPED[step[0]] ?? {}), ...step[1] }];
    await takeComplaintStep(ctx, complaintId, type, raw);
  }
}

/** Valid, classified, assigned and investigated: ready for responsibility. */
export const TO_INVESTIGATED: readonly ComplaintStepType[] = ['validityJudged', 'classified', 'assigned', 'investigated'];
