import { surveyFigures, RETURN_RATE_TARGET } from '../surveys/figures';
import type { Survey, SurveySubject } from '../surveys/types';
import { takenAt } from './counterOf';
import { mean, percent, shareFigure } from './figures';
import { R, SECTION_TITLES } from './labels';
import type { Label, ReportSection } from './model';

/** What the report reads of a survey. */
export type SurveyFigureRow = Pick<Survey, 'subject' | 'subjectNumber' | 'keyCustomer' | 'sentAt' | 'returnedAt' | 'score'>;

export interface SatisfactionInput {
  /** Surveys sent in the period. */
  readonly surveys: readonly SurveyFigureRow[];
  /** Which subjects the report covers: both, or the area's own. */
  readonly subjects: readonly SurveySubject[];
  readonly counter?: string | undefined;
  /** Complaint follow-up ratings (1–5), when complaints are covered. */
  readonly complaintRatings?: { readonly sum: number; readonly count: number } | undefined;
  /** Opinion card averages (1–4), when service is covered. */
  readonly opinionCards?: { readonly sum: number; readonly count: number } | undefined;
}

const SUBJECT_LABELS: Readonly<Record<SurveySubject, Label>> = { complaint: R.surveyComplaint, serviceCall: R.surveyServiceCall };

const isSatisfied = (s: SurveyFigureRow) => s.score === 'verySatisfied' || s.score === 'satisfied';

/**
 * 满意度与回访调查: the surveys sent in the period (to the subjects' counter)
 * and how many came back against the 80% target, every key customer's back
 * or not, the satisfied share of those returned, beside the complaint
 * follow-up rating and the service opinion cards.
 */
export function satisfactionSection(input: SatisfactionInput): ReportSection {
  const surveys = input.surveys.filter((s) => input.subjects.includes(s.subject) && takenAt(s.subjectNumber, input.counter));
  const all = surveyFigures(surveys);
  const returned = surveys.filter((s) => s.returnedAt > 0);
  const bySubject = input.subjects.map((subject) => ({ subject, figures: surveyFigures(surveys.filter((s) => s.subject === subject)) }));
  return {
    id: 'satisfaction',
    title: SECTION_TITLES.satisfaction,
    figures: [
      { id: 'surveysSent', label: R.surveysSent, value: all.sent, unit: 'count' },
      { id: 'surveysReturned', label: R.surveysReturned, value: all.returned, unit: 'count' },
      shareFigure('returnRate', R.returnRate, all.returned, all.sent, RETURN_RATE_TARGET * 100),
      shareFigure('keyCustomers', R.keyCustomers, all.keyReturned, all.keySent, 100),
      shareFigure('surveySatisfied', R.surveySatisfied, returned.filter(isSatisfied).length, returned.length),
      ...(input.complaintRatings ? [{ id: 'complaintRating', label: R.complaintRating, value: mean(input.complaintRatings.sum, input.complaintRatings.count), unit: 'score' as const, scale: 5 }] : []),
      ...(input.opinionCards ? [{ id: 'opinionAverage', label: R.opinionAverage, value: mean(input.opinionCards.sum, input.opinionCards.count), unit: 'score' as const, scale: 4 }] : []),
    ],
    tables: [
      {
        id: 'bySubject',
        title: R.subject,
        columns: [
          { label: R.subject, unit: 'label' },
          { label: R.sent, unit: 'count' },
          { label: R.returned, unit: 'count' },
          { label: R.returnRate, unit: 'percent' },
          { label: R.keySent, unit: 'count' },
          { label: R.keyReturned, unit: 'count' },
        ],
        rows: bySubject.map(({ subject, figures: f }) => [
          SUBJECT_LABELS[subject],
          f.sent,
          f.returned,
          percent(f.returned, f.sent),
          f.keySent,
          f.keyReturned,
        ]),
      },
    ],
    charts: [
      {
        id: 'surveys',
        kind: 'bar',
        title: R.surveysChart,
        categories: input.subjects.map((s) => SUBJECT_LABELS[s]),
        series: [
          { label: R.sent, values: bySubject.map((b) => b.figures.sent) },
          { label: R.returned, values: bySubject.map((b) => b.figures.returned) },
        ],
        unit: 'count',
      },
    ],
    notes: [],
  };
}
