import { describe, expect, it } from 'vitest';
import { approve } from '../../renderer/db/approval';
import { readPinFailures } from '../../renderer/db/pinCheck';
import { changePin, createStaff, signIn, unlockSession, updateStaff } from '../../renderer/db/staff';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';

type Desk = Awaited<ReturnType<typeof makeDesk>>;

const WRONG = '000000';
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The refusal a promise ends with, as the screen shows it. */
async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined; params?: unknown }> {
  try {
    await p;
  } catch (error) {
    const { code, field, params } = error as { code: string; field?: string; params?: unknown };
    return { code, field, params };
  }
  throw new Error('expected a refusal');
}

async function auditCount(desk: Desk, action: string): Promise<number> {
  return (await desk.db.audit.toArray()).filter((a) => a.action === action).length;
}

async function wrongSignIns(desk: Desk, staffNo: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    expect(await refusal(signIn(desk.db, desk.clock, staffNo, WRONG))).toMatchObject({ code: 'error.signInFailed', field: 'pin' });
  }
}

describe('the wait after too many wrong PINs', () => {
  it('five wrong PINs, then even the right PIN waits without being checked; the wait grows; after it the right PIN clears the count', async () => {
    const desk = await makeDesk();
    await wrongSignIns(desk, SUPERVISOR.staffNo, 5);
    expect(await refusal(signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin))).toEqual({ code: 'error.pinWaitSeconds', field: 'pin', params: { count: 30 } });
    desk.clock.advance(20 * SECOND);
    expect(await refusal(signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin))).toMatchObject({ code: 'error.pinWaitSeconds', params: { count: 10 } });

    // After the wait, one more wrong PIN: a minute, then two.
    desk.clock.advance(10 * SECOND);
    await wrongSignIns(desk, SUPERVISOR.staffNo, 1);
    expect(await refusal(signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin))).toMatchObject({ code: 'error.pinWaitMinute', params: { count: 1 } });
    desk.clock.advance(MINUTE);
    await wrongSignIns(desk, SUPERVISOR.staffNo, 1);
    expect(await refusal(signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin))).toMatchObject({ code: 'error.pinWaitMinutes', params: { count: 2 } });

    desk.clock.advance(2 * MINUTE);
    expect((await signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin)).staffNo).toBe(SUPERVISOR.staffNo);
    expect((await readPinFailures(desk.db, SUPERVISOR.staffNo)).inARow).toBe(0);
    // Counted afresh: one wrong PIN does not wait.
    await wrongSignIns(desk, SUPERVISOR.staffNo, 1);
    expect((await signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin)).staffNo).toBe(SUPERVISOR.staffNo);

    expect(await auditCount(desk, 'session.signInFailed')).toBe(8);
    expect(await auditCount(desk, 'session.signInWaiting')).toBe(4);
    // Another staff number is not held up.
    expect((await signIn(desk.db, desk.clock, CLERK.staffNo, CLERK.pin)).staffNo).toBe(CLERK.staffNo);
  });

  it('an unknown staff number waits the same way (no telling it from a real one)', async () => {
    const desk = await makeDesk();
    await wrongSignIns(desk, '7777', 5);
    expect(await refusal(signIn(desk.db, desk.clock, '7777', WRONG))).toMatchObject({ code: 'error.pinWaitSeconds' });
  });

  it('approval and the lock screen share the count with sign-in, and each logs its failures and refusals', async () => {
    const desk = await makeDesk();
    await wrongSignIns(desk, SUPERVISOR.staffNo, 2);
    for (let i = 0; i < 2; i += 1) {
      expect(await refusal(approve(desk.asClerk, { staffNo: SUPERVISOR.staffNo, pin: WRONG }, 'lostFound.dispose'))).toMatchObject({ code: 'error.approvalFailed', field: 'approverPin' });
    }
    expect(await refusal(unlockSession(desk.asSupervisor, WRONG))).toMatchObject({ code: 'error.signInFailed', field: 'pin' });

    // Five in a row across the three: the right PIN waits everywhere.
    expect(await refusal(approve(desk.asClerk, { staffNo: SUPERVISOR.staffNo, pin: SUPERVISOR.pin }, 'lostFound.dispose'))).toEqual({
      code: 'error.pinWaitSeconds',
      field: 'approverPin',
      params: { count: 30 },
    });
    expect(await refusal(unlockSession(desk.asSupervisor, SUPERVISOR.pin))).toMatchObject({ code: 'error.pinWaitSeconds', field: 'pin' });
    expect(await refusal(signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin))).toMatchObject({ code: 'error.pinWaitSeconds', field: 'pin' });

    expect(await auditCount(desk, 'approval.refused')).toBe(2);
    expect(await auditCount(desk, 'approval.waiting')).toBe(1);
    expect(await auditCount(desk, 'session.unlockFailed')).toBe(1);
    expect(await auditCount(desk, 'session.unlockWaiting')).toBe(1);

    // A right PIN at the approval dialog after the wait clears the count for sign-in too.
    desk.clock.advance(30 * SECOND);
    expect(await approve(desk.asClerk, { staffNo: SUPERVISOR.staffNo, pin: SUPERVISOR.pin }, 'lostFound.dispose')).toBe(SUPERVISOR.staffNo);
    await wrongSignIns(desk, SUPERVISOR.staffNo, 4);
    expect((await signIn(desk.db, desk.clock, SUPERVISOR.staffNo, SUPERVISOR.pin)).staffNo).toBe(SUPERVISOR.staffNo);
  });
});

describe('the lock screen', () => {
  it('unlocks with the right PIN (logged); a member deactivated meanwhile cannot unlock, even with the right PIN', async () => {
    const desk = await makeDesk();
    await unlockSession(desk.asClerk, CLERK.pin);
    expect(await auditCount(desk, 'session.unlocked')).toBe(1);

    await updateStaff(desk.asSupervisor, CLERK.staffNo, { active: false });
    expect(await refusal(unlockSession(desk.asClerk, CLERK.pin))).toMatchObject({ code: 'error.staffInactive' });
    const refused = (await desk.db.audit.toArray()).filter((a) => a.action === 'session.unlockRefused');
    expect(refused).toMatchObject([{ staffNo: CLERK.staffNo, summary: CLERK.staffNo }]);
    expect(await auditCount(desk, 'session.unlocked')).toBe(1);
  });
});

describe('a PIN shorter than the role needs', () => {
  it('a supervisor with a 4-digit PIN (promoted from clerk) is let in but must change it; a clerk with 4 digits is not asked', async () => {
    const desk = await makeDesk();
    await createStaff(desk.asSupervisor, { staffNo: '2002', name: '周晓', role: 'clerk', pin: '1234', pinAgain: '1234' });
    expect((await signIn(desk.db, desk.clock, '2002', '1234')).mustChangePin).toBe(false);

    await updateStaff(desk.asSupervisor, '2002', { role: 'supervisor' });
    expect(await signIn(desk.db, desk.clock, '2002', '1234')).toMatchObject({ staffNo: '2002', role: 'supervisor', mustChangePin: true });
    const asNewSupervisor = { ...desk.asSupervisor, session: { ...desk.asSupervisor.session, staffNo: '2002' } };
    // The write path holds the role's minimum too, whatever the screen let through.
    expect(await refusal(changePin(asNewSupervisor, '2002', '4321'))).toMatchObject({ code: 'error.pinShortForRole', field: 'pin' });
    await changePin(asNewSupervisor, '2002', '246810');
    expect((await signIn(desk.db, desk.clock, '2002', '246810')).mustChangePin).toBe(false);
    // Full-width digits typed with a Chinese input method are the same PIN.
    expect((await signIn(desk.db, desk.clock, '2002', '２４６８１０')).staffNo).toBe('2002');
  });
});
