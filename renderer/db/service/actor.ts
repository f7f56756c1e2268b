import { can, type Permission, type StaffMember } from '../../../shared/domain/staff';
import type { DeskDatabase } from '../database';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';

/**
 * The signed-in person (from the session, never from the caller), still
 * active and allowed `permission` (any one of them, when several); else a refusal.
 */
export async function allowedMember(db: DeskDatabase, ctx: DeskContext, permission: Permission | readonly Permission[]): Promise<StaffMember> {
  const me = await db.staff.get(ctx.session.staffNo);
  const wanted: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  if (!me || !me.active || !wanted.some((p) => can(me.role, p))) throw new DeskError('error.notAllowed');
  return me;
}
