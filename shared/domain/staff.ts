/** Roles at the desk (DOMAIN: who uses it). */
export const ROLES = ['clerk', 'lead', 'supervisor', 'technician'] as const;
export type Role = (typeof ROLES)[number];

/** What a role may do on its own; approvals are separate (see canApprove). */
export type Permission =
  | 'storage.work'
  | 'lostFound.work'
  | 'lockers.work'
  | 'staff.manage'
  | 'settings.manage'
  | 'log.review';

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  clerk: ['storage.work', 'lostFound.work', 'lockers.work'],
  lead: ['storage.work', 'lostFound.work', 'lockers.work', 'log.review'],
  supervisor: ['storage.work', 'lostFound.work', 'lockers.work', 'staff.manage', 'settings.manage', 'log.review'],
  technician: [],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

/** Actions a clerk cannot do alone: a supervisor enters number + PIN at the clerk's session. */
export type ApprovalAction =
  | 'storage.lostTicketRelease'
  | 'storage.moveToLostFound'
  | 'lostFound.dispose'
  | 'lockers.assistedOpen';

export function canApprove(role: Role, _action: ApprovalAction): boolean {
  return role === 'supervisor';
}

export interface StaffMember {
  readonly staffNo: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
  readonly pinHash: string;
  readonly pinSalt: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const STAFF_NO_PATTERN = /^[0-9A-Za-z]{1,12}$/;
export const PIN_PATTERN = /^\d{4,8}$/;
