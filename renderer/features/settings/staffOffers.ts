import { ROLES, type Role, type StaffMember } from '../../../shared/domain/staff';
import { staffChangeRefusal, type StaffChange } from '../../../shared/domain/staffRules';
import { STAFF_REFUSAL_CODES } from '../../db/staff';

/** What the staff screen offers for one member: the same staff rules the write path applies, so nothing offered is then refused. */
export interface StaffOffers {
  /** The roles the role dialog lists (the current one included). */
  readonly roles: readonly Role[];
  /** Why no other role can be given, pin reset or (de)activation made: an i18n code; none when it is offered. */
  readonly roleRefusal?: string | undefined;
  readonly pinRefusal?: string | undefined;
  readonly activeRefusal?: string | undefined;
}

export function staffOffers(me: Pick<StaffMember, 'staffNo' | 'role'>, member: StaffMember, staff: readonly StaffMember[]): StaffOffers {
  const refusal = (changes: StaffChange) => {
    const reason = staffChangeRefusal(me, member, changes, staff);
    return reason && STAFF_REFUSAL_CODES[reason];
  };
  const others = ROLES.filter((r) => r !== member.role);
  const roles = ROLES.filter((r) => r === member.role || !refusal({ role: r }));
  return {
    roles,
    roleRefusal: roles.length > 1 ? undefined : others.map((r) => refusal({ role: r })).find(Boolean),
    pinRefusal: refusal({ pin: true }),
    activeRefusal: refusal({ active: !member.active }),
  };
}
