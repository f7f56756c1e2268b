import type { QueueRow } from '../../../../shared/domain/complaints/queue';

/** STUB (lead): replaced by the workflow slice. The queue as a table: pure props, so the bench can render it. */
export function ComplaintQueueTable(_props: { readonly rows: readonly QueueRow[]; readonly now: number; readonly onOpen: (complaintId: string) => void }) {
  return null;
}
