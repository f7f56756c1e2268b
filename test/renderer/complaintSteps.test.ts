import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { ComplaintStepType } from '../../shared/domain/complaints/entries';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import type { DeskContext } from '../../renderer/db/context';
import { DeskError } from '../../renderer/db/errors';
import { CLERK, SUPERVISOR } from './deskFixture';
import { makeComplaintDesk, MANAGER, recordComplaint } from './complaintWorkflowFixture';

type Desk = Awaited<ReturnType<typeof makeComplaintDesk>>;

const RAW = {
  validityJudged: { valid: true, reason: '核实属实' },
  classified: { solvability: 'shortTime' },
  assigned: { departments: ['生鲜部'], ownerName: '李小红', ownerStaffNo: CLERK.staffNo },
  investigated: { cause: '未按规定巡检临期商品', responsiblePerson: '张三' },
  resolutionProposed: { items: [{ kind: 'apology' }, { kind: 'refund', amount: '12.90' }] },
  approvalDecided: { approved: true },
  carriedOut: { customerTold: true },
  followedUp: { rating: '5' },
  closed: { lessons: '加强临期巡检', trainingCase: true },
} as const;

/** Who takes each step of the normal path. */
const PATH: readonly [keyof typeof RAW, 'asClerk' | 'asLead' | 'asSupervisor'][] = [
  ['validityJudged', 'asLead'],
  ['classified', 'asLead'],
  ['assigned', 'asLead'],
  ['investigated', 'asClerk'],
  ['resolutionProposed', 'asClerk'],
  ['approvalDecided', 'asSupervisor'],
  ['carriedOut', 'asClerk'],
  ['followedUp', 'asSupervisor'],
  ['closed', 'asSupervisor'],
];

/** The complaint's latest entry, by this counter's sequence (several may share a time). */
const lastEntry = async (desk: Desk, id: string) => (await desk.db.entries.where('[recordType+recordId]').equals(['complaint', id]).sortBy('seq')).at(-1);

const counts = async (desk: Desk) => ({ entries: await desk.db.entries.count(), audit: await desk.db.audit.count() });

async function refusal(p: Promise<unknown>): Promise<string> {
  const error: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof DeskError) return error.code;
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join('.')}:${i.message}`).join(' ');
  throw new Error(`expected a refusal, got ${String(error)}`);
}

async function walk(desk: Desk, id: string, steps: typeof PATH) {
  for (const [type, who] of steps) await takeComplaintStep(desk[who], id, type, RAW[type]);
}

describe('takeComplaintStep', () => {
  it('takes every step in order, each an entry with its audit line, to a closed complaint', async () => {
    const desk = await makeComplaintDesk();
    const { id, number } = await recordComplaint(desk.asClerk);
    for (const [type, who] of PATH) {
      const before = await counts(desk);
      desk.clock.advance(60_000);
      const row = await takeComplaintStep(desk[who], id, type, RAW[type]);
      expect(await counts(desk)).toEqual({ entries: before.entries + 1, audit: before.audit + 1 });
      expect(await lastEntry(desk, id)).toMatchObject({ type, by: desk[who].session.staffNo, at: desk.clock.now() });
      expect((await desk.db.audit.orderBy('at').last())?.action).toBe(`complaint.${type}`);
      expect(row.history.at(-1)?.type).toBe(type);
    }
    const closed = await desk.db.complaints.get(id);
    expect(closed).toMatchObject({ number, status: 'closed', closedAs: 'resolved', open: 0, conflict: 0 });
    expect(closed?.proposal?.items).toEqual([{ kind: 'apology' }, { kind: 'refund', amountFen: 1290 }]);
    expect(closed?.validity).toMatchObject({ actorRole: 'lead', by: '2001' });
  });

  it('refuses a step out of order and writes nothing', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    const before = await counts(desk);
    expect(await refusal(takeComplaintStep(desk.asSupervisor, id, 'assigned', RAW.assigned))).toBe('error.complaintStep.outOfOrder');
    expect(await refusal(takeComplaintStep(desk.asSupervisor, id, 'closed', RAW.closed))).toBe('error.complaintStep.outOfOrder');
    expect(await counts(desk)).toEqual(before);
    expect((await desk.db.complaints.get(id))?.status).toBe('recorded');
  });

  it('refuses a clerk judging validity: the role may not', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    const before = await counts(desk);
    expect(await refusal(takeComplaintStep(desk.asClerk, id, 'validityJudged', RAW.validityJudged))).toBe('error.complaintStep.roleNotAllowed');
    expect(await counts(desk)).toEqual(before);
  });

  it('a major complaint: a supervisor cannot approve it; with the store manager’s number and PIN it is approved in their name', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk, { severity: 'major' });
    await walk(desk, id, PATH.slice(0, 5));
    const before = await counts(desk);
    expect(await refusal(takeComplaintStep(desk.asSupervisor, id, 'approvalDecided', RAW.approvalDecided))).toBe('error.complaintStep.approvalLevelTooLow');
    // A supervisor's own PIN does not lift it either.
    expect(await refusal(takeComplaintStep(desk.asClerk, id, 'approvalDecided', RAW.approvalDecided, SUPERVISOR))).toBe('error.approverRole');
    expect(await refusal(takeComplaintStep(desk.asClerk, id, 'approvalDecided', RAW.approvalDecided, { staffNo: MANAGER.staffNo, pin: '000000' }))).toBe(
      'error.approvalFailed',
    );
    expect((await counts(desk)).entries).toBe(before.entries);

    desk.clock.advance(60_000);
    const row = await takeComplaintStep(desk.asSupervisor, id, 'approvalDecided', RAW.approvalDecided, MANAGER);
    expect(row.status).toBe('approved');
    expect(row.approval).toMatchObject({ approved: true, by: SUPERVISOR.staffNo, approvedBy: MANAGER.staffNo, actorRole: 'storeManager' });
    expect(await lastEntry(desk, id)).toMatchObject({ type: 'approvalDecided', by: SUPERVISOR.staffNo, approvedBy: MANAGER.staffNo, data: { actorRole: 'storeManager' } });
    expect((await desk.db.audit.orderBy('at').last())?.approvedBy).toBe(MANAGER.staffNo);
  });

  it('an approval is not asked for a step no one may take now', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    expect(await refusal(takeComplaintStep(desk.asClerk, id, 'closed', RAW.closed, MANAGER))).toBe('error.complaintStep.outOfOrder');
  });

  it('an extension needs the customer’s consent and a reason', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    const before = await counts(desk);
    const newDueAt = desk.clock.now() + 10 * 86_400_000;
    expect(await refusal(takeComplaintStep(desk.asSupervisor, id, 'extended', { kind: 'firstContact', newDueAt, reason: '顾客出差', customerConsent: false }))).toBe(
      'customerConsent:error.complaintConsentRequired',
    );
    expect(await refusal(takeComplaintStep(desk.asSupervisor, id, 'extended', { kind: 'firstContact', newDueAt, reason: ' ', customerConsent: true }))).toContain('reason:');
    expect(await counts(desk)).toEqual(before);
    await takeComplaintStep(desk.asSupervisor, id, 'extended', { kind: 'firstContact', newDueAt, reason: '顾客出差', customerConsent: true });
    const row = await desk.db.complaints.get(id);
    expect(row?.history.at(-1)).toMatchObject({ type: 'extended', data: { kind: 'firstContact', newDueAt, customerConsent: true, actorRole: 'supervisor' } });
  });

  it('pauses the timer only with a named reason, then resumes it; the pause is kept', async () => {
    const desk = await makeComplaintDesk();
    const { id } = await recordComplaint(desk.asClerk);
    const lead: DeskContext = desk.asLead;
    expect(await refusal(takeComplaintStep(lead, id, 'timerPaused', { reason: '' }))).toBe('reason:error.required');
    expect(await refusal(takeComplaintStep(desk.asClerk, id, 'timerPaused', { reason: 'waitingForCustomer' }))).toBe('error.complaintStep.roleNotAllowed');
    const start = desk.clock.now();
    await takeComplaintStep(lead, id, 'timerPaused', { reason: 'waitingForCustomer', note: '顾客明天来店' });
    expect(await refusal(takeComplaintStep(lead, id, 'timerPaused', { reason: 'waitingForSupplier' } satisfies Record<string, string>))).toBe(
      'error.complaintStep.alreadyPaused',
    );
    desk.clock.advance(3_600_000);
    await takeComplaintStep(lead, id, 'timerResumed' satisfies ComplaintStepType, {});
    expect((await desk.db.complaints.get(id))?.pauses).toEqual([
      { reason: 'waitingForCustomer', note: '顾客明天来店', from: start, to: start + 3_600_000, by: '2001' },
    ]);
    expect(await refusal(takeComplaintStep(lead, id, 'timerResumed', {}))).toBe('error.complaintStep.notPaused');
  });
});
