import { same, type Label } from '../../../shared/domain/reports/model';
import type { ReportNames } from '../../../shared/domain/reports/build';
import type { ReturnReason, ReturnPolicy } from '../../../shared/domain/returns/types';
import type { StaffMember } from '../../../shared/domain/staff';
import { RETURN_REASON_LABELS } from '../../print/returnLabels';

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
