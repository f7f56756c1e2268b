import type { ComplaintDeadline } from './deadlines';
import type { DeadlineKind } from './policy';
import type { ClockSubject } from './clockEvents';
import { MAX_ESCALATION_LEVEL, type EscalationLevel } from './types';

export interface EscalationSuggestion {
  readonly toLevel: EscalationLevel;
  /** The overdue limit that calls for it. */
  readonly kind: DeadlineKind;
  readonly round: number;
  readonly overdueMs: number;
}

/**
 * Overdue -> raised (DOMAIN §4): each limit that is overdue and still not
 * done raises the complaint one level (desk lead -> supervisor -> store
 * manager), once. A limit counts as raised when an 'escalated' entry names
 * its kind; the complaint stops rising at the store manager.
 */
export function escalationDue(c: ClockSubject, deadlines: readonly ComplaintDeadline[], now: number): EscalationSuggestion | undefined {
  if (c.status === 'closed' || c.escalationLevel >= MAX_ESCALATION_LEVEL) return undefined;
  const raised = new Map<DeadlineKind, number>();
  for (const ev of c.clockEvents) {
    if (ev.type === 'escalated' && ev.deadlineKind) raised.set(ev.deadlineKind, (raised.get(ev.deadlineKind) ?? 0) + 1);
  }
  const overdue = deadlines
    .filter((d) => d.open && d.status === 'missed')
    .filter((d) => d.round > (raised.get(d.kind) ?? 0))
    .sort((a, b) => a.dueAt - b.dueAt);
  const first = overdue[0];
  if (!first) return undefined;
  return { toLevel: (c.escalationLevel + 1) as EscalationLevel, kind: first.kind, round: first.round, overdueMs: now - first.dueAt };
}
