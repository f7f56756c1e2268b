import type { ClockSubject } from './clockEvents';
import { complaintDeadlines, type ComplaintDeadline, type NextDeadline } from './deadlines';
import { escalationDue, type EscalationSuggestion } from './escalation';
import type { ComplaintRules } from './rules';
import type { Complaint } from './state';
import { COMPLAINT_SEVERITIES } from './types';

/**
 * An open complaint as the queue keeps it: what the queue shows and what
 * its limits are computed from, without the texts and the full history
 * (a few hundred bytes instead of kilobytes: 5,000 of them read quickly).
 */
export type QueueComplaint = ClockSubject &
  Pick<Complaint, 'id' | 'number' | 'receivedAt' | 'channel' | 'category' | 'severity' | 'status' | 'closedAs' | 'escalationLevel' | 'complainant'> & {
    readonly assignment?: Pick<NonNullable<Complaint['assignment']>, 'departments' | 'ownerName' | 'ownerStaffNo'> | undefined;
  };

export function queueComplaintOf(c: Complaint): QueueComplaint {
  return {
    id: c.id,
    number: c.number,
    receivedAt: c.receivedAt,
    channel: c.channel,
    category: c.category,
    severity: c.severity,
    status: c.status,
    closedAs: c.closedAs,
    escalationLevel: c.escalationLevel,
    complainant: c.complainant,
    pauses: c.pauses,
    clockEvents: c.clockEvents,
    assignment: c.assignment && { departments: c.assignment.departments, ownerName: c.assignment.ownerName, ownerStaffNo: c.assignment.ownerStaffNo },
  };
}

/** One line of the open-complaints queue: the complaint, its limits as of now and the one to show. */
export interface QueueRow<C extends QueueComplaint = QueueComplaint> {
  readonly complaint: C;
  readonly deadlines: readonly ComplaintDeadline[];
  readonly next?: NextDeadline | undefined;
  /** An overdue limit that has not raised the complaint yet. */
  readonly escalation?: EscalationSuggestion | undefined;
}

export function queueRow<C extends QueueComplaint>(complaint: C, rules: ComplaintRules, now: number): QueueRow<C> {
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
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
    byText(a.complaint.number, b.complaint.number) ||
    // A number given twice (a clash) still has one place: the order never depends on how the rows were read.
    byText(a.complaint.id, b.complaint.id)
  );
}

/** The open complaints with their limits as of `now`, most urgent first. */
export function complaintQueue<C extends QueueComplaint>(complaints: readonly C[], rules: ComplaintRules, now: number): QueueRow<C>[] {
  const rows: QueueRow<C>[] = [];
  for (const c of complaints) if (c.status !== 'closed') rows.push(queueRow(c, rules, now));
  return rows.sort(compareUrgency);
}

export function isOverdue(row: QueueRow): boolean {
  return row.next?.overdue === true;
}
