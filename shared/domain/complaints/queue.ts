import { complaintDeadlines, type ComplaintDeadline, type NextDeadline } from './deadlines';
import { escalationDue, type EscalationSuggestion } from './escalation';
import type { ComplaintRules } from './rules';
import { isOpen, type Complaint } from './state';
import { COMPLAINT_SEVERITIES } from './types';

/** One line of the open-complaints queue: the complaint, its limits as of now and the one to show. */
export interface QueueRow {
  readonly complaint: Complaint;
  readonly deadlines: readonly ComplaintDeadline[];
  readonly next?: NextDeadline | undefined;
  /** An overdue limit that has not raised the complaint yet. */
  readonly escalation?: EscalationSuggestion | undefined;
}

export function queueRow(complaint: Complaint, rules: ComplaintRules, now: number): QueueRow {
  const { deadlines, next } = complaintDeadlines(complaint, rules.policy, rules.calendar, now);
  return { complaint, deadlines, next, escalation: escalationDue(complaint, deadlines, now) };
}

/** 0 = overdue, 1 = running, 2 = paused (its due time moves while paused), 3 = no limit running. */
function urgencyBand(row: QueueRow): number {
  if (!row.next) return 3;
  if (row.next.overdue) return 0;
  return row.next.paused ? 2 : 1;
}

const severityRank = (row: QueueRow) => COMPLAINT_SEVERITIES.indexOf(row.complaint.severity);

/**
 * Most urgent first: overdue ones (longest overdue first), then the running
 * ones by time left, then paused ones, then those with nothing running;
 * within the same due time the more serious and then the older first.
 */
export function compareUrgency(a: QueueRow, b: QueueRow): number {
  return (
    urgencyBand(a) - urgencyBand(b) ||
    (a.next?.dueAt ?? 0) - (b.next?.dueAt ?? 0) ||
    severityRank(b) - severityRank(a) ||
    a.complaint.receivedAt - b.complaint.receivedAt ||
    (a.complaint.number < b.complaint.number ? -1 : a.complaint.number > b.complaint.number ? 1 : 0)
  );
}

/** The open complaints with their limits as of `now`, most urgent first. */
export function complaintQueue(complaints: readonly Complaint[], rules: ComplaintRules, now: number): QueueRow[] {
  return complaints
    .filter(isOpen)
    .map((c) => queueRow(c, rules, now))
    .sort(compareUrgency);
}

export function isOverdue(row: QueueRow): boolean {
  return row.next?.overdue === true;
}
