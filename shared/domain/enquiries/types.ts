import type { Entry, RecordType } from '../entry';
import type { ActionStamp } from '../storage/types';

export const ENQUIRY_RECORD_TYPE: RecordType = 'enquiry';
export const ENQUIRY_SCHEMA_VERSION = 1;

/** How the customer reached the desk: a call (电话接听) or in person at the counter (现场咨询). */
export const ENQUIRY_CHANNELS = ['phone', 'desk'] as const;
export type EnquiryChannel = (typeof ENQUIRY_CHANNELS)[number];

/** What the customer asked about: the desk's fixed list, so a month can be counted by topic. */
export const ENQUIRY_TOPICS = ['openingHours', 'product', 'price', 'promotion', 'membership', 'service', 'other'] as const;
export type EnquiryTopic = (typeof ENQUIRY_TOPICS)[number];

/** How the customer was told the department's reply. */
export const TOLD_VIAS = ['phone', 'sms', 'inPerson', 'mail'] as const;
export type ToldVia = (typeof TOLD_VIAS)[number];

/** A suggestion (顾客建议): passed to a department, whose reply is due by the end of `replyDue` (store day). */
export interface SuggestionPassed {
  readonly department: string;
  /** yyyy-MM-dd, store-local. */
  readonly replyDue: string;
  /** The instant the reply falls overdue: the end of the due day. */
  readonly replyDueAt: number;
}

export interface EnquiryLoggedData {
  readonly number: string;
  readonly channel: EnquiryChannel;
  readonly topic: EnquiryTopic;
  readonly question: string;
  readonly answer: string;
  readonly customerName?: string | undefined;
  readonly phone?: string | undefined;
  readonly suggestion?: SuggestionPassed | undefined;
}

export interface ReplyRecordedData {
  /** The department's answer as it came to the desk. */
  readonly reply: string;
  /** Who at the department answered, when the desk was told. */
  readonly repliedBy?: string | undefined;
}

export interface CustomerToldData {
  readonly via: ToldVia;
  /** When the customer was told (UTC ms): the day the desk typed, never before the reply. */
  readonly toldAt: number;
  readonly note?: string | undefined;
}

export type EnquiryEntry = Entry<'logged', EnquiryLoggedData> | Entry<'replyRecorded', ReplyRecordedData> | Entry<'customerTold', CustomerToldData>;
export type EnquiryStep = Exclude<EnquiryEntry['type'], 'logged'>;

/**
 * Where an enquiry stands. A plain enquiry is answered when it is logged; a
 * suggestion waits for its department's reply, then for the customer to be
 * told it.
 */
export const ENQUIRY_STATES = ['answered', 'awaitingReply', 'replied', 'customerTold'] as const;
export type EnquiryState = (typeof ENQUIRY_STATES)[number];

/** Why an entry could not be applied (two counters working one suggestion while offline, or a step out of order). */
export type EnquiryConflictReason = 'alreadyLogged' | 'notSuggestion' | 'alreadyReplied' | 'notReplied' | 'alreadyTold' | 'toldBeforeReply';

export interface EnquiryConflict extends ActionStamp {
  readonly entryId: string;
  readonly reason: EnquiryConflictReason;
}

/** 电话接听记录 / 顾客咨询 / 顾客建议: one call or question at the desk, and for a suggestion its reply and the customer told. */
export interface Enquiry {
  readonly id: string;
  readonly number: string;
  readonly state: EnquiryState;
  readonly channel: EnquiryChannel;
  readonly topic: EnquiryTopic;
  readonly question: string;
  readonly answer: string;
  readonly customerName?: string | undefined;
  readonly phone?: string | undefined;
  /** When it was logged (UTC ms). */
  readonly loggedAt: number;
  readonly logged: ActionStamp;
  readonly suggestion?: SuggestionPassed | undefined;
  readonly reply?: (ActionStamp & ReplyRecordedData) | undefined;
  readonly told?: (ActionStamp & CustomerToldData) | undefined;
  readonly conflicts: readonly EnquiryConflict[];
}
