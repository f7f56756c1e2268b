import { complaintQueue, type QueueRow } from '../../../shared/domain/complaints/queue';
import type { ComplaintRules } from '../../../shared/domain/complaints/rules';
import type { ComplaintRow, DeskDatabase } from '../database';

/** Every open complaint (the queue's index), not the closed ones. */
export function openComplaints(db: DeskDatabase): Promise<ComplaintRow[]> {
  return db.complaints.where('open').equals(1).toArray();
}

/** The open-complaints queue as of `now`: limits computed, most urgent first. */
export async function readComplaintQueue(db: DeskDatabase, rules: ComplaintRules, now: number): Promise<QueueRow[]> {
  return complaintQueue(await openComplaints(db), rules, now);
}
