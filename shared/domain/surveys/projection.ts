import type { ActionStamp } from '../storage/types';
import { returnRefusal } from './rules';
import { SURVEY_SCHEMA_VERSION, type Survey, type SurveyConflictReason, type SurveyEntry } from './types';

/**
 * Applies one survey entry, in the shared order. A second send (another
 * counter, offline), a second return or a return dated before the send is
 * not applied: it is kept on the survey as a conflict for a supervisor.
 */
export function applySurveyEntry(survey: Survey | undefined, e: SurveyEntry): Survey | undefined {
  if (e.schemaVersion > SURVEY_SCHEMA_VERSION) return survey;
  const stamp: ActionStamp = { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
  const conflict = (s: Survey, reason: SurveyConflictReason): Survey => ({ ...s, conflicts: [...s.conflicts, { ...stamp, entryId: e.id, reason }] });
  if (e.type === 'sent') {
    if (survey) return conflict(survey, 'alreadySent');
    const { subject, subjectId, subjectNumber, keyCustomer, channel } = e.data;
    return { id: e.recordId, subject, subjectId, subjectNumber, keyCustomer, channel, sentAt: e.at, returnedAt: 0, sent: stamp, reminders: [], conflicts: [] };
  }
  // Nothing sent here yet: nowhere to keep it; the entry stays in the log.
  if (!survey) return survey;
  // A chase happened whatever came back meanwhile at another counter: it is kept, never a conflict.
  if (e.type === 'reminded') return { ...survey, reminders: [...survey.reminders, { ...stamp, ...e.data }] };
  const refusal = returnRefusal(survey, e.data.returnedAt);
  if (refusal === 'alreadyReturned' || refusal === 'returnBeforeSent') return conflict(survey, refusal);
  const { returnedAt, score, via, comment } = e.data;
  return { ...survey, returnedAt, score, returned: { ...stamp, via, comment } };
}
