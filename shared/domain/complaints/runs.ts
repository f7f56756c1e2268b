import type { ClockEvent, ClockSubject } from './clockEvents';
import type { DeadlineKind, DeadlineLimits } from './policy';
import { SATISFIED_FROM } from './types';

/** One stretch of a limit: from the step that starts it to the step that meets it (or the complaint's closing). Built up while reading the history, so not readonly throughout; internal to the deadline rules. */
export interface Run {
  readonly kind: DeadlineKind;
  readonly round: number;
  readonly startedAt: number;
  readonly extensions: { readonly at: number; readonly newDueAt: number }[];
  end?: { readonly at: number; readonly how: 'met' | 'cancelled' };
  /** Missed at this time before a calendar change moved it: it stays missed (missesKept). */
  keptDueAt?: number;
}

/** Which limits each accepted entry starts or meets (DOMAIN §4). */
export function collectRuns(c: ClockSubject, limits: DeadlineLimits): Run[] {
  const runs: Run[] = [];
  const openRun = (kind: DeadlineKind) => runs.find((r) => r.kind === kind && !r.end);
  const start = (kind: DeadlineKind, at: number) => {
    const tracked = kind === 'solution' ? (limits.solution ?? limits.solutionMultiDepartment) : limits[kind];
    if (!tracked || openRun(kind)) return;
    runs.push({ kind, round: runs.filter((r) => r.kind === kind).length + 1, startedAt: at, extensions: [] });
  };
  const finish = (kind: DeadlineKind, at: number, how: 'met' | 'cancelled' = 'met') => {
    const run = openRun(kind);
    if (run) run.end = { at, how };
  };
  const cancelAll = (at: number) => runs.filter((r) => !r.end).forEach((r) => (r.end = { at, how: 'cancelled' }));

  for (const ev of c.clockEvents) handle(ev);
  return runs;

  function handle(ev: ClockEvent): void {
    switch (ev.type) {
      case 'recorded': {
        const at = ev.receivedAt;
        for (const kind of ['firstContact', 'onSite', 'classification', 'solution', 'resolved'] as const) start(kind, at);
        // At the desk the customer is spoken to while the complaint is taken.
        if (ev.channel === 'desk') finish('firstContact', at);
        return;
      }
      case 'customerContacted':
        finish('firstContact', ev.at);
        if (ev.party === 'department') {
          finish('departmentContact', ev.at);
          finish('departmentContactLatest', ev.at);
        }
        return;
      case 'arrivedOnSite':
        finish('onSite', ev.at);
        return;
      case 'validityJudged':
        if (!ev.valid) {
          // The polite answer with the reason is the contact; everything else stops.
          finish('firstContact', ev.at);
          cancelAll(ev.at);
        }
        return;
      case 'assigned':
        start('departmentContact', ev.at);
        start('departmentContactLatest', ev.at);
        return;
      case 'investigated':
        finish('classification', ev.at);
        return;
      case 'resolutionProposed':
        finish('solution', ev.at);
        return;
      case 'carriedOut':
        // Telling the customer what was done is a contact too.
        finish('firstContact', ev.at);
        finish('resolved', ev.at);
        start('followUp', ev.at);
        return;
      case 'followedUp':
        finish('firstContact', ev.at);
        finish('followUp', ev.at);
        if (ev.rating < SATISFIED_FROM && ev.outcome === 'backToDepartment') {
          start('departmentContact', ev.at);
          start('departmentContactLatest', ev.at);
        }
        return;
      case 'extended':
        openRun(ev.kind)?.extensions.push({ at: ev.at, newDueAt: ev.newDueAt });
        return;
      case 'closed':
        cancelAll(ev.at);
        return;
      case 'missesKept':
        for (const k of ev.kept) {
          const run = runs.find((r) => r.kind === k.kind && r.round === k.round);
          if (run) run.keptDueAt = Math.min(run.keptDueAt ?? k.dueAt, k.dueAt);
        }
        return;
      default:
        return;
    }
  }
}
