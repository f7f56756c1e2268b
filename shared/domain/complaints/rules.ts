import { calendarDataFromChineseDays } from '../calendar/chineseDays';
import { withProvisionalYears } from '../calendar/provisional';
import type { CalendarState } from '../calendar/record';
import { DEFAULT_WORKING_HOURS, toWorkingCalendar, type WorkingCalendar, type WorkingHours } from '../calendar/types';
import { DEFAULT_TIME_ZONE } from '../clock';
import type { StoreProfile } from '../store';
import { DEFAULT_DEADLINE_POLICY, type ComplaintDeadlinePolicy } from './policy';
import { DEFAULT_POINTS_RULE, type PointsRule } from './responsibility';

/** Everything the complaint rules read from the store's settings: limits, calendar, hours, zone, points. */
export interface ComplaintRules {
  readonly policy: ComplaintDeadlinePolicy;
  readonly calendar: WorkingCalendar;
  readonly pointsRule: PointsRule;
  /** True while no supervisor has saved a calendar: the official days of `chinese-days` apply. */
  readonly calendarIsDefault: boolean;
}

let officialCalendar: WorkingCalendar | undefined;

/** The official days of every year the package carries (later years provisional); built once, it is asked many times. */
export function officialWorkingCalendar(): WorkingCalendar {
  officialCalendar ??= withProvisionalYears(toWorkingCalendar(calendarDataFromChineseDays()));
  return officialCalendar;
}

/**
 * One home for how the settings combine: the policy rows from the store
 * (DOMAIN defaults until edited), the calendar with the years not yet
 * entered counted provisionally, the working hours from the calendar
 * record (one place to edit them), the zone from the store.
 */
export function complaintRulesOf(profile: StoreProfile | undefined, calendarState: CalendarState | undefined): ComplaintRules {
  const hours: WorkingHours = calendarState?.hours ?? DEFAULT_WORKING_HOURS;
  return {
    policy: {
      rows: profile?.complaintPolicy ?? DEFAULT_DEADLINE_POLICY.rows,
      workingHours: hours,
      timeZone: profile?.timeZone ?? DEFAULT_TIME_ZONE,
    },
    calendar: calendarState ? withProvisionalYears(toWorkingCalendar(calendarState.calendar)) : officialWorkingCalendar(),
    pointsRule: profile?.pointsRule ?? DEFAULT_POINTS_RULE,
    calendarIsDefault: calendarState === undefined,
  };
}
