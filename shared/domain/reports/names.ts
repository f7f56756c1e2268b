import { RETURN_REASON_LABELS } from '../returns/reasonLabels';
import type { ReturnPolicy, ReturnReason } from '../returns/types';
import type { StaffMember } from '../staff';
import type { ReportNames } from './build';
import { same, type Label } from './model';

/** The report's names for staff numbers, return reasons and product categories, as the printouts name them. */
export function reportNames(staff: readonly Pick<StaffMember, 'staffNo' | 'name'>[], policy: ReturnPolicy): ReportNames {
  const people = new Map(staff.map((s) => [s.staffNo, s.name]));
  const categories = new Map(policy.categories.map((c) => [c.code, c.name]));
  return {
    staff: (staffNo) => same(people.has(staffNo) ? `${people.get(staffNo)} (${staffNo})` : staffNo),
    reason: (code): Label => RETURN_REASON_LABELS[code as ReturnReason] ?? same(code),
    category: (code): Label => {
      const name = categories.get(code);
      return name === undefined ? same(code) : { zh: name, en: code };
    },
  };
}
