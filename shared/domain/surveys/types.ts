import type { Entry, RecordType } from '../entry';
import type { SatisfactionLevel } from '../service/types';
import type { ActionStamp } from '../storage/types';

export const SURVEY_RECORD_TYPE: RecordType = 'survey';
export const SURVEY_SCHEMA_VERSION = 1;

/** What a survey asks about: a closed complaint or a closed service call. */
export const SURVEY_SUBJECTS = ['complaint', 'serviceCall'] as const;
export type SurveySubject = (typeof SURVEY_SUBJECTS)[number];

/** How a survey goes out, is chased, and comes back. */
export const SURVEY_CHANNELS = ['phone', 'sms', 'mail', 'inPerson'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

/** The subject as the survey names it: read from the complaint or call by the desk, never typed. */
export interface SurveySentData {
  readonly subject: SurveySubject;
  readonly subjectId: string;
  readonly subjectNumber: string;
  readonly keyCustomer: boolean;
  readonly channel: SurveyChannel;
}

export interface SurveyReturnedData {
  /** When it came back (UTC ms): the day the desk typed, never before the send. */
  readonly returnedAt: number;
  readonly score: SatisfactionLevel;
  readonly via: SurveyChannel;
  readonly comment?: string | undefined;
}

export interface SurveyRemindedData {
  readonly channel: SurveyChannel;
  readonly note?: string | undefined;
}

export type SurveyEntry = Entry<'sent', SurveySentData> | Entry<'returned', SurveyReturnedData> | Entry<'reminded', SurveyRemindedData>;

/** Why a survey entry could not be applied (two counters working the same survey while offline). */
export type SurveyConflictReason = 'alreadySent' | 'alreadyReturned' | 'returnBeforeSent';

export interface SurveyConflict extends ActionStamp {
  readonly entryId: string;
  readonly reason: SurveyConflictReason;
}

export interface SurveyReturn extends ActionStamp {
  readonly via: SurveyChannel;
  readonly comment?: string | undefined;
}

export interface SurveyReminder extends ActionStamp, SurveyRemindedData {}

/**
 * A satisfaction survey (满意度调查): one per closed complaint and per closed
 * service call, sent and then returned (or not). The return rate is a report
 * figure with its 80% target; a key customer's survey must always come back.
 */
export interface Survey {
  /** Record id: one survey per subject, so two counters sending one each make a conflict, not two surveys. */
  readonly id: string;
  readonly subject: SurveySubject;
  readonly subjectId: string;
  readonly subjectNumber: string;
  readonly keyCustomer: boolean;
  /** When it was sent (UTC ms). */
  readonly sentAt: number;
  /** When it came back (0 while out). */
  readonly returnedAt: number;
  /** The customer's satisfaction on the returned survey, on the four levels of the service follow-up; absent while out. */
  readonly score?: SatisfactionLevel | undefined;
  readonly channel: SurveyChannel;
  readonly sent: ActionStamp;
  readonly returned?: SurveyReturn | undefined;
  /** Chases while it was out, oldest first. */
  readonly reminders: readonly SurveyReminder[];
  readonly conflicts: readonly SurveyConflict[];
}
