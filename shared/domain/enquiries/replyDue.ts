import { addDays, datesBetween, isIsoDate } from '../calendar/days';
import { dayRange, storeDay } from '../clock';
import type { Enquiry } from './types';

/** A department has this many calendar days to answer a suggestion unless the desk gives another day. */
export const DEFAULT_REPLY_DAYS = 3;

/** The reply's due day for a suggestion passed on now (yyyy-MM-dd, store-local). */
export function defaultReplyDue(now: number, timeZone: string): string {
  return addDays(storeDay(now, timeZone), DEFAULT_REPLY_DAYS);
}

/** A due day must be a date and not before today (today itself is allowed: an answer promised by closing). */
export function replyDueRefusal(day: string, now: number, timeZone: string): 'notDate' | 'inPast' | undefined {
  if (!isIsoDate(day)) return 'notDate';
  return day < storeDay(now, timeZone) ? 'inPast' : undefined;
}

/** The instant a reply due on `day` falls overdue: the end of that store day. */
export function replyDueInstant(day: string, timeZone: string): number | undefined {
  return dayRange(day, timeZone)?.to;
}

/** A suggestion whose reply has not come by the end of its due day. */
export function isReplyOverdue(e: Pick<Enquiry, 'state' | 'suggestion'>, now: number): boolean {
  return e.state === 'awaitingReply' && e.suggestion !== undefined && now >= e.suggestion.replyDueAt;
}

/** Whole store days since the due day, for "3 days overdue"; 0 while not overdue. */
export function daysOverdue(e: Pick<Enquiry, 'state' | 'suggestion'>, now: number, timeZone: string): number {
  if (!isReplyOverdue(e, now) || !e.suggestion) return 0;
  return Math.max(1, datesBetween(e.suggestion.replyDue, storeDay(now, timeZone)).length - 1);
}

/** A reply recorded after its due day ended. */
export function repliedLate(e: Pick<Enquiry, 'suggestion' | 'reply'>): boolean {
  return e.suggestion !== undefined && e.reply !== undefined && e.reply.at >= e.suggestion.replyDueAt;
}
