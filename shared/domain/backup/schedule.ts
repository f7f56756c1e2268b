import type { BackupRun } from '../../schema/backup';

const HOUR = 3_600_000;

/** After a failed backup, the next try waits this long (reading the whole database again at once would slow the desk for nothing). */
export const RETRY_AFTER_FAILURE_MS = 30 * 60_000;

/**
 * Whether the timed backup is due: every `everyHours` hours after the last
 * good one (0 = only at the daily close), and not sooner than half an hour
 * after a failure.
 */
export function backupDue(status: { readonly everyHours: number; readonly last?: BackupRun | undefined; readonly lastGood?: BackupRun | undefined }, now: number): boolean {
  if (status.everyHours <= 0) return false;
  if (status.last && !status.last.ok && now - status.last.at < RETRY_AFTER_FAILURE_MS) return false;
  return !status.lastGood || now - status.lastGood.at >= status.everyHours * HOUR;
}
