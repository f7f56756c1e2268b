import type { CounterReport } from '../../../shared/schema/sync';
import { countConflicts } from '../conflicts';
import type { DeskDatabase } from '../database';
import { localDigest } from './digest';
import { readPullCounts } from './pull';

/** What this counter tells the server of itself after a sync: the head office overview shows it beside the server's figures. */
export async function counterReportOf(db: DeskDatabase, store: string): Promise<CounterReport> {
  const [unsynced, conflicts, { waiting }, copy] = await Promise.all([db.outbox.count(), countConflicts(db), readPullCounts(db), localDigest(db, store)]);
  return { unsynced, conflicts, waiting, copy };
}
