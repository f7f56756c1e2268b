import type { CalendarState } from '../calendar/record';
import { complaintRulesOf } from '../complaints/rules';
import { memoTarget } from '../service/arrivalTarget';
import type { StaffMember } from '../staff';
import { returnPolicyOf, type StoreProfile } from '../store';
import { buildSupervisorReport, type ReportRows } from './build';
import type { ReportScope, SupervisorReport } from './model';
import { reportNames } from './names';
import type { ReportPeriod } from './period';

/** A store's report rows and what its rules and names come from: read at a counter, or projected from entries at head office. */
export interface StoreReportSource {
  readonly rows: ReportRows;
  readonly profile: StoreProfile | undefined;
  readonly calendar: CalendarState | undefined;
  readonly staff: readonly Pick<StaffMember, 'staffNo' | 'name'>[];
}

/**
 * A store's report from its rows, held to that store's own rules (limits,
 * calendar, working hours, zone) and named with its own staff and
 * categories: the counter and the head office build it the same way.
 */
export function storeReport(source: StoreReportSource, period: ReportPeriod, scope: ReportScope, now: number): SupervisorReport {
  const rules = complaintRulesOf(source.profile, source.calendar);
  return buildSupervisorReport(
    source.rows,
    period,
    scope,
    {
      policy: rules.policy,
      calendar: rules.calendar,
      arrivalTarget: memoTarget({ calendar: rules.calendar, hours: rules.policy.workingHours, timeZone: rules.policy.timeZone }),
      now,
    },
    reportNames(source.staff, returnPolicyOf(source.profile)),
  );
}
