import { isOverdue, type QueueRow } from '../../../../shared/domain/complaints/queue';

export const QUEUE_FILTERS = ['all', 'overdue', 'mine'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

/** The rows a filter keeps: all, the overdue ones, or those whose assigned owner is me. */
export function filterQueue(rows: readonly QueueRow[], filter: QueueFilter, myStaffNo: string | undefined): readonly QueueRow[] {
  switch (filter) {
    case 'all':
      return rows;
    case 'overdue':
      return rows.filter(isOverdue);
    case 'mine':
      return rows.filter((r) => myStaffNo !== undefined && r.complaint.assignment?.ownerStaffNo === myStaffNo);
  }
}
