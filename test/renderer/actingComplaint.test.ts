import { describe, expect, it } from 'vitest';
import { nameAssistant } from '../../renderer/db/acting/windows';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { CLERK, SUPERVISOR } from './deskFixture';
import { LEAD, makeComplaintDesk, recordComplaint } from './complaintWorkflowFixture';

const HOUR = 3_600_000;

/** A complaint taken to a proposed resolution, waiting for a supervisor's approval. */
async function proposed(desk: Awaited<ReturnType<typeof makeComplaintDesk>>, severity: 'normal' | 'major') {
  const { id } = await recordComplaint(desk.asClerk, { severity });
  await takeComplaintStep(desk.asLead, id, 'validityJudged', { valid: true, reason: '核实属实' });
  await takeComplaintStep(desk.asLead, id, 'classified', { solvability: 'shortTime' });
  await takeComplaintStep(desk.asLead, id, 'assigned', { departments: ['生鲜部'], ownerName: '李小红', ownerStaffNo: CLERK.staffNo });
  await takeComplaintStep(desk.asClerk, id, 'investigated', { cause: '未按规定巡检临期商品', responsiblePerson: '张三' });
  await takeComplaintStep(desk.asClerk, id, 'resolutionProposed', { items: [{ kind: 'apology' }] });
  return id;
}

describe("a complaint's approval by the acting supervisor", () => {
  it('is refused to a desk lead without a window, taken as the supervisor inside one, and never a store manager’s', async () => {
    const desk = await makeComplaintDesk();
    const id = await proposed(desk, 'normal');
    const approve = (complaintId: string) => takeComplaintStep(desk.asClerk, complaintId, 'approvalDecided', { approved: true }, LEAD);
    await expect(approve(id)).rejects.toMatchObject({ code: 'error.approverRole' });

    await nameAssistant(desk.asSupervisor, { assistant: LEAD.staffNo, from: desk.clock.now(), until: desk.clock.now() + 8 * HOUR });
    const row = await approve(id);
    expect(row.approval).toMatchObject({ approved: true, approvedBy: LEAD.staffNo, actorRole: 'supervisor' });
    const entry = (await desk.db.entries.where('[recordType+recordId]').equals(['complaint', id]).sortBy('seq')).at(-1);
    expect(entry).toMatchObject({ type: 'approvalDecided', approvedBy: LEAD.staffNo, approvedActingFor: SUPERVISOR.staffNo });

    // A major complaint needs the store manager: a window makes nobody one.
    const major = await proposed(desk, 'major');
    await expect(approve(major)).rejects.toMatchObject({ code: 'error.approverRole' });
  });
});
