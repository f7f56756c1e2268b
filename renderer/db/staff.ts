import { DEFAULT_TIME_ZONE, type Clock } from '../../shared/domain/clock';
import { hashPin, newPinSalt } from '../../shared/domain/pin';
import { pinLongEnoughFor, pinMustChange } from '../../shared/domain/pinPolicy';
import { STAFF_SCHEMA_VERSION, type ApprovalAction, type StaffMember } from '../../shared/domain/staff';
import { mayApprove } from '../../shared/domain/acting/rules';
import { actingWindowsOf } from './acting/queries';
import { staffChangeRefusal, type StaffChange, type StaffChangeRefusal } from '../../shared/domain/staffRules';
import { STORE_RECORD_ID, STORE_SCHEMA_VERSION, type DeskSettings, type StoreProfile } from '../../shared/domain/store';
import { halfWidthDigits, pin as pinSchema } from '../../shared/schema/common';
import { firstRunInput, staffCreateInput } from '../../shared/schema/setup';
import { staffUpdateInput } from '../../shared/schema/staff';
import type { DeskContext } from './context';
import type { DeskDatabase } from './database';
import { DeskError } from './errors';
import { checkPinAttempt } from './pinCheck';
import { writeAudit, writeEntries, type WriteTx } from './writePath';

/** This PC's place in the chain: set once at first run, never synced. */
export interface CounterIdentity {
  readonly store: string;
  readonly counter: string;
}

const IDENTITY_KEY = 'counterIdentity';

export async function readCounterIdentity(db: DeskDatabase): Promise<CounterIdentity | undefined> {
  const row = await db.meta.get(IDENTITY_KEY);
  return row?.value as CounterIdentity | undefined;
}

/** Which store and counter this PC is: set once, at first run or when it joins a store that syncs. */
export async function setCounterIdentity(db: DeskDatabase, identity: CounterIdentity): Promise<void> {
  await db.meta.put({ key: IDENTITY_KEY, value: identity });
}

export async function readStoreProfile(db: DeskDatabase): Promise<StoreProfile | undefined> {
  return db.stores.get(STORE_RECORD_ID);
}

/** First start: the store, this counter, and the first supervisor, in one transaction. */
export async function completeFirstRun(db: DeskDatabase, clock: Clock, raw: unknown): Promise<StaffMember> {
  const input = firstRunInput.parse(raw);
  if (await readCounterIdentity(db)) throw new DeskError('error.alreadySetUp');
  const pinSalt = newPinSalt();
  const pinHash = await hashPin(input.pin, pinSalt);
  const timeZone = DEFAULT_TIME_ZONE;
  const ctx: DeskContext = {
    db,
    clock,
    session: { store: input.storeCode, counter: input.counterCode, staffNo: input.supervisorNo, timeZone },
  };
  await writeEntries(ctx, 'setup.firstRun', async (tx) => {
    await setCounterIdentity(db, { store: input.storeCode, counter: input.counterCode });
    await tx.append({
      recordType: 'store',
      recordId: STORE_RECORD_ID,
      type: 'configured',
      schemaVersion: STORE_SCHEMA_VERSION,
      data: { storeName: input.storeName, storeCode: input.storeCode, timeZone },
      summary: `${input.storeName} (${input.storeCode}) / ${input.counterCode}`,
    });
    await tx.append({
      recordType: 'staff',
      recordId: input.supervisorNo,
      type: 'created',
      schemaVersion: STAFF_SCHEMA_VERSION,
      data: { staffNo: input.supervisorNo, name: input.supervisorName, role: 'supervisor', pinHash, pinSalt },
      summary: `${input.supervisorNo} ${input.supervisorName} supervisor`,
    });
  });
  const member = await db.staff.get(input.supervisorNo);
  if (!member) throw new DeskError('error.unexpected');
  return member;
}

/** Checks a staff number and PIN; every attempt is in the audit trail. */
/** Who signed in, and whether their PIN is shorter than their role needs: then they change it before anything else. */
export type SignedInMember = StaffMember & { readonly mustChangePin: boolean };

/** Checks a staff number and PIN (with the wait after too many wrong PINs); every attempt is in the audit trail. */
export async function signIn(db: DeskDatabase, clock: Clock, staffNo: string, pin: string): Promise<SignedInMember> {
  const identity = await readCounterIdentity(db);
  const profile = await readStoreProfile(db);
  if (!identity || !profile) throw new DeskError('error.notSetUp');
  const typedNo = staffNo.trim();
  const ctx: DeskContext = { db, clock, session: { ...identity, staffNo: typedNo, timeZone: profile.timeZone } };
  const member = await checkPinAttempt(ctx, {
    staffNo: typedNo,
    pin,
    field: 'pin',
    failedAction: 'session.signInFailed',
    waitingAction: 'session.signInWaiting',
    summary: typedNo,
  });
  if (!member) throw new DeskError('error.signInFailed', 'pin');
  await writeAudit(ctx, { action: 'session.signedIn', summary: `${member.staffNo} ${member.name}` });
  return { ...member, mustChangePin: pinMustChange(member.role, halfWidthDigits(pin)) };
}

/**
 * Unlocks the screen of the member signed in, with the same PIN check as
 * sign-in. A member deactivated meanwhile (here or by sync) cannot unlock:
 * the lock screen sends them to sign-in.
 */
export async function unlockSession(ctx: DeskContext, pin: string): Promise<void> {
  const { staffNo } = ctx.session;
  const member = await ctx.db.staff.get(staffNo);
  if (!member?.active) {
    await writeAudit(ctx, { action: 'session.unlockRefused', summary: staffNo });
    throw new DeskError('error.staffInactive');
  }
  const right = await checkPinAttempt(ctx, { staffNo, pin, field: 'pin', failedAction: 'session.unlockFailed', waitingAction: 'session.unlockWaiting', summary: staffNo });
  if (!right) throw new DeskError('error.signInFailed', 'pin');
  await writeAudit(ctx, { action: 'session.unlocked', summary: staffNo });
}

export async function signOut(ctx: DeskContext): Promise<void> {
  await writeAudit(ctx, { action: 'session.signedOut', summary: ctx.session.staffNo });
}

/** The field message of each staff rule's refusal (the staff screen shows the same ones). */
export const STAFF_REFUSAL_CODES: Readonly<Record<StaffChangeRefusal, string>> = {
  ownRole: 'error.staff.ownRole',
  ownActive: 'error.cannotDeactivateSelf',
  storeManagerOnly: 'error.staff.storeManagerOnly',
  lastSupervisor: 'error.staff.lastSupervisor',
};

/** The staff rules (shared/domain/staffRules) for the member signed in, inside the write's transaction; the refusal shows at the field changed. */
async function refuseStaffChange(tx: WriteTx, target: StaffMember, changes: StaffChange): Promise<void> {
  const refusal = staffChangeRefusal(tx.member, target, changes, await tx.db.staff.toArray());
  if (!refusal) return;
  const field = changes.pin ? 'pin' : changes.role !== undefined && changes.role !== target.role ? 'role' : 'active';
  throw new DeskError(STAFF_REFUSAL_CODES[refusal], field);
}

export async function createStaff(ctx: DeskContext, raw: unknown): Promise<StaffMember> {
  const input = staffCreateInput.parse(raw);
  const pinSalt = newPinSalt();
  const pinHash = await hashPin(input.pin, pinSalt);
  await writeEntries(ctx, 'staff.create', async (tx) => {
    if (await tx.db.staff.get(input.staffNo)) throw new DeskError('error.staffExists', 'staffNo');
    await tx.append({
      recordType: 'staff',
      recordId: input.staffNo,
      type: 'created',
      schemaVersion: STAFF_SCHEMA_VERSION,
      data: { staffNo: input.staffNo, name: input.name, role: input.role, pinHash, pinSalt },
      summary: `${input.staffNo} ${input.name} ${input.role}`,
    });
  });
  return (await ctx.db.staff.get(input.staffNo))!;
}

/** A staff member's name, role or whether they may sign in; the input is checked by its schema, the change by the staff rules. */
export async function updateStaff(ctx: DeskContext, staffNo: string, raw: unknown): Promise<void> {
  const changes = staffUpdateInput.parse(raw);
  await writeEntries(ctx, 'staff.update', async (tx) => {
    const target = await tx.db.staff.get(staffNo);
    if (!target) throw new DeskError('error.unknownStaff');
    await refuseStaffChange(tx, target, changes);
    await tx.append({
      recordType: 'staff',
      recordId: staffNo,
      type: 'updated',
      schemaVersion: STAFF_SCHEMA_VERSION,
      data: changes,
      summary: `${staffNo} ${JSON.stringify(changes)}`,
    });
  });
}

/** One's own PIN, or another's reset by whoever manages staff. */
export async function changePin(ctx: DeskContext, staffNo: string, typedPin: string): Promise<void> {
  const parsed = pinSchema.safeParse(typedPin);
  if (!parsed.success) throw new DeskError('error.pin', 'pin');
  const pin = parsed.data;
  const pinSalt = newPinSalt();
  const pinHash = await hashPin(pin, pinSalt);
  await writeEntries(ctx, staffNo === ctx.session.staffNo ? 'staff.changeOwnPin' : 'staff.resetPin', async (tx) => {
    const target = await tx.db.staff.get(staffNo);
    if (!target) throw new DeskError('error.unknownStaff');
    // The role's minimum holds in the write path, not only in the screen's form.
    if (!pinLongEnoughFor(target.role, pin)) throw new DeskError('error.pinShortForRole', 'pin');
    await refuseStaffChange(tx, target, { pin: true });
    await tx.append({
      recordType: 'staff',
      recordId: staffNo,
      type: 'pinChanged',
      schemaVersion: STAFF_SCHEMA_VERSION,
      data: { pinHash, pinSalt },
      summary: `${staffNo} PIN`,
    });
  });
}

export async function changeDeskSettings(ctx: DeskContext, settings: DeskSettings): Promise<void> {
  await writeEntries(ctx, 'settings.desk', (tx) =>
    tx.append({
      recordType: 'store',
      recordId: STORE_RECORD_ID,
      type: 'settingsChanged',
      schemaVersion: STORE_SCHEMA_VERSION,
      data: settings,
      summary: JSON.stringify(settings),
    }),
  );
}

/**
 * Someone approves one action at another's session with their own number
 * and PIN, without signing in; `allowed` says whether their role may.
 * Their PIN is checked as at sign-in (the same count of wrong PINs and
 * wait); refusals are audited under `action`.
 */
export async function verifyActingStaff(
  ctx: DeskContext,
  staffNo: string,
  pin: string,
  action: string,
  allowed: (member: StaffMember) => boolean,
): Promise<StaffMember> {
  const summary = `${action} ${staffNo}`;
  const member = await checkPinAttempt(ctx, { staffNo, pin, field: 'approverPin', failedAction: 'approval.refused', waitingAction: 'approval.waiting', summary });
  if (!member) throw new DeskError('error.approvalFailed', 'approverPin');
  if (!allowed(member)) {
    await writeAudit(ctx, { action: 'approval.refused', summary });
    throw new DeskError('error.approverRole', 'approverPin');
  }
  return member;
}

/**
 * A supervisor approves one action at a clerk's session, or their assistant
 * in an open acting window (主管助理; the write keeps whom they stood in for).
 */
export async function verifyApprover(ctx: DeskContext, staffNo: string, pin: string, action: ApprovalAction): Promise<string> {
  const now = ctx.clock.now();
  // Read by the number as typed, trimmed as the PIN check trims it; a supervisor by role has none and needs none.
  const windows = await actingWindowsOf(ctx.db, staffNo.trim(), now);
  return (await verifyActingStaff(ctx, staffNo, pin, action, (m) => mayApprove(m, action, windows, now))).staffNo;
}
