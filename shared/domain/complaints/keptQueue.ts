import { movePausedDeadlines, nextDeadline } from './deadlines';
import { escalationDue } from './escalation';
import { compareUrgency, queueRow, type QueueComplaint, type QueueRow } from './queue';
import type { ComplaintRules } from './rules';

/** How a row computed at `at` goes on: until `until` only the clock moves it; `paused`: its timer stands paused, so its due times move too. */
interface Holding {
  readonly until: number;
  readonly paused: boolean;
}

/**
 * How long a row computed at `at` holds: until the first running limit's
 * due time (it turns overdue then), or a step, pause or intake dated at or
 * after `at` (another counter's clock ahead of this one's: it counts from
 * its time). A row whose timer stands paused holds too, its due times
 * moving with the clock (movePausedDeadlines), unless a step is still
 * ahead, two pauses run, or a paused limit is due this very moment: then
 * it holds only at `at`.
 */
function rowHolding(row: QueueRow, at: number): Holding {
  const c = row.complaint;
  let until = Number.POSITIVE_INFINITY;
  let paused = false;
  const notBefore = (t: number) => {
    if (t >= at && t < until) until = t;
  };
  for (const p of c.pauses) {
    if (p.to === undefined && p.from < at) {
      if (paused) return { until: at, paused };
      paused = true;
    } else {
      notBefore(p.from);
      if (p.to !== undefined) notBefore(p.to);
    }
  }
  for (const e of c.clockEvents) notBefore(e.at);
  notBefore(c.receivedAt);
  for (const d of row.deadlines) {
    if (d.status === 'running') notBefore(d.dueAt);
    if (d.status === 'paused' && (!paused || d.dueAt <= at)) return { until: at, paused };
  }
  // Paused with a step still ahead: what it ends would count the pause up to the clock, not to its end.
  return paused && until < Number.POSITIVE_INFINITY ? { until: at, paused } : { until, paused };
}

/** A queue row computed at `at`, with how it holds (see rowHolding). */
interface Kept<C extends QueueComplaint> extends Holding {
  readonly row: QueueRow<C>;
  readonly at: number;
  /** The due time the escalation suggestion's overdue time counts from. */
  readonly escalationDueAt: number;
}

function keep<C extends QueueComplaint>(row: QueueRow<C>, at: number): Kept<C> {
  const { escalation } = row;
  const escalated = escalation && row.deadlines.find((d) => d.kind === escalation.kind && d.round === escalation.round);
  return { row, at, ...rowHolding(row, at), escalationDueAt: escalated ? escalated.dueAt : Number.NaN };
}

const holds = <C extends QueueComplaint>(k: Kept<C>, now: number) => now >= k.at && now < k.until;

/** A row that is not paused, as of `now` (within its holding time): the same limits and place, time left and overdue counted to `now`. */
function shifted<C extends QueueComplaint>(k: Kept<C>, now: number): QueueRow<C> {
  if (now === k.at) return k.row;
  const { complaint, deadlines, next, escalation } = k.row;
  return {
    complaint,
    deadlines,
    next: next && { ...next, timeLeftMs: next.dueAt - now },
    escalation: escalation && { ...escalation, overdueMs: now - k.escalationDueAt },
  };
}

/** A paused row as of `now`: its due times moved from the time it was computed, then the limit to show and any escalation. */
function moved<C extends QueueComplaint>(k: Kept<C>, rules: ComplaintRules, now: number): QueueRow<C> {
  if (now === k.at) return k.row;
  const { complaint } = k.row;
  const deadlines = movePausedDeadlines(k.row.deadlines, rules.policy, rules.calendar, k.at, now);
  return { complaint, deadlines, next: nextDeadline(deadlines, now), escalation: escalationDue(complaint, deadlines, now) };
}

/** Two lists already in urgency order, as one. */
function merge<T>(a: readonly T[], b: readonly T[], rowOf: (x: T) => QueueRow): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareUrgency(rowOf(a[i]!), rowOf(b[j]!)) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

const keptRow = <C extends QueueComplaint>(k: Kept<C>) => k.row;
const itself = <C extends QueueComplaint>(row: QueueRow<C>) => row;

/**
 * The open-complaints queue kept between refreshes, so that a refresh costs
 * what changed, not the number of open complaints. A complaint written again
 * (a step here, an entry from another counter) and a row whose holding time
 * ran out (a limit fell due) are computed again and merged into the order;
 * every other row keeps its limits and place, with only its time left
 * counted to the new moment, and a paused one has its due times moved
 * forward and its place found again among the paused. Gives exactly what
 * complaintQueue gives for the same complaints, rules and time.
 */
export class KeptQueue<C extends QueueComplaint> {
  private readonly complaints = new Map<string, C>();
  /** Complaints written (or gone) since the last refresh. */
  private readonly changed = new Set<string>();
  /** Rows whose place holds, in urgency order. */
  private order: Kept<C>[] = [];
  /** Rows with their timer paused: placed again at each refresh. */
  private paused: Kept<C>[] = [];
  private rules: ComplaintRules | undefined;

  /** Every open complaint anew: the first read, or a change too wide to name its rows. */
  replaceAll(complaints: readonly C[]): void {
    this.complaints.clear();
    this.changed.clear();
    for (const c of complaints) this.complaints.set(c.id, c);
    this.order = [];
    this.paused = [];
    this.rules = undefined;
  }

  /** A complaint's queue row as written now. */
  put(complaint: C): void {
    this.complaints.set(complaint.id, complaint);
    this.changed.add(complaint.id);
  }

  /** A complaint that left the queue (closed). */
  remove(id: string): void {
    this.complaints.delete(id);
    this.changed.add(id);
  }

  /** The queue as of `now`, most urgent first. */
  rows(rules: ComplaintRules, now: number): QueueRow<C>[] {
    const order: Kept<C>[] = [];
    const paused: Kept<C>[] = [];
    const again: C[] = [];
    if (rules !== this.rules) {
      // Other limits or another calendar: every due time is computed again (still without reading anything).
      again.push(...this.complaints.values());
    } else {
      for (const [kept, into] of [
        [this.order, order],
        [this.paused, paused],
      ] as const) {
        for (const k of kept) {
          if (this.changed.has(k.row.complaint.id)) continue;
          if (holds(k, now)) into.push(k);
          else again.push(k.row.complaint);
        }
      }
      for (const id of this.changed) {
        const c = this.complaints.get(id);
        if (c) again.push(c);
      }
    }
    this.rules = rules;
    this.changed.clear();
    const fresh: Kept<C>[] = [];
    for (const c of again) {
      if (c.status === 'closed') continue;
      const k = keep(queueRow(c, rules, now), now);
      (k.paused ? paused : fresh).push(k);
    }
    this.order = merge(order, fresh.sort((a, b) => compareUrgency(a.row, b.row)), keptRow);
    this.paused = paused;
    const pausedNow = paused.map((k) => moved(k, rules, now)).sort(compareUrgency);
    return merge(
      this.order.map((k) => shifted(k, now)),
      pausedNow,
      itself,
    );
  }
}
