import { surveyFigures, type SurveyFigures } from '../../../shared/domain/surveys/figures';
import { surveyId, surveyState, type SurveyState } from '../../../shared/domain/surveys/rules';
import type { Survey } from '../../../shared/domain/surveys/types';
import type { DeskDatabase } from '../database';
import { callSubject, complaintSubject, type SurveySubjectRow } from './subjects';

export interface SurveyListRow extends SurveySubjectRow {
  readonly closedAt: number;
  readonly survey?: Survey | undefined;
  readonly state: SurveyState;
  /** A key customer's survey that is still out: listed first and highlighted. */
  readonly keyOut: boolean;
}

export interface SurveyList {
  readonly rows: readonly SurveyListRow[];
  /** Of the surveys of these complaints and calls. */
  readonly figures: SurveyFigures;
}

/**
 * 满意度调查: the complaints and service calls closed from `from` to `to`
 * (UTC ms, end excluded) with their survey. Key customers' surveys still out
 * come first; then the oldest close first.
 */
export async function readSurveyList(db: DeskDatabase, from: number, to: number): Promise<SurveyList> {
  const inRange = (s: SurveySubjectRow): s is SurveySubjectRow & { readonly closedAt: number } => s.closedAt !== undefined && s.closedAt >= from && s.closedAt < to;
  // Complaints have no close index: the closed ones are read and their close time picked (see complaintClosedAt).
  const [complaints, calls] = await Promise.all([db.complaints.where('status').equals('closed').toArray(), db.serviceCalls.where('closedAt').between(from, to, true, false).toArray()]);
  const subjects = [...complaints.map(complaintSubject), ...calls.map(callSubject)].filter(inRange);
  const surveys = await db.surveys.bulkGet(subjects.map((s) => surveyId(s.subject, s.subjectId)));
  const rows = subjects.map((s, i): SurveyListRow => {
    const survey = surveys[i];
    const state = surveyState(survey);
    return { ...s, survey, state, keyOut: state === 'out' && survey?.keyCustomer === true };
  });
  rows.sort((a, b) => Number(b.keyOut) - Number(a.keyOut) || a.closedAt - b.closedAt || (a.number < b.number ? -1 : 1));
  return { rows, figures: surveyFigures(rows.flatMap((r) => r.survey ?? [])) };
}
