import { DEFAULT_TIME_ZONE } from '../clock';
import { DEFAULT_WORKING_HOURS, type WorkingHours } from '../calendar/types';
import { workingHoursProblem } from '../calendar/validate';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, type ComplaintCategory, type ComplaintSeverity } from './types';

/**
 * The time limits a complaint runs against (DOMAIN §4). Each is met by a
 * step of the workflow:
 * - firstContact: someone speaks to the customer (a desk complaint is met at once);
 * - onSite: someone is on site (urgent/safety);
 * - departmentContact / departmentContactLatest: after assignment, the
 *   department contacts the customer (target 30 min, ceiling 4 h);
 * - classification: cause and responsible person found (investigation);
 * - solution: a resolution is proposed;
 * - resolved: the resolution is carried out (a general complaint: 2 days);
 * - followUp: the follow-up visit, the same day the resolution is carried out.
 */
export const DEADLINE_KINDS = [
  'firstContact',
  'onSite',
  'departmentContact',
  'departmentContactLatest',
  'classification',
  'solution',
  'resolved',
  'followUp',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * minutes/hours/days: clock time. workingHours/workingDays: working time of
 * the store's calendar and hours. endOfDay: by the close of the store day,
 * 1 = the same day, 2 = the next day.
 */
export const LIMIT_UNITS = ['minutes', 'hours', 'days', 'workingHours', 'workingDays', 'endOfDay'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export interface DeadlineLimit {
  readonly amount: number;
  readonly unit: LimitUnit;
}

/** A policy row's limits; `solutionMultiDepartment` replaces `solution` when several departments are assigned. */
export const POLICY_LIMIT_KEYS = [...DEADLINE_KINDS, 'solutionMultiDepartment'] as const;
export type PolicyLimitKey = (typeof POLICY_LIMIT_KEYS)[number];

/** An absent limit is not tracked for that row (on-site only for urgent ones, for example). */
export type DeadlineLimits = Partial<Record<PolicyLimitKey, DeadlineLimit>>;

export interface DeadlinePolicyRow {
  readonly category: ComplaintCategory;
  readonly severity: ComplaintSeverity;
  readonly limits: DeadlineLimits;
}

/** Category x severity -> limits, with the hours and zone working-time limits are counted in. */
export interface ComplaintDeadlinePolicy {
  readonly rows: readonly DeadlinePolicyRow[];
  readonly workingHours: WorkingHours;
  readonly timeZone: string;
}

/** DOMAIN §4 defaults, the same for every category. */
export function defaultLimits(severity: ComplaintSeverity): DeadlineLimits {
  const common: DeadlineLimits = {
    firstContact: { amount: 1, unit: 'hours' },
    departmentContact: { amount: 30, unit: 'minutes' },
    departmentContactLatest: { amount: 4, unit: 'hours' },
    classification: { amount: 24, unit: 'hours' },
    solution: { amount: severity === 'normal' ? 3 : 5, unit: 'workingDays' },
    solutionMultiDepartment: { amount: 7, unit: 'workingDays' },
    followUp: { amount: 1, unit: 'endOfDay' },
  };
  if (severity === 'urgent') return { ...common, onSite: { amount: 10, unit: 'minutes' } };
  // "A general complaint is solved within 2 days": only the normal ones carry a limit on carrying out.
  if (severity === 'normal') return { ...common, resolved: { amount: 2, unit: 'days' } };
  return common;
}

export const DEFAULT_DEADLINE_POLICY: ComplaintDeadlinePolicy = {
  rows: COMPLAINT_CATEGORIES.flatMap((category) => COMPLAINT_SEVERITIES.map((severity) => ({ category, severity, limits: defaultLimits(severity) }))),
  workingHours: DEFAULT_WORKING_HOURS,
  timeZone: DEFAULT_TIME_ZONE,
};

/** The row for a complaint; a row missing from an edited table falls back to the defaults, so no limit is silently lost. */
export function limitsFor(policy: ComplaintDeadlinePolicy, category: ComplaintCategory, severity: ComplaintSeverity): DeadlineLimits {
  return policy.rows.find((r) => r.category === category && r.severity === severity)?.limits ?? defaultLimits(severity);
}

const CLOCK_MINUTES: Partial<Record<LimitUnit, number>> = { minutes: 1, hours: 60, days: 24 * 60 };

export type PolicyProblem =
  | { readonly kind: 'limitNotPositive'; readonly row: number; readonly key: PolicyLimitKey }
  | { readonly kind: 'missingRow'; readonly category: ComplaintCategory; readonly severity: ComplaintSeverity }
  | { readonly kind: 'duplicateRow'; readonly row: number }
  | { readonly kind: 'departmentContactAfterLatest'; readonly row: number }
  | { readonly kind: 'workingHours' };

/** Every limit a positive whole number, one row per category and severity, the 30-minute target not beyond the 4-hour ceiling. */
export function policyProblems(policy: ComplaintDeadlinePolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Set<string>();
  policy.rows.forEach((row, index) => {
    const key = `${row.category}/${row.severity}`;
    if (seen.has(key)) problems.push({ kind: 'duplicateRow', row: index });
    seen.add(key);
    for (const k of POLICY_LIMIT_KEYS) {
      const limit = row.limits[k];
      if (limit && !(Number.isInteger(limit.amount) && limit.amount > 0)) problems.push({ kind: 'limitNotPositive', row: index, key: k });
    }
    const target = row.limits.departmentContact;
    const latest = row.limits.departmentContactLatest;
    const tMin = target && CLOCK_MINUTES[target.unit];
    const lMin = latest && CLOCK_MINUTES[latest.unit];
    if (target && latest && tMin && lMin && target.amount * tMin > latest.amount * lMin) {
      problems.push({ kind: 'departmentContactAfterLatest', row: index });
    }
  });
  for (const category of COMPLAINT_CATEGORIES) {
    for (const severity of COMPLAINT_SEVERITIES) {
      if (!seen.has(`${category}/${severity}`)) problems.push({ kind: 'missingRow', category, severity });
    }
  }
  if (workingHoursProblem(policy.workingHours)) problems.push({ kind: 'workingHours' });
  return problems;
}
