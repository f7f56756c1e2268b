import type { WorkingCalendar } from '../calendar/types';
import type { ClockSubject } from './clockEvents';
import { complaintDeadlines } from './deadlines';
import { DEADLINE_KINDS, type ComplaintDeadlinePolicy, type DeadlineKind } from './policy';
import { storeMonth } from './responsibility';
import { serviceStarCandidates, type ServiceStarCandidate } from './serviceStar';
import { lastRating, type Complaint } from './state';
import {
  CAUSE_TYPES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  type CauseType,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintSeverity,
} from './types';

export interface OnTimeRate {
  readonly met: number;
  readonly missed: number;
  /** met / (met + missed); undefined when none has been decided. */
  readonly rate?: number | undefined;
}

/** A limit's on-time rate with how long its step took on average (start to the step that met it, late or not). */
export interface LimitFigures extends OnTimeRate {
  /** Mean hours from the limit's start to its step, one decimal; undefined when no step was done. */
  readonly averageHours?: number | undefined;
}

export interface CauseCount {
  readonly cause: string;
  readonly count: number;
}

export interface MonthlyComplaintReport {
  readonly month: string;
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly byCategory: Readonly<Record<ComplaintCategory, number>>;
  readonly bySeverity: Readonly<Record<ComplaintSeverity, number>>;
  readonly byChannel: Readonly<Record<ComplaintChannel, number>>;
  /** Complaints per 10,000 customers, when the month's customer count is given. */
  readonly ratePer10k?: number | undefined;
  readonly onTime: Readonly<Record<DeadlineKind, OnTimeRate>>;
  /** Mean of each complaint's latest follow-up rating (1-5). */
  readonly averageSatisfaction?: number | undefined;
  readonly rated: number;
  /** The most frequent causes found by investigation, most frequent first. */
  readonly topCauses: readonly CauseCount[];
  readonly byCauseType: Readonly<Record<CauseType, number>>;
  /** The service star first, then the other owners of the month's complaints (see serviceStarCandidates). */
  readonly serviceStars: readonly ServiceStarCandidate[];
}

export interface MonthlyReportOptions {
  /** yyyy-MM, store-local. */
  readonly month: string;
  readonly customerCount?: number | undefined;
  readonly policy: ComplaintDeadlinePolicy;
  readonly calendar: WorkingCalendar;
  readonly now: number;
  readonly topCauses?: number | undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The star and the runners-up the report lists. */
const SERVICE_STARS_SHOWN = 5;

/** Complaints per 10,000 customers, when the month's customer count is known. */
export function complaintRatePer10k(complaints: number, customerCount: number | undefined): number | undefined {
  return customerCount !== undefined && customerCount > 0 ? round2((complaints / customerCount) * 10_000) : undefined;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Same cause typed twice differently ("价签错误 " / "价签错误") counts once. */
function normalizeCause(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

const HOUR_MS = 3_600_000;

/** Each time limit over these complaints: met and missed as of `now`, and the average time its step took. */
export function limitFigures(complaints: readonly ClockSubject[], policy: ComplaintDeadlinePolicy, calendar: WorkingCalendar, now: number): Record<DeadlineKind, LimitFigures> {
  const tally = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, { met: 0, missed: 0, doneMs: 0, done: 0 }])) as Record<DeadlineKind, { met: number; missed: number; doneMs: number; done: number }>;
  for (const c of complaints) {
    for (const d of complaintDeadlines(c, policy, calendar, now).deadlines) {
      const t = tally[d.kind];
      if (d.status === 'met') t.met += 1;
      if (d.status === 'missed') t.missed += 1;
      if (d.doneAt !== undefined) {
        t.doneMs += d.doneAt - d.startedAt;
        t.done += 1;
      }
    }
  }
  return Object.fromEntries(
    DEADLINE_KINDS.map((k) => {
      const { met, missed, doneMs, done } = tally[k];
      return [k, { met, missed, rate: met + missed > 0 ? round2(met / (met + missed)) : undefined, averageHours: done > 0 ? Math.round((doneMs / done / HOUR_MS) * 10) / 10 : undefined }];
    }),
  ) as Record<DeadlineKind, LimitFigures>;
}

/** The month's complaints (by the store-local day they were received), counted every way the supervisor reads them. */
export function monthlyComplaintReport(complaints: readonly Complaint[], options: MonthlyReportOptions): MonthlyComplaintReport {
  const { month, policy, calendar, now } = options;
  const inMonth = complaints.filter((c) => storeMonth(c.receivedAt, policy.timeZone) === month);
  const byCategory = zeros(COMPLAINT_CATEGORIES);
  const bySeverity = zeros(COMPLAINT_SEVERITIES);
  const byChannel = zeros(COMPLAINT_CHANNELS);
  const byCauseType = zeros(CAUSE_TYPES);
  const causes = new Map<string, number>();
  let valid = 0;
  let invalid = 0;
  let ratingSum = 0;
  let rated = 0;

  for (const c of inMonth) {
    byCategory[c.category] += 1;
    bySeverity[c.severity] += 1;
    byChannel[c.channel] += 1;
    if (c.validity?.valid === true) valid += 1;
    if (c.validity?.valid === false) invalid += 1;
    if (c.responsibility) byCauseType[c.responsibility.causeType] += 1;
    const cause = c.investigation ? normalizeCause(c.investigation.cause) : '';
    if (cause) causes.set(cause, (causes.get(cause) ?? 0) + 1);
    const rating = lastRating(c);
    if (rating !== undefined) {
      ratingSum += rating;
      rated += 1;
    }
  }
  const limits = limitFigures(inMonth, policy, calendar, now);

  return {
    month,
    total: inMonth.length,
    valid,
    invalid,
    byCategory,
    bySeverity,
    byChannel,
    ratePer10k: complaintRatePer10k(inMonth.length, options.customerCount),
    onTime: Object.fromEntries(DEADLINE_KINDS.map((k) => [k, { met: limits[k].met, missed: limits[k].missed, rate: limits[k].rate }])) as Record<DeadlineKind, OnTimeRate>,
    averageSatisfaction: rated > 0 ? round2(ratingSum / rated) : undefined,
    rated,
    topCauses: [...causes.entries()]
      .map(([cause, count]) => ({ cause, count }))
      .sort((a, b) => b.count - a.count || (a.cause < b.cause ? -1 : 1))
      .slice(0, options.topCauses ?? 5),
    byCauseType,
    serviceStars: serviceStarCandidates(inMonth, month, policy.timeZone).slice(0, SERVICE_STARS_SHOWN),
  };
}
