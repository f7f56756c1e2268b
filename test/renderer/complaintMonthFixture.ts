/** Complaints of a month for the settings, responsibility and report tests: recorded on the write path, moved on with takeComplaintStep. */
import { COMPLAINT_SCHEMA_VERSION, type ComplaintRecordedData } from '../../shared/domain/complaints/entries';
import { newId } from '../../shared/domain/ids';
import type { DeskContext } from '../../renderer/db/context';
import { takeComplaintStep, type ComplaintStepType } from '../../renderer/db/complaints/steps';
import { writeEntries } from '../../renderer/db/writePath';
import { intake } from '../unit/complaints.fixtures';

/** A Shanghai wall time (UTC+8) as an instant. */
export const sh = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);

export async function recordComplaint(ctx: DeskContext, overrides: Partial<ComplaintRecordedData> = {}) {
  const id = newId();
  const number = await writeEntries(ctx, async (tx) => {
    const n = await tx.nextNumber('complaint');
    await tx.append({
      recordType: 'complaint',
      recordId: id,
      type: 'recorded',
      schemaVersion: COMPLAINT_SCHEMA_VERSION,
      number: n,
      data: intake({ number: n, receivedAt: ctx.clock.now(), ...overrides }),
      summary: n,
    });
    return n;
  });
  return { id, number };
}

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
