import { can, type Permission, type StaffMember } from '../../../shared/domain/staff';
import type { DeskDatabase } from '../database';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';

/** The signed-in person (from the session, never from the caller), still active and allowed `permission`; else a refusal. */
export async function allowedMember(db: DeskDatabase, ctx: DeskContext, permission: Permission): Promise<StaffMember> {
  const me = await db.staff.get(ctx.session.staffNo);
  if (!me || !me.active || !can(me.role, permission)) throw new DeskError('error.notAllowed');
  return me;
}
