import { verifyPin } from '../../shared/domain/pin';
import { afterWrongPin, NO_PIN_FAILURES, pinWaitInWords, pinWaitLeft, type PinFailures } from '../../shared/domain/pinPolicy';
import { STAFF_NO_PATTERN, type StaffMember } from '../../shared/domain/staff';
import { halfWidthDigits } from '../../shared/schema/common';
import type { DeskContext } from './context';
import type { DeskDatabase } from './database';
import { DeskError } from './errors';
import { writeAudit, writeEntries } from './writePath';

/**
 * One count of wrong PINs per staff number at this counter, shared by the
 * sign-in, approval and lock screens: guessing a supervisor's PIN in the
 * approval dialog waits as long as guessing it at sign-in.
 */
const failuresKey = (staffNo: string) => `pinFailures:${staffNo}`;

function asFailures(value: unknown): PinFailures {
  const v = value as Partial<PinFailures> | undefined;
  return typeof v?.inARow === 'number' && typeof v.lastAt === 'number' ? { inARow: v.inARow, lastAt: v.lastAt } : NO_PIN_FAILURES;
}

export async function readPinFailures(db: DeskDatabase, staffNo: string): Promise<PinFailures> {
  return asFailures((await db.meta.get(failuresKey(staffNo)))?.value);
}

/** A PIN typed at one of the screens that ask for it. */
export interface PinAttempt {
  readonly staffNo: string;
  readonly pin: string;
  /** The form field a refusal shows at. */
  readonly field: string;
  /** The audit line of a wrong PIN here, and of a try refused while waiting. */
  readonly failedAction: string;
  readonly waitingAction: string;
  readonly summary: string;
}

/** "Too many wrong PINs; try again in …", in seconds under a minute, else minutes. */
function waitRefusal(ms: number, field: string): DeskError {
  const wait = pinWaitInWords(ms);
  const code = wait.unit === 'seconds' ? 'error.pinWaitSeconds' : wait.count === 1 ? 'error.pinWaitMinute' : 'error.pinWaitMinutes';
  return new DeskError(code, field, { count: wait.count });
}

/**
 * Checks a PIN for an active staff member. While the wait after too many
 * wrong PINs runs, the PIN is not checked at all: the try is refused with
 * the time left. A right PIN clears the count and gives the member; a wrong
 * one (or an unknown or deactivated number) is counted and gives undefined.
 * Every wrong PIN and every refused try is in the audit trail.
 */
export async function checkPinAttempt(ctx: DeskContext, attempt: PinAttempt): Promise<StaffMember | undefined> {
  const staffNo = attempt.staffNo.trim();
  // A number that cannot be a staff number is never counted: no row for whatever was typed.
  const counted = STAFF_NO_PATTERN.test(staffNo);
  const failures = counted ? await readPinFailures(ctx.db, staffNo) : NO_PIN_FAILURES;
  const waitLeft = pinWaitLeft(failures, ctx.clock.now());
  if (waitLeft > 0) {
    await writeAudit(ctx, { action: attempt.waitingAction, summary: attempt.summary });
    throw waitRefusal(waitLeft, attempt.field);
  }
  const member = counted ? await ctx.db.staff.get(staffNo) : undefined;
  const right = member !== undefined && member.active && (await verifyPin(halfWidthDigits(attempt.pin), member.pinSalt, member.pinHash));
  if (right) {
    if (failures.inARow > 0) await ctx.db.meta.put({ key: failuresKey(staffNo), value: NO_PIN_FAILURES });
    return member;
  }
  // The count and the audit line are written together: a wrong PIN is never counted without its line, nor the reverse.
  await writeEntries(ctx, 'audit.line', async (tx) => {
    if (counted) {
      const current = asFailures((await tx.db.meta.get(failuresKey(staffNo)))?.value);
      await tx.db.meta.put({ key: failuresKey(staffNo), value: afterWrongPin(current, tx.now) });
    }
    await tx.audit({ action: attempt.failedAction, summary: attempt.summary });
  });
  return undefined;
}
