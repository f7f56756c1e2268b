import { actingLends, actingWindowFor } from './acting/rules';
import type { ActingWindow } from './acting/types';
import { can, type Permission, type Role, type StaffMember } from './staff';

/**
 * Who may run each command that writes: one table, read by the write path
 * inside the command's transaction with the member the session names (after
 * the PIN check), never a staff number a caller passes. Screens ask the
 * same table to offer only what the write path allows.
 */

/** Rules that are not a role's permission. */
export type SpecialRule =
  /** The first run: allowed only while the counter has no staff at all. */
  | 'firstRun'
  /** Entries of other counters that sync brings in: a system write, no person acts. */
  | 'syncIntake'
  /** A bare audit line (sign-in attempt, sign-out, a refusal): the log must take it from anyone. */
  | 'auditLine'
  /** One's own PIN: any active member. */
  | 'ownPin';

/** A permission, any one of several, or a special rule. */
export type CommandRule = Permission | readonly Permission[] | { readonly special: SpecialRule };

const FIRST_RUN = { special: 'firstRun' } as const;
const SYNC_INTAKE = { special: 'syncIntake' } as const;
const AUDIT_LINE = { special: 'auditLine' } as const;
const OWN_PIN = { special: 'ownPin' } as const;

/** The desk and the technician the call was sent to (the call itself is checked by the command: own jobs only). */
const DESK_OR_TECHNICIAN: readonly Permission[] = ['service.register', 'service.jobs'];

export const COMMAND_PERMISSIONS = {
  'setup.firstRun': FIRST_RUN,
  'audit.line': AUDIT_LINE,
  'staff.create': 'staff.manage',
  'staff.update': 'staff.manage',
  'staff.resetPin': 'staff.manage',
  'staff.changeOwnPin': OWN_PIN,
  'settings.desk': 'settings.manage',
  /** A restored database's first line: by a supervisor the restored staff list knows. */
  'backup.restore': 'settings.manage',

  'sync.intake': SYNC_INTAKE,
  'sync.join': SYNC_INTAKE,
  'sync.projectAfterUpdate': SYNC_INTAKE,

  'storage.deposit': 'storage.work',
  'storage.release': 'storage.work',
  'storage.moveToLostFound': 'storage.work',
  'storage.print': 'storage.work',
  'lostFound.register': 'lostFound.work',
  'lostFound.claim': 'lostFound.work',
  'lostFound.dispose': 'lostFound.work',
  'lostFound.print': 'lostFound.work',
  // The locker map is the store's layout: a settings matter.
  'lockers.defineBank': 'settings.manage',
  'lockers.setState': 'lockers.work',
  'lockers.assistedOpen': 'lockers.work',
  'lockers.clearOvernight': 'lockers.work',

  'returns.register': 'returns.work',
  'returns.reverse': 'returns.work',
  'returns.print': 'returns.work',
  'returns.changePolicy': 'settings.manage',

  'gifts.handOut': 'gifts.work',
  'gifts.reverseHandout': 'gifts.work',
  'gifts.print': 'gifts.work',
  // A count taken off is approved by a supervisor at the clerk's session ('gifts.adjustStock').
  'gifts.adjustStock': 'gifts.work',
  // Campaigns, their deliveries and draws are run from the campaigns screen (desk lead and above).
  'campaigns.define': 'campaigns.manage',
  'campaigns.close': 'campaigns.manage',
  'campaigns.receiveStock': 'campaigns.manage',
  'campaigns.print': 'campaigns.manage',
  'draws.record': 'campaigns.manage',
  'draws.prizeHandedOut': 'campaigns.manage',
  'draws.print': 'campaigns.manage',

  // Which step a role may take is the complaint workflow's table (shared/domain/complaints/workflow).
  'complaints.record': 'complaints.work',
  'complaints.step': 'complaints.work',
  'complaints.print': 'complaints.work',
  'complaints.changeLimits': 'settings.manage',
  'complaints.changePointsRule': 'settings.manage',
  'complaints.changeCalendar': 'settings.manage',
  'complaints.recordCustomerCount': 'reports.view',

  'service.registerCall': 'service.register',
  'service.setAppointment': 'service.register',
  'service.cancelCall': 'service.register',
  'service.dispatch': 'service.dispatch',
  'service.acceptJob': 'service.jobs',
  'service.recordVisit': DESK_OR_TECHNICIAN,
  'service.recordQuote': DESK_OR_TECHNICIAN,
  'service.recordFollowUp': 'service.register',
  'service.recordOpinion': 'service.register',
  'service.receiveGoods': 'service.register',
  'service.printGoodsReceipt': 'service.register',
  'service.recordRepair': DESK_OR_TECHNICIAN,
  'service.checkRepair': 'service.dispatch',
  'service.returnGoods': 'service.register',
  'service.printVoucher': ['service.register', 'service.dispatch', 'service.jobs'],
  'service.setTechnicianProfile': 'service.dispatch',
  'service.signContract': 'service.register',
  'service.renewContract': 'service.register',
  'service.signDay': 'service.dispatch',

  'surveys.send': 'surveys.work',
  'surveys.recordReturn': 'surveys.work',
  'surveys.remind': 'surveys.work',

  'invoices.request': 'invoices.work',
  'invoices.issue': 'invoices.work',
  'invoices.cancel': 'invoices.work',
  'invoices.print': 'invoices.work',

  // 公益赞助: a lead records the event (a supervisor approves what the store gives) and hands it over.
  'charity.define': 'charity.manage',
  'charity.handOut': 'charity.manage',
  'charity.print': 'charity.manage',

  'enquiries.log': 'enquiries.work',
  'enquiries.recordReply': 'enquiries.work',
  'enquiries.recordTold': 'enquiries.work',

  'preOrders.take': 'preOrders.work',
  'preOrders.confirm': 'preOrders.work',
  'preOrders.ready': 'preOrders.work',
  'preOrders.pickUp': 'preOrders.work',
  'preOrders.cancel': 'preOrders.work',
  'preOrders.print': 'preOrders.work',

  'day.close': 'day.close',

  // 主管助理: who names an assistant is also checked by role (an assistant cannot name others, shared/domain/acting/rules).
  'acting.name': 'staff.manage',
  'acting.end': 'staff.manage',
} as const satisfies Record<string, CommandRule>;

export type DeskCommand = keyof typeof COMMAND_PERMISSIONS;

export type CommandRefusal =
  /** The session names no staff member this counter knows. */
  | 'unknownMember'
  | 'inactive'
  | 'roleNotAllowed'
  /** First run on a counter that already has staff. */
  | 'alreadySetUp';

function permissionsOf(rule: Permission | readonly Permission[]): readonly Permission[] {
  return typeof rule === 'string' ? [rule] : rule;
}

function isSpecial(rule: CommandRule): rule is { readonly special: SpecialRule } {
  return typeof rule === 'object' && 'special' in rule;
}

/** Whether a person of `role` may run `command` at all (what a screen offers); the write path also checks the member is active. */
export function roleMayRun(role: Role, command: DeskCommand): boolean {
  const rule: CommandRule = COMMAND_PERMISSIONS[command];
  // The first run and sync are nobody's to run from a screen.
  if (isSpecial(rule)) return rule.special === 'auditLine' || rule.special === 'ownPin';
  return permissionsOf(rule).some((p) => can(role, p));
}

/** Whether the refusal of `command` depends on how many staff the counter has (the first run's only): the write path counts them only then. */
export function refusalCountsStaff(command: DeskCommand): boolean {
  const rule: CommandRule = COMMAND_PERMISSIONS[command];
  return isSpecial(rule) && rule.special === 'firstRun';
}

/**
 * Why the member signed in (`actor`, read by the write path from the
 * session) may not run `command`; undefined when they may. `staffCount` is
 * how many staff the counter has (the first run is for an empty one only).
 */
export function commandRefusal(command: DeskCommand, actor: StaffMember | undefined, staffCount: number, acting?: ActingCheck): CommandRefusal | undefined {
  return commandStanding(command, actor, staffCount, acting).refusal;
}

/** The actor's acting windows (主管助理) and the time they are judged at; the write path reads only the actor's windows not yet over. */
export interface ActingCheck {
  readonly windows: readonly ActingWindow[];
  readonly now: number;
}

/** Whether the command is refused, and when allowed only through an open acting window, the supervisor the actor stands in for. */
export interface CommandStanding {
  readonly refusal?: CommandRefusal | undefined;
  readonly actingFor?: string | undefined;
}

/** Whether an open acting window could allow `command` to someone whose own role does not: the write path reads the actor's windows only then. */
export function actingCouldAllow(command: DeskCommand): boolean {
  const rule: CommandRule = COMMAND_PERMISSIONS[command];
  return !isSpecial(rule) && permissionsOf(rule).some(actingLends);
}

/**
 * The one judgement of a command for the member the session names: their
 * role's permissions, or the supervisor's lent by an acting window open at
 * `acting.now` (never a store manager's, never managing staff).
 */
export function commandStanding(command: DeskCommand, actor: StaffMember | undefined, staffCount: number, acting?: ActingCheck): CommandStanding {
  const rule: CommandRule = COMMAND_PERMISSIONS[command];
  if (isSpecial(rule)) {
    if (rule.special === 'firstRun') return { refusal: staffCount === 0 ? undefined : 'alreadySetUp' };
    if (rule.special === 'syncIntake' || rule.special === 'auditLine') return {};
  }
  if (!actor) return { refusal: 'unknownMember' };
  if (!actor.active) return { refusal: 'inactive' };
  if (roleMayRun(actor.role, command)) return {};
  const open = acting && actingCouldAllow(command) ? actingWindowFor(actor, acting.windows, acting.now) : undefined;
  return open ? { actingFor: open.actingFor } : { refusal: 'roleNotAllowed' };
}
