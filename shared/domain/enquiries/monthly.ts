import { monthRange } from '../returns/days';
import { isReplyOverdue, repliedLate } from './replyDue';
import { ENQUIRY_CHANNELS, ENQUIRY_TOPICS, type Enquiry, type EnquiryChannel, type EnquiryTopic } from './types';

/** One suggestion as the month's list shows it: what was asked, where it went, what came back, how the customer heard it. */
export interface SuggestionLine {
  readonly enquiry: Enquiry;
  /** Still waiting for the department's reply after its due day. */
  readonly overdue: boolean;
  /** The reply came after its due day. */
  readonly late: boolean;
}

export interface MonthlySuggestions {
  /** yyyy-MM, store-local. */
  readonly month: string;
  /** Every call and enquiry logged in the month, by channel and by topic (a suggestion counts too). */
  readonly logged: number;
  readonly byChannel: Readonly<Record<EnquiryChannel, number>>;
  readonly byTopic: Readonly<Record<EnquiryTopic, number>>;
  /** The month's suggestions, oldest first. */
  readonly lines: readonly SuggestionLine[];
  readonly replied: number;
  readonly repliedOnTime: number;
  readonly told: number;
  /** Waiting for a reply now, and of those past their due day. */
  readonly awaiting: number;
  readonly overdue: number;
}

const zeroCounts = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * 月度顾客建议及答复: the enquiries logged in a store-local month (read by
 * the caller from the month's range; others are left out here too), counted
 * by channel and topic, and the suggestions among them with their replies.
 * Overdue is as of `now`.
 */
export function monthlySuggestions(enquiries: readonly Enquiry[], month: string, now: number, timeZone: string): MonthlySuggestions {
  const { start, end } = monthRange(month, timeZone);
  const inMonth = enquiries.filter((e) => e.loggedAt >= start && e.loggedAt < end);
  const byChannel = zeroCounts(ENQUIRY_CHANNELS);
  const byTopic = zeroCounts(ENQUIRY_TOPICS);
  for (const e of inMonth) {
    byChannel[e.channel] += 1;
    byTopic[e.topic] += 1;
  }
  const lines = inMonth
    .filter((e) => e.suggestion !== undefined)
    .sort((a, b) => a.loggedAt - b.loggedAt || (a.number < b.number ? -1 : 1))
    .map((enquiry) => ({ enquiry, overdue: isReplyOverdue(enquiry, now), late: repliedLate(enquiry) }));
  const replied = lines.filter((l) => l.enquiry.reply !== undefined);
  return {
    month,
    logged: inMonth.length,
    byChannel,
    byTopic,
    lines,
    replied: replied.length,
    repliedOnTime: replied.filter((l) => !l.late).length,
    told: lines.filter((l) => l.enquiry.told !== undefined).length,
    awaiting: lines.filter((l) => l.enquiry.state === 'awaitingReply').length,
    overdue: lines.filter((l) => l.overdue).length,
  };
}
