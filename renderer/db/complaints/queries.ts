import { complaintQueue, type QueueComplaint, type QueueRow } from '../../../shared/domain/complaints/queue';
import type { ComplaintRules } from '../../../shared/domain/complaints/rules';
import type { DeskDatabase } from '../database';
import { catchUpComplaintQueue } from './liveQueue';

/** Every open complaint as the queue keeps it (small rows), not the closed ones. */
export function openComplaints(db: DeskDatabase): Promise<QueueComplaint[]> {
  return db.complaintQueue.toArray();
}

/**
 * The open-complaints queue as of `now`: limits computed, most urgent first.
 * While the queue is watched (watchComplaintQueue) only the rows written
 * since the last read are read, and only they and the rows that fell due
 * are computed; otherwise every open row is read and computed.
 */
export async function readComplaintQueue(db: DeskDatabase, rules: ComplaintRules, now: number): Promise<QueueRow[]> {
  const kept = await catchUpComplaintQueue(db);
  return kept ? kept.rows(rules, now) : complaintQueue(await openComplaints(db), rules, now);
}
