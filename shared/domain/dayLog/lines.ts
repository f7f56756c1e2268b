import type { Entry } from '../entry';
import { areaOf } from './areas';
import { actionOf } from './facts';

/** A line of this counter's own audit trail, as the log reads it. */
export interface AuditLine {
  readonly id: string;
  readonly at: number;
  readonly staffNo: string;
  readonly approvedBy?: string | undefined;
  /** Who the approver, and who the one who did it, stood in for as acting supervisor (主管助理). */
  readonly approvedActingFor?: string | undefined;
  readonly actingFor?: string | undefined;
  readonly counter: string;
  readonly action: string;
  readonly recordId?: string | undefined;
  readonly number?: string | undefined;
  readonly summary: string;
}

/** One line of the daily log: an entry of any counter, or an act of this counter that made no entry. */
export interface DayLogLine {
  /** The entry's id, or the audit line's when there is no entry. */
  readonly id: string;
  readonly at: number;
  readonly counter: string;
  readonly staffNo: string;
  readonly approvedBy?: string | undefined;
  /** The supervisor the approver stood in for (an acting assistant's approval): "王五 (2003) 代 张三 (2001)". */
  readonly approvedActingFor?: string | undefined;
  /** The supervisor the one who did it stood in for (a supervisor's command run by an acting assistant). */
  readonly actingFor?: string | undefined;
  /** `${recordType}.${type}`, or the audit action (session.signedIn, approval.refused, ...). */
  readonly action: string;
  readonly area: string;
  readonly number?: string | undefined;
  readonly summary: string;
  /** An entry (kept and synced, every counter sees it); false: only in this counter's audit trail. */
  readonly isEntry: boolean;
  /** The closed day (yyyy-MM-dd) this entry corrects. */
  readonly correctionOf?: string | undefined;
  /** An entry of a closed day that arrived after the close. */
  readonly late: boolean;
}

// The write path stamps an entry and its audit line with the same instant, counter, record and action.
const matchKey = (at: number, counter: string, recordId: string, action: string) => `${at}|${counter}|${recordId}|${action}`;

/** Newest first; lines of one instant by id, so the order never depends on how the lines were read. */
export function compareLines(a: DayLogLine, b: DayLogLine): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

/**
 * The day's log from its entries (every counter's), this counter's audit
 * lines of the same day, and the ids of entries that came after the day was
 * closed. An audit line written for an entry is that entry's line (one line,
 * not two); it gives the summary and number older entries lack.
 */
export function dayLogOf(entries: readonly Entry[], audit: readonly AuditLine[], lateIds: ReadonlySet<string>): DayLogLine[] {
  const auditFor = new Map<string, AuditLine[]>();
  for (const a of audit) {
    if (!a.recordId) continue;
    const key = matchKey(a.at, a.counter, a.recordId, a.action);
    const same = auditFor.get(key);
    if (same) same.push(a);
    else auditFor.set(key, [a]);
  }
  const used = new Set<string>();
  const lines: DayLogLine[] = entries.map((e) => {
    const action = actionOf(e);
    // Two entries of one record and kind in one write each take their own audit line.
    const own = auditFor.get(matchKey(e.at, e.counter, e.recordId, action))?.find((a) => !used.has(a.id));
    if (own) used.add(own.id);
    return {
      id: e.id,
      at: e.at,
      counter: e.counter,
      staffNo: e.by,
      approvedBy: e.approvedBy,
      approvedActingFor: e.approvedActingFor,
      actingFor: e.actingFor,
      action,
      area: areaOf(action),
      number: e.number ?? own?.number,
      summary: e.summary ?? own?.summary ?? '',
      isEntry: true,
      correctionOf: e.correctionOf,
      late: lateIds.has(e.id),
    };
  });
  for (const a of audit) {
    if (used.has(a.id)) continue;
    lines.push({
      id: a.id,
      at: a.at,
      counter: a.counter,
      staffNo: a.staffNo,
      approvedBy: a.approvedBy,
      approvedActingFor: a.approvedActingFor,
      actingFor: a.actingFor,
      action: a.action,
      area: areaOf(a.action),
      number: a.number,
      summary: a.summary,
      isEntry: false,
      late: false,
    });
  }
  return lines.sort(compareLines);
}
