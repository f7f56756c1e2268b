import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { KeptQueue } from '../../../../shared/domain/complaints/keptQueue';
import type { QueueComplaint, QueueRow } from '../../../../shared/domain/complaints/queue';
import { can } from '../../../../shared/domain/staff';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useNow } from '../../../components/useNow';
import { catchUpComplaintQueue, watchComplaintQueue } from '../../../db/complaints/liveQueue';
import { useComplaintRules } from '../useComplaintRules';

export interface QueueRowsState {
  /** The open complaints, most urgent first; undefined while loading or for someone without complaint work. */
  readonly rows?: readonly QueueRow[] | undefined;
  /** The time the limits were computed at. */
  readonly now: number;
}

const QueueRowsContext = createContext<QueueRowsState | undefined>(undefined);

interface CaughtUp {
  readonly queue: KeptQueue<QueueComplaint>;
  /** When the last write was read in. */
  readonly at: number;
}

/** The kept queue, caught up after every committed write to it (here or from another counter); undefined while loading. */
function useKeptQueue(works: boolean): CaughtUp | undefined {
  const { db, clock } = useServices();
  const [caughtUp, setCaughtUp] = useState<CaughtUp>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  if (failure) throw failure.error;
  useEffect(() => {
    if (!works) return undefined;
    let live = true;
    const catchUp = () => {
      void catchUpComplaintQueue(db)?.then(
        (queue) => live && setCaughtUp({ queue, at: clock.now() }),
        (error: unknown) => live && setFailure({ error }),
      );
    };
    const unwatch = watchComplaintQueue(db, catchUp);
    catchUp();
    return () => {
      live = false;
      unwatch();
      // Unwatched, the kept rows are let go: nothing of this database or this role is shown again.
      setCaughtUp(undefined);
    };
  }, [db, clock, works]);
  return caughtUp;
}

/**
 * Keeps the open complaints and their limits once for the whole desk: the
 * queue screen, the status bar count and the sign-in warning all read this.
 * A step taken here or arriving from another counter reads in only that
 * complaint and re-sorts at once; the clock's tick recomputes only the rows
 * whose limits fell due (see KeptQueue), not 5,000 of them.
 */
export function QueueRowsProvider({ children }: { readonly children: ReactNode }) {
  const { clock } = useServices();
  const role = useSession((s) => s.staff?.role);
  const works = role !== undefined && can(role, 'complaints.work');
  const tick = useNow(clock);
  const kept = useKeptQueue(works);
  const rules = useComplaintRules();
  const value = useMemo((): QueueRowsState => {
    // Computed with the time of reading: a step just taken counts at once, not at the next tick.
    const now = Math.max(tick, kept?.at ?? 0);
    return { now, rows: kept && rules ? kept.queue.rows(rules, now) : undefined };
  }, [kept, rules, tick]);
  return <QueueRowsContext.Provider value={value}>{children}</QueueRowsContext.Provider>;
}

export function useQueueRows(): QueueRowsState {
  const state = useContext(QueueRowsContext);
  if (!state) throw new Error('useQueueRows outside QueueRowsProvider');
  return state;
}
