import type { WorkingCalendar } from '../calendar/types';
import type { ClockSubject } from '../complaints/clockEvents';
import type { ComplaintDeadlinePolicy } from '../complaints/policy';
import { complaintRatePer10k, limitFigures, type LimitFigures } from '../complaints/report';
import { lastRating, type Complaint } from '../complaints/state';
import { takenAt } from './counterOf';
import { percent, shareFigure } from './figures';
import { R, SECTION_TITLES } from './labels';
import type { Cell, Figure, Label, ReportSection } from './model';

/** What the report reads of a complaint: what its time limits are computed from, its number and its latest rating. */
export type ComplaintFigureRow = ClockSubject & {
  readonly number: string;
  readonly receivedAt: number;
  /** The latest follow-up's rating (1–5). */
  readonly rating?: number | undefined;
};

export function complaintFigureRowOf(c: Complaint): ComplaintFigureRow {
  return {
    number: c.number,
    receivedAt: c.receivedAt,
    rating: lastRating(c),
    category: c.category,
    severity: c.severity,
    status: c.status,
    escalationLevel: c.escalationLevel,
    pauses: c.pauses,
    clockEvents: c.clockEvents,
    assignment: c.assignment && { departments: c.assignment.departments },
  };
}

export interface ComplaintFigureOptions {
  readonly policy: ComplaintDeadlinePolicy;
  readonly calendar: WorkingCalendar;
  readonly now: number;
  /** The period's customers (see periodCustomers); undefined = no count recorded. */
  readonly customers: number | undefined;
  readonly counter?: string | undefined;
}

export interface ComplaintFigures {
  readonly section: ReportSection;
  /** The follow-up ratings, for the satisfaction section. */
  readonly ratingSum: number;
  readonly rated: number;
}

const limitRow = (label: Label, l: LimitFigures): Cell[] => [label, l.met, l.missed, percent(l.met, l.met + l.missed), l.averageHours];

/**
 * 投诉处理时限: complaints received in the period (by the counter that took
 * them), first contact (response) and solution proposed against their
 * limits, as on-time shares and average hours, and the rate per 10,000
 * customers. Limits come from the same rule the queue and the monthly
 * complaints report use.
 */
export function complaintFigures(rows: readonly ComplaintFigureRow[], options: ComplaintFigureOptions): ComplaintFigures {
  const mine = rows.filter((c) => takenAt(c.number, options.counter));
  const limits = limitFigures(mine, options.policy, options.calendar, options.now);
  const response = limits.firstContact;
  const solution = limits.solution;
  let ratingSum = 0;
  let rated = 0;
  for (const c of mine) {
    if (c.rating === undefined) continue;
    ratingSum += c.rating;
    rated += 1;
  }
  const figures: Figure[] = [
    { id: 'complaints', label: R.complaintsReceived, value: mine.length, unit: 'count' },
    shareFigure('responseOnTime', R.responseOnTime, response.met, response.met + response.missed),
    { id: 'responseHours', label: R.responseHours, value: response.averageHours, unit: 'hours' },
    shareFigure('solutionOnTime', R.solutionOnTime, solution.met, solution.met + solution.missed),
    { id: 'solutionHours', label: R.solutionHours, value: solution.averageHours, unit: 'hours' },
    { id: 'customers', label: R.customers, value: options.customers, unit: 'count' },
    { id: 'ratePer10k', label: R.ratePer10k, value: complaintRatePer10k(mine.length, options.customers), unit: 'per10k' },
  ];
  const section: ReportSection = {
    id: 'complaints',
    title: SECTION_TITLES.complaints,
    figures,
    tables: [
      {
        id: 'limits',
        title: R.limitsChart,
        columns: [
          { label: R.limit, unit: 'label' },
          { label: R.met, unit: 'count' },
          { label: R.missed, unit: 'count' },
          { label: R.rate, unit: 'percent' },
          { label: R.averageHours, unit: 'hours' },
        ],
        rows: [limitRow(R.response, response), limitRow(R.solution, solution)],
      },
    ],
    charts: [
      {
        id: 'limits',
        kind: 'bar',
        title: R.limitsChart,
        categories: [R.response, R.solution],
        series: [
          { label: R.met, values: [response.met, solution.met] },
          { label: R.missed, values: [response.missed, solution.missed] },
        ],
        unit: 'count',
      },
    ],
    notes: [R.customersProRata],
  };
  return { section, ratingSum, rated };
}
