import { isSupervisor, type Role, type StaffMember } from './staff';

/** What a change to a staff member touches; `pin` when their PIN is set anew. */
export interface StaffChange {
  readonly name?: string | undefined;
  readonly role?: Role | undefined;
  readonly active?: boolean | undefined;
  readonly pin?: boolean | undefined;
}

export type StaffChangeRefusal =
  /** Nobody changes their own role (no one promotes themself). */
  | 'ownRole'
  | 'ownActive'
  /** A store manager's role, PIN and status are changed by a store manager only. */
  | 'storeManagerOnly'
  /** The store keeps at least one active supervisor or store manager: someone must be able to approve and manage staff. */
  | 'lastSupervisor';

function approves(member: Pick<StaffMember, 'role' | 'active'>): boolean {
  return member.active && isSupervisor(member.role);
}

/**
 * Why `actor` may not make `changes` to `target`, given everyone on the
 * staff list; undefined when they may. Who may manage staff at all is the
 * permission table's (shared/domain/permissions); these are the rules about
 * whom.
 */
export function staffChangeRefusal(
  actor: Pick<StaffMember, 'staffNo' | 'role'>,
  target: StaffMember,
  changes: StaffChange,
  allStaff: readonly StaffMember[],
): StaffChangeRefusal | undefined {
  const role = changes.role ?? target.role;
  const active = changes.active ?? target.active;
  const roleChanges = role !== target.role;
  const activeChanges = active !== target.active;
  const self = actor.staffNo === target.staffNo;
  // Said first: it is the reason that stays true whoever asks.
  const after = allStaff.map((m) => (m.staffNo === target.staffNo ? { ...m, role, active } : m));
  if (approves(target) && !after.some(approves)) return 'lastSupervisor';
  if (self && roleChanges) return 'ownRole';
  if (self && activeChanges && !active) return 'ownActive';
  if (target.role === 'storeManager' && actor.role !== 'storeManager' && (roleChanges || activeChanges || changes.pin === true)) return 'storeManagerOnly';
  return undefined;
}
