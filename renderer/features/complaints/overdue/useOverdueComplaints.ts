import { useMemo } from 'react';
import { isOverdue, type QueueRow } from '../../../../shared/domain/complaints/queue';
import { useServices } from '../../../app/services';
import { useNow } from '../../../components/useNow';
import { useQueueRows } from '../queue/useQueueRows';

/** A minute is fine enough for "overdue": the status bar need not redraw more often. */
const EVERY_MS = 60_000;

/**
 * The open complaints overdue now, longest overdue first (undefined while
 * loading): the one place the sign-in dialog and the status bar count them.
 * Limits are recomputed only when a complaint, the rules or the minute change.
 */
export function useOverdueComplaints(): readonly QueueRow[] | undefined {
  const { clock } = useServices();
  const now = useNow(clock, EVERY_MS);
  const rows = useQueueRows(now);
  return useMemo(() => rows?.filter(isOverdue), [rows]);
}
