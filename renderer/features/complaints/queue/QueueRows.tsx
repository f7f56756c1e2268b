import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { complaintQueue, type QueueRow } from '../../../../shared/domain/complaints/queue';
import { can } from '../../../../shared/domain/staff';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useNow } from '../../../components/useNow';
import { openComplaints } from '../../../db/complaints/queries';
import { useComplaintRules } from '../useComplaintRules';

export interface QueueRowsState {
  /** The open complaints, most urgent first; undefined while loading or for someone without complaint work. */
  readonly rows?: readonly QueueRow[] | undefined;
  /** The time the limits were computed at. */
  readonly now: number;
}

const QueueRowsContext = createContext<QueueRowsState | undefined>(undefined);

/**
 * Reads the open complaints and computes their limits once for the whole
 * desk: the queue screen, the status bar count and the sign-in warning all
 * read this, rather than each reading 5,000 rows again on every change.
 * Live: a step taken here or arriving from another counter re-sorts at once.
 */
export function QueueRowsProvider({ children }: { readonly children: ReactNode }) {
  const { db, clock } = useServices();
  const role = useSession((s) => s.staff?.role);
  const works = role !== undefined && can(role, 'complaints.work');
  const tick = useNow(clock);
  // Read with the time of reading: a step just taken counts at once, not at the next tick.
  const open = useLiveQuery(async () => (works ? { complaints: await openComplaints(db), at: clock.now() } : undefined), [db, clock, works]);
  const rules = useComplaintRules();
  const value = useMemo((): QueueRowsState => {
    const now = Math.max(tick, open?.at ?? 0);
    return { now, rows: open && rules ? complaintQueue(open.complaints, rules, now) : undefined };
  }, [open, rules, tick]);
  return <QueueRowsContext.Provider value={value}>{children}</QueueRowsContext.Provider>;
}

export function useQueueRows(): QueueRowsState {
  const state = useContext(QueueRowsContext);
  if (!state) throw new Error('useQueueRows outside QueueRowsProvider');
  return state;
}
