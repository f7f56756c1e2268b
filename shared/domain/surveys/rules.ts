import { dayRange, storeDay } from '../clock';
import { SURVEY_SUBJECTS, type Survey, type SurveySubject } from './types';

/** The survey's record id: one per subject, the same on every counter. */
export function surveyId(subject: SurveySubject, subjectId: string): string {
  return `${subject}:${subjectId}`;
}

/** The subject a survey's record id names (undefined for an id this build does not read so). */
export function surveySubjectOfId(id: string): SurveySubject | undefined {
  const colon = id.indexOf(':');
  return colon < 0 ? undefined : SURVEY_SUBJECTS.find((s) => s === id.slice(0, colon));
}

export type SurveyState = 'notSent' | 'out' | 'returned';

export function surveyState(survey: Pick<Survey, 'returnedAt'> | undefined): SurveyState {
  if (!survey) return 'notSent';
  return survey.returnedAt > 0 ? 'returned' : 'out';
}

/** A survey goes out only about a closed complaint or call, and only once. */
export function sendRefusal(subjectClosed: boolean, existing: Survey | undefined): 'subjectNotClosed' | 'alreadySent' | undefined {
  if (!subjectClosed) return 'subjectNotClosed';
  return existing ? 'alreadySent' : undefined;
}

/** A survey comes back only after it was sent, once, and not before the send. */
export function returnRefusal(survey: Pick<Survey, 'sentAt' | 'returnedAt'> | undefined, returnedAt: number): 'notSent' | 'alreadyReturned' | 'returnBeforeSent' | undefined {
  if (!survey) return 'notSent';
  if (survey.returnedAt > 0) return 'alreadyReturned';
  return returnedAt < survey.sentAt ? 'returnBeforeSent' : undefined;
}

/** A chase is for a survey that is out. */
export function reminderRefusal(survey: Pick<Survey, 'returnedAt'> | undefined): 'notSent' | 'alreadyReturned' | undefined {
  if (!survey) return 'notSent';
  return survey.returnedAt > 0 ? 'alreadyReturned' : undefined;
}

/**
 * The instant of a return the desk dates by its store day: today is now; an
 * earlier day is that day's last instant (it came back during it), so a
 * survey sent and returned on the same earlier day is never back before it
 * went out. Undefined for a day after today or not a date.
 */
export function returnInstant(day: string, now: number, timeZone: string): number | undefined {
  const today = storeDay(now, timeZone);
  if (day > today) return undefined;
  if (day === today) return now;
  const range = dayRange(day, timeZone);
  return range ? range.to - 1 : undefined;
}
