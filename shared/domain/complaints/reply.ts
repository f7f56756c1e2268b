import { limitClock } from './meter';
import { limitsFor } from './policy';
import type { ComplaintRules } from './rules';
import type { ComplaintCategory, ComplaintSeverity } from './types';

export interface ReplyPromiseBasis {
  readonly receivedAt: number;
  readonly category: ComplaintCategory;
  readonly severity: ComplaintSeverity;
}

/**
 * The reply time promised on the acknowledgment slip: when the customer
 * will have the store's answer, i.e. the earlier of the solution limit and
 * (for a general complaint) the 2-day limit on solving it, counted from
 * when the complaint came in. Known before saving, so the read-back can say it.
 */
export function promisedReplyAt(basis: ReplyPromiseBasis, rules: ComplaintRules): number | undefined {
  const limits = limitsFor(rules.policy, basis.category, basis.severity);
  const { workingHours, timeZone } = rules.policy;
  const dues = [limits.solution, limits.resolved].flatMap((limit) => {
    if (!limit) return [];
    const clock = limitClock(limit, basis.receivedAt, rules.calendar, workingHours, timeZone);
    return [clock.meter.advance(basis.receivedAt, clock.budget)];
  });
  return dues.length > 0 ? Math.min(...dues) : undefined;
}
