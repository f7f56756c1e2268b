import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { complaintQueue, type QueueRow } from '../../../../shared/domain/complaints/queue';
import { useServices } from '../../../app/services';
import { openComplaints } from '../../../db/complaints/queries';
import { useComplaintRules } from '../useComplaintRules';

/**
 * The open complaints with their limits as of `now`, most urgent first;
 * undefined while loading. Live: a step taken here or arriving from another
 * counter re-sorts the queue at once.
 */
export function useQueueRows(now: number): readonly QueueRow[] | undefined {
  const { db, clock } = useServices();
  // Read with the time of reading: a step just taken counts at once, not at the next tick.
  const open = useLiveQuery(async () => ({ complaints: await openComplaints(db), at: clock.now() }), [db, clock]);
  const rules = useComplaintRules();
  return useMemo(() => (open && rules ? complaintQueue(open.complaints, rules, Math.max(now, open.at)) : undefined), [open, rules, now]);
}
