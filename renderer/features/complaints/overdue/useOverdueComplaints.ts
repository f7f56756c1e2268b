import { useMemo } from 'react';
import { isOverdue, type QueueRow } from '../../../../shared/domain/complaints/queue';
import { useQueueRows } from '../queue/QueueRows';

/** The open complaints overdue now, longest overdue first (undefined while loading): what the sign-in dialog and the status bar count. */
export function useOverdueComplaints(): readonly QueueRow[] | undefined {
  const { rows } = useQueueRows();
  return useMemo(() => rows?.filter(isOverdue), [rows]);
}
