import type { WorkingCalendar } from '../calendar/types';
import { limitClock, type LimitClock } from './meter';
import { limitsFor, type ComplaintDeadlinePolicy, type DeadlineKind, type DeadlineLimit, type DeadlineLimits } from './policy';
import { collectRuns, type Run } from './runs';
import type { ClockSubject } from './clockEvents';
import type { ComplaintPause } from './state';

/**
 * running: counting, not yet due. paused: the complaint's timer is paused.
 * met: done by the due time. missed: due time passed before it was done
 * (it stays missed when the work catches up: see doneAt). cancelled: the
 * complaint was closed before the limit was due or done.
 */
export type DeadlineStatus = 'running' | 'paused' | 'met' | 'missed' | 'cancelled';

export interface ComplaintDeadline {
  readonly kind: DeadlineKind;
  /** 1, or 2, 3, ... when the same limit runs again (a second carrying out needs a second follow-up). */
  readonly round: number;
  readonly limit: DeadlineLimit;
  readonly startedAt: number;
  /** When it falls due; for a paused one, when it would if the timer were resumed now. */
  readonly dueAt: number;
  readonly status: DeadlineStatus;
  /** Still to be done: running, paused, or missed and not yet done. */
  readonly open: boolean;
  /** When the step that meets it was done (on time or late). */
  readonly doneAt?: number | undefined;
  /** Clock time the timer stood paused while this limit ran. */
  readonly pausedMs: number;
  /** An extension agreed with the customer moved it out. */
  readonly extended: boolean;
}

/** The limit to show: the earliest open one. Negative time left = overdue. */
export interface NextDeadline {
  readonly kind: DeadlineKind;
  readonly round: number;
  readonly dueAt: number;
  readonly timeLeftMs: number;
  readonly overdue: boolean;
  readonly paused: boolean;
}

export interface ComplaintDeadlines {
  readonly deadlines: readonly ComplaintDeadline[];
  readonly next?: NextDeadline | undefined;
}

function pausedOverlap(pauses: readonly ComplaintPause[], from: number, to: number, now: number): number {
  let total = 0;
  for (const p of pauses) {
    const a = Math.max(p.from, from);
    const b = Math.min(p.to ?? now, to);
    if (b > a) total += b - a;
  }
  return total;
}

/**
 * Walks one limit from its start to its end (or now): counts its meter's
 * time outside pauses until the budget runs out. Once due has passed it is
 * fixed: a later extension does not undo a miss.
 */
function evaluate(run: Run, limit: DeadlineLimit, clock: LimitClock, pauses: readonly ComplaintPause[], now: number): ComplaintDeadline {
  const { meter } = clock;
  const stopAt = run.end ? run.end.at : now;
  let remaining = clock.budget;
  let cursor = run.startedAt;
  let due: number | undefined;
  let paused = pauses.some((p) => p.from <= run.startedAt && (p.to === undefined || p.to > run.startedAt));
  let extended = false;

  const advanceTo = (t: number) => {
    if (t <= cursor) return;
    if (due === undefined && !paused) {
      const counted = meter.measure(cursor, t);
      if (counted >= remaining) due = meter.advance(cursor, remaining);
      else remaining -= counted;
    }
    cursor = t;
  };

  type Point = { at: number; order: number; apply: () => void };
  const points: Point[] = [];
  for (const p of pauses) {
    points.push({ at: p.from, order: 0, apply: () => (paused = true) });
    if (p.to !== undefined) points.push({ at: p.to, order: 1, apply: () => (paused = false) });
  }
  for (const x of run.extensions) {
    points.push({
      at: x.at,
      order: 2,
      apply: () => {
        if (due !== undefined) return;
        const budget = meter.measure(x.at, x.newDueAt);
        if (budget > remaining) {
          remaining = budget;
          extended = true;
        }
      },
    });
  }
  // An extension agreed this very moment already counts; a pause or resume at the end changes nothing.
  points
    .filter((p) => p.at > run.startedAt && (p.at < stopAt || (p.order === 2 && !run.end && p.at === stopAt)))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .forEach((p) => {
      advanceTo(p.at);
      p.apply();
    });
  advanceTo(stopAt);
  // A miss recorded before a calendar change moved the limit stays a miss, at the time it was due then.
  if (run.keptDueAt !== undefined && (due === undefined || run.keptDueAt < due)) due = run.keptDueAt;

  // Only a running limit's due time moves on while paused; a finished one's is fixed at its end.
  const dueAt = due ?? meter.advance(paused && !run.end ? Math.max(cursor, now) : cursor, remaining);
  const pausedMs = pausedOverlap(pauses, run.startedAt, stopAt, now);
  // Whole literals rather than a spread of a shared base: the spread was a tenth of the queue's time.
  const deadline = (status: DeadlineStatus, open: boolean, doneAt?: number): ComplaintDeadline =>
    doneAt === undefined
      ? { kind: run.kind, round: run.round, limit, startedAt: run.startedAt, dueAt, pausedMs, extended, status, open }
      : { kind: run.kind, round: run.round, limit, startedAt: run.startedAt, dueAt, pausedMs, extended, status, open, doneAt };
  if (run.end) {
    const late = due !== undefined && due < run.end.at;
    if (run.end.how === 'met') return deadline(late ? 'missed' : 'met', false, run.end.at);
    return deadline(late ? 'missed' : 'cancelled', false);
  }
  if (due !== undefined && due < now) return deadline('missed', true);
  return deadline(paused ? 'paused' : 'running', true);
}

/** The limit for a kind: several departments assigned lengthen the solution limit. */
function limitOf(c: ClockSubject, limits: DeadlineLimits, kind: DeadlineKind): DeadlineLimit | undefined {
  if (kind === 'solution' && (c.assignment?.departments.length ?? 0) > 1) return limits.solutionMultiDepartment ?? limits.solution;
  return limits[kind];
}

/** Limits an extension can still move: running or paused ones (a missed limit stays missed). */
export function extendableDeadlines(deadlines: readonly ComplaintDeadline[]): readonly ComplaintDeadline[] {
  return deadlines.filter((d) => d.open && d.status !== 'missed');
}

/** The earliest open limit, with time left (negative when overdue). */
export function nextDeadline(deadlines: readonly ComplaintDeadline[], now: number): NextDeadline | undefined {
  const open = deadlines.filter((d) => d.open).sort((a, b) => a.dueAt - b.dueAt);
  const first = open[0];
  if (!first) return undefined;
  return {
    kind: first.kind,
    round: first.round,
    dueAt: first.dueAt,
    timeLeftMs: first.dueAt - now,
    overdue: first.status === 'missed',
    paused: first.status === 'paused',
  };
}

/** Every limit the complaint runs against, as of `now`, and the one to show. */
export function complaintDeadlines(c: ClockSubject, policy: ComplaintDeadlinePolicy, calendar: WorkingCalendar, now: number): ComplaintDeadlines {
  const limits = limitsFor(policy, c.category, c.severity);
  const deadlines: ComplaintDeadline[] = [];
  for (const run of collectRuns(c, limits)) {
    const limit = limitOf(c, limits, run.kind);
    if (!limit) continue;
    const clock = limitClock(limit, run.startedAt, calendar, policy.workingHours, policy.timeZone);
    deadlines.push(evaluate(run, limit, clock, c.pauses, now));
  }
  return { deadlines, next: nextDeadline(deadlines, now) };
}

/**
 * The limits computed at `from` of a complaint whose timer stands paused
 * (since before `from`, with no step after it), as they stand at `to`:
 * nothing is counted while paused, so a paused limit falls due its
 * remaining time after `to`, and every open limit has stood paused
 * `to - from` longer; missed and finished ones stay. What
 * complaintDeadlines gives at `to`, without walking the history again.
 */
export function movePausedDeadlines(deadlines: readonly ComplaintDeadline[], policy: ComplaintDeadlinePolicy, calendar: WorkingCalendar, from: number, to: number): ComplaintDeadline[] {
  return deadlines.map((d) => {
    if (!d.open) return d;
    if (d.status !== 'paused') return { ...d, pausedMs: d.pausedMs + (to - from) };
    const { meter } = limitClock(d.limit, d.startedAt, calendar, policy.workingHours, policy.timeZone);
    return { ...d, dueAt: meter.advance(to, meter.measure(from, d.dueAt)), pausedMs: d.pausedMs + (to - from) };
  });
}
