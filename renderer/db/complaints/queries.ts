import { complaintQueue, type QueueComplaint, type QueueRow } from '../../../shared/domain/complaints/queue';
import type { ComplaintRules } from '../../../shared/domain/complaints/rules';
import type { DeskDatabase } from '../database';

/** Every open complaint as the queue keeps it (small rows), not the closed ones. */
export function openComplaints(db: DeskDatabase): Promise<QueueComplaint[]> {
  return db.complaintQueue.toArray();
}

/** The open-complaints queue as of `now`: limits computed, most urgent first. */
export async function readComplaintQueue(db: DeskDatabase, rules: ComplaintRules, now: number): Promise<QueueRow[]> {
  return complaintQueue(await openComplaints(db), rules, now);
}
