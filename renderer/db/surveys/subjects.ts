import { callClosedAt, complaintClosedAt } from '../../../shared/domain/surveys/subjects';
import type { SurveySubject } from '../../../shared/domain/surveys/types';
import type { ComplaintRow, DeskDatabase, ServiceCallRow } from '../database';

/** A complaint or service call as the survey list and the send form read it. */
export interface SurveySubjectRow {
  readonly subject: SurveySubject;
  readonly subjectId: string;
  readonly number: string;
  /** undefined while the complaint or call is open (or the call was cancelled). */
  readonly closedAt: number | undefined;
  readonly customerName: string;
  /** Phone, e-mail or other contact the survey goes to ('' when the complainant left none). */
  readonly contact: string;
}

export function complaintSubject(c: ComplaintRow): SurveySubjectRow {
  const { phone, email, other } = c.complainant.contact;
  return { subject: 'complaint', subjectId: c.id, number: c.number, closedAt: complaintClosedAt(c), customerName: c.complainant.name ?? '', contact: phone ?? email ?? other ?? '' };
}

export function callSubject(c: ServiceCallRow): SurveySubjectRow {
  return { subject: 'serviceCall', subjectId: c.id, number: c.number, closedAt: callClosedAt(c), customerName: c.customer.name, contact: c.customer.phone };
}

export async function readSubject(db: DeskDatabase, subject: SurveySubject, subjectId: string): Promise<SurveySubjectRow | undefined> {
  if (subject === 'complaint') {
    const c = await db.complaints.get(subjectId);
    return c && complaintSubject(c);
  }
  const c = await db.serviceCalls.get(subjectId);
  return c && callSubject(c);
}
