import { formatInZone } from '../../../shared/domain/clock';
import { reminderRefusal, returnInstant, returnRefusal, sendRefusal, surveyId } from '../../../shared/domain/surveys/rules';
import { SURVEY_RECORD_TYPE, SURVEY_SCHEMA_VERSION, type Survey, type SurveyEntry, type SurveySubject } from '../../../shared/domain/surveys/types';
import { surveyReminderInput, surveyReturnInput, surveySendInput } from '../../../shared/schema/surveys';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';
import { readSubject } from './subjects';

type SurveyData<T extends SurveyEntry['type']> = Extract<SurveyEntry, { readonly type: T }>['data'];

const REFUSAL_CODES = {
  subjectNotClosed: 'error.surveySubjectNotClosed',
  alreadySent: 'error.surveyAlreadySent',
  notSent: 'error.surveyNotSent',
  alreadyReturned: 'error.surveyAlreadyReturned',
} as const;

async function saved(tx: WriteTx, id: string): Promise<Survey> {
  const row = await tx.db.surveys.get(id);
  // The projection judges the entry once more; the checks before make a refusal here a bug, and the throw undoes the write.
  if (!row) throw new DeskError('error.unexpected');
  return row;
}

/**
 * 发出调查 about a closed complaint or service call. Its number is read from
 * the complaint or call, never from the form; one survey per subject (a
 * second is refused here, and kept as a conflict when two counters sent one
 * each while offline).
 */
export async function sendSurvey(ctx: DeskContext, subject: SurveySubject, subjectId: string, raw: unknown): Promise<Survey> {
  const input = surveySendInput.parse(raw);
  const id = surveyId(subject, subjectId);
  return writeEntries(ctx, 'surveys.send', async (tx) => {
    const existing = await tx.db.surveys.get(id);
    const found = await readSubject(tx.db, subject, subjectId);
    if (!found) throw new DeskError('error.surveySubjectNotFound');
    const refusal = sendRefusal(found.closedAt !== undefined, existing);
    if (refusal) throw new DeskError(REFUSAL_CODES[refusal]);
    const data: SurveyData<'sent'> = { subject, subjectId, subjectNumber: found.number, keyCustomer: input.keyCustomer, channel: input.channel };
    await tx.append({
      recordType: SURVEY_RECORD_TYPE,
      recordId: id,
      type: 'sent',
      schemaVersion: SURVEY_SCHEMA_VERSION,
      number: found.number,
      data,
      summary: `${found.number} ${input.channel}${input.keyCustomer ? ' key' : ''}`,
    });
    return saved(tx, id);
  });
}

/** 登记回收: the day it came back (today or earlier, not before the send), the customer's satisfaction, how it came back. */
export async function recordSurveyReturn(ctx: DeskContext, id: string, raw: unknown): Promise<Survey> {
  const input = surveyReturnInput.parse(raw);
  const { timeZone } = ctx.session;
  return writeEntries(ctx, 'surveys.recordReturn', async (tx) => {
    const survey = await tx.db.surveys.get(id);
    const returnedAt = returnInstant(input.returnedOn, tx.now, timeZone);
    if (returnedAt === undefined) throw new DeskError('error.surveyReturnInFuture', 'returnedOn');
    const refusal = returnRefusal(survey, returnedAt);
    if (refusal === 'returnBeforeSent') throw new DeskError('error.surveyReturnBeforeSent', 'returnedOn', { sent: formatInZone(survey?.sentAt ?? 0, 'yyyy-MM-dd', timeZone) });
    if (refusal || !survey) throw new DeskError(REFUSAL_CODES[refusal ?? 'notSent']);
    const data: SurveyData<'returned'> = { returnedAt, score: input.score, via: input.via, comment: input.comment };
    await tx.append({
      recordType: SURVEY_RECORD_TYPE,
      recordId: id,
      type: 'returned',
      schemaVersion: SURVEY_SCHEMA_VERSION,
      number: survey.subjectNumber,
      data,
      summary: `${survey.subjectNumber} ${input.score} ${input.via}`,
    });
    return saved(tx, id);
  });
}

/** 催收: a chase of a survey still out (optional; each one is kept). */
export async function remindSurvey(ctx: DeskContext, id: string, raw: unknown): Promise<Survey> {
  const input = surveyReminderInput.parse(raw);
  return writeEntries(ctx, 'surveys.remind', async (tx) => {
    const survey = await tx.db.surveys.get(id);
    const refusal = reminderRefusal(survey);
    if (refusal || !survey) throw new DeskError(REFUSAL_CODES[refusal ?? 'notSent']);
    const data: SurveyData<'reminded'> = { channel: input.channel, note: input.note };
    await tx.append({
      recordType: SURVEY_RECORD_TYPE,
      recordId: id,
      type: 'reminded',
      schemaVersion: SURVEY_SCHEMA_VERSION,
      number: survey.subjectNumber,
      data,
      summary: `${survey.subjectNumber} ${input.channel}`,
    });
    return saved(tx, id);
  });
}
