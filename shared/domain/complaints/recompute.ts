import type { WorkingCalendar } from '../calendar/types';
import type { ClockSubject } from './clockEvents';
import { complaintDeadlines } from './deadlines';
import type { LimitChange } from './entries';
import type { ComplaintDeadlinePolicy } from './policy';

/**
 * What a change of the working calendar does to one open complaint's
 * limits, as of `now`: each open limit whose due time moves, before and
 * after. One that was already missed stays missed (keptMissed), even where
 * the new calendar would give it more time: a missed limit stays missed.
 */
export function limitChangesOf(
  subject: ClockSubject,
  policy: ComplaintDeadlinePolicy,
  before: WorkingCalendar,
  after: WorkingCalendar,
  now: number,
): LimitChange[] {
  const then = complaintDeadlines(subject, policy, before, now).deadlines;
  const changed: LimitChange[] = [];
  for (const d of complaintDeadlines(subject, policy, after, now).deadlines) {
    const old = then.find((o) => o.kind === d.kind && o.round === d.round);
    if (!old?.open || old.dueAt === d.dueAt) continue;
    changed.push({ kind: d.kind, round: d.round, dueBefore: old.dueAt, dueAfter: d.dueAt, keptMissed: old.status === 'missed' });
  }
  return changed;
}
