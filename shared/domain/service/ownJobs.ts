import { can, type Permission, type Role } from '../staff';
import type { ServiceCall } from './types';

/**
 * Who may act on a call: the desk (and, for some acts, the service
 * supervisor) on any call; a technician only on a call sent to them (their
 * own jobs: the voucher carries the customer's phone and address).
 */
export function mayActOnCall(role: Role, staffNo: string, call: Pick<ServiceCall, 'dispatch'>, deskPermissions: readonly Permission[] = ['service.register']): boolean {
  if (deskPermissions.some((p) => can(role, p))) return true;
  return can(role, 'service.jobs') && call.dispatch?.technician === staffNo;
}
