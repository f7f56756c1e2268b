import type { Entry } from './entry';

/** Roles at the desk (DOMAIN: who uses it). The store manager (店长) is the third escalation level of complaints and approves the major ones. */
export const ROLES = ['clerk', 'lead', 'supervisor', 'storeManager', 'technician'] as const;
export type Role = (typeof ROLES)[number];

/** What a role may do on its own; approvals are separate (see canApprove). */
export type Permission =
  | 'storage.work'
  | 'lostFound.work'
  | 'lockers.work'
  | 'staff.manage'
  | 'settings.manage'
  | 'log.review'
  | 'returns.work'
  | 'gifts.work'
  | 'campaigns.manage'
  | 'reports.view'
  | 'complaints.work'
  | 'complaints.responsibility'
  /** Take a service call (叫修登记), agree and move its visit, record the visit's outcome at the desk. */
  | 'service.register'
  /** Dispatch calls, set technicians' areas and skills: the service supervisor (服务主任). */
  | 'service.dispatch'
  /** A technician's own jobs: accept, print the voucher. */
  | 'service.jobs'
  /** Satisfaction surveys (满意度调查) of closed complaints and calls: send, chase, record the return. */
  | 'surveys.work'
  /** 开具发票: take invoice requests for receipts, record the number the tax system issued, cancel a request, print its slip. */
  | 'invoices.work'
  /** The phone and enquiry log (电话接听记录, 顾客咨询) and customers' suggestions (顾客建议) with their replies. */
  | 'enquiries.work'
  /** 电话预约订货 and 团体购物: take the order, move it on (confirmed, ready, picked up, cancelled), print its pickup slip. */
  | 'preOrders.work'
  /** 日结: review every counter's day and sign it (locks it). */
  | 'day.close'
  /** 报表: the supervisor's reports across areas and counters, by day, week and month. */
  | 'reports.supervisor'
  /** 公益赞助: record charity events and hand them over (what the store gives is approved by a supervisor). */
  | 'charity.manage'
  /** 顾客记录: one customer's history across the desk, by phone (leads and supervisors; a clerk does not browse customers). */
  | 'customers.history';

const SUPERVISOR: readonly Permission[] = [
  'storage.work',
  'lostFound.work',
  'lockers.work',
  'staff.manage',
  'settings.manage',
  'log.review',
  'returns.work',
  'gifts.work',
  'campaigns.manage',
  'reports.view',
  'complaints.work',
  'complaints.responsibility',
  'service.register',
  'service.dispatch',
  'surveys.work',
  'invoices.work',
  'enquiries.work',
  'preOrders.work',
  'day.close',
  'reports.supervisor',
  'customers.history',
  'charity.manage',
];

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  clerk: ['invoices.work', 'preOrders.work', 'storage.work', 'lostFound.work', 'lockers.work', 'returns.work', 'gifts.work', 'complaints.work', 'service.register', 'enquiries.work'],
  lead: ['invoices.work', 'charity.manage', 'preOrders.work', 'storage.work', 'lostFound.work', 'lockers.work', 'log.review', 'returns.work', 'gifts.work', 'campaigns.manage', 'reports.view', 'complaints.work', 'service.register', 'surveys.work', 'customers.history', 'enquiries.work'],
  supervisor: SUPERVISOR,
  // The store manager does everything a supervisor does, and is the last level above them.
  storeManager: SUPERVISOR,
  technician: ['service.jobs'],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

/** Actions a clerk cannot do alone: a supervisor enters number + PIN at the clerk's session. */
export type ApprovalAction =
  | 'storage.lostTicketRelease'
  | 'storage.moveToLostFound'
  | 'lostFound.dispose'
  | 'lockers.assistedOpen'
  | 'returns.exception'
  | 'returns.reverse'
  | 'gifts.adjustStock'
  | 'gifts.reverse'
  /** Goods back from the workshop to a customer who lost their goods receipt: identity checked, a supervisor approves. */
  | 'service.lostReceiptReturn'
  /** 服务主任日报表: signed by the manager with number and PIN. */
  | 'service.signDay'
  /** 公益赞助: goods from the gift stock or money leave the store without a sale, as a stock taken off the books does. */
  | 'charity.approveEvent'
  /** 日结: the supervisor signs the day with number and PIN. */
  | 'day.close';

/** A supervisor or the store manager above them. */
export function isSupervisor(role: Role): boolean {
  return role === 'supervisor' || role === 'storeManager';
}

export function canApprove(role: Role, _action: ApprovalAction): boolean {
  return isSupervisor(role);
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

export interface StaffCreatedData {
  readonly staffNo: string;
  readonly name: string;
  readonly role: Role;
  readonly pinHash: string;
  readonly pinSalt: string;
}

export interface StaffUpdatedData {
  readonly name?: string | undefined;
  readonly role?: Role | undefined;
  readonly active?: boolean | undefined;
}

export interface StaffPinChangedData {
  readonly pinHash: string;
  readonly pinSalt: string;
}

export type StaffEntry =
  | Entry<'created', StaffCreatedData>
  | Entry<'updated', StaffUpdatedData>
  | Entry<'pinChanged', StaffPinChangedData>;

export const STAFF_SCHEMA_VERSION = 1;

export function applyStaffEntry(member: StaffMember | undefined, e: StaffEntry): StaffMember | undefined {
  if (e.schemaVersion > STAFF_SCHEMA_VERSION) return member;
  if (e.type === 'created') {
    if (member) return member;
    return { ...e.data, active: true, createdAt: e.at, updatedAt: e.at };
  }
  if (!member) return member;
  if (e.type === 'pinChanged') return { ...member, ...e.data, updatedAt: e.at };
  return {
    ...member,
    name: e.data.name ?? member.name,
    role: e.data.role ?? member.role,
    active: e.data.active ?? member.active,
    updatedAt: e.at,
  };
}
