import { DEFAULT_TIME_ZONE, type Clock } from '../../shared/domain/clock';
import { hashPin, newPinSalt, verifyPin } from '../../shared/domain/pin';
import { can, canApprove, PIN_PATTERN, STAFF_SCHEMA_VERSION, type ApprovalAction, type Role, type StaffMember } from '../../shared/domain/staff';
import { STORE_RECORD_ID, STORE_SCHEMA_VERSION, type DeskSettings, type StoreProfile } from '../../shared/domain/store';
import { firstRunInput, staffCreateInput } from '../../shared/schema/setup';
import type { DeskContext, DeskSession } from './context';
import type { DeskDatabase } from './database';
import { DeskError } from './errors';
import { writeAudit, writeEntries } from './writePath';

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
  await writeEntries(ctx, async (tx) => {
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
export async function signIn(db: DeskDatabase, clock: Clock, staffNo: string, pin: string): Promise<StaffMember> {
  const identity = await readCounterIdentity(db);
  const profile = await readStoreProfile(db);
  if (!identity || !profile) throw new DeskError('error.notSetUp');
  const member = await db.staff.get(staffNo.trim());
  const ok = member !== undefined && member.active && (await verifyPin(pin, member.pinSalt, member.pinHash));
  const session: DeskSession = { ...identity, staffNo: member?.staffNo ?? staffNo.trim(), timeZone: profile.timeZone };
  await writeAudit({ db, clock, session }, {
    action: ok ? 'session.signedIn' : 'session.signInFailed',
    summary: ok ? `${member.staffNo} ${member.name}` : staffNo,
  });
  if (!ok) throw new DeskError('error.signInFailed', 'pin');
  return member;
}

export async function signOut(ctx: DeskContext): Promise<void> {
  await writeAudit(ctx, { action: 'session.signedOut', summary: ctx.session.staffNo });
}

async function requireRole(ctx: DeskContext, check: (role: Role) => boolean): Promise<StaffMember> {
  const me = await ctx.db.staff.get(ctx.session.staffNo);
  if (!me || !me.active || !check(me.role)) throw new DeskError('error.notAllowed');
  return me;
}

export async function createStaff(ctx: DeskContext, raw: unknown): Promise<StaffMember> {
  await requireRole(ctx, (r) => can(r, 'staff.manage'));
  const input = staffCreateInput.parse(raw);
  const pinSalt = newPinSalt();
  const pinHash = await hashPin(input.pin, pinSalt);
  await writeEntries(ctx, async (tx) => {
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

export async function updateStaff(
  ctx: DeskContext,
  staffNo: string,
  changes: { role?: Role; active?: boolean; name?: string },
): Promise<void> {
  await requireRole(ctx, (r) => can(r, 'staff.manage'));
  if (staffNo === ctx.session.staffNo && changes.active === false) throw new DeskError('error.cannotDeactivateSelf');
  await writeEntries(ctx, async (tx) => {
    if (!(await tx.db.staff.get(staffNo))) throw new DeskError('error.unknownStaff');
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

export async function changePin(ctx: DeskContext, staffNo: string, pin: string): Promise<void> {
  if (staffNo !== ctx.session.staffNo) await requireRole(ctx, (r) => can(r, 'staff.manage'));
  if (!PIN_PATTERN.test(pin)) throw new DeskError('error.pin', 'pin');
  const pinSalt = newPinSalt();
  const pinHash = await hashPin(pin, pinSalt);
  await writeEntries(ctx, (tx) =>
    tx.append({
      recordType: 'staff',
      recordId: staffNo,
      type: 'pinChanged',
      schemaVersion: STAFF_SCHEMA_VERSION,
      data: { pinHash, pinSalt },
      summary: `${staffNo} PIN`,
    }),
  );
}

export async function changeDeskSettings(ctx: DeskContext, settings: DeskSettings): Promise<void> {
  await requireRole(ctx, (r) => can(r, 'settings.manage'));
  await writeEntries(ctx, (tx) =>
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
 * Refusals are audited under `action`.
 */
export async function verifyActingStaff(
  ctx: DeskContext,
  staffNo: string,
  pin: string,
  action: string,
  allowed: (member: StaffMember) => boolean,
): Promise<StaffMember> {
  const member = await ctx.db.staff.get(staffNo.trim());
  const pinOk = member !== undefined && member.active && (await verifyPin(pin, member.pinSalt, member.pinHash));
  if (!pinOk || !allowed(member)) {
    await writeAudit(ctx, { action: 'approval.refused', summary: `${action} ${staffNo}` });
    throw new DeskError(pinOk ? 'error.approverRole' : 'error.approvalFailed', 'approverPin');
  }
  return member;
}

/** A supervisor approves one action at a clerk's session. */
export async function verifyApprover(ctx: DeskContext, staffNo: string, pin: string, action: ApprovalAction): Promise<string> {
  return (await verifyActingStaff(ctx, staffNo, pin, action, (m) => canApprove(m.role, action))).staffNo;
}
