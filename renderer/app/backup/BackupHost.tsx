import { useEffect } from 'react';
import { backupDue } from '../../../shared/domain/backup/schedule';
import { readDatabaseMarks } from '../../db/backup/marks';
import { reportMarksTo } from '../../db/backup/marksReporter';
import { readCounterIdentity } from '../../db/staff';
import { useServices } from '../services';
import { useSession } from '../session';
import { useBackupState } from './backupState';
import { readBackupStatus, runBackup } from './runBackup';

/** How often the shell asks whether the timed backup is due, and how long after start it first asks. */
const CHECK_EVERY_MS = 5 * 60_000;
const FIRST_CHECK_MS = 60_000;

/**
 * From set-up on, whoever is signed in: every write reports the numbers it
 * handed out to this PC's marker (before the write returns, so before any
 * printout), the whole database's marks are reported once at start, and
 * the timed backup runs when due.
 */
export function BackupHost() {
  const { db, desk, clock } = useServices();
  const identity = useSession((s) => s.identity);
  const store = identity?.store;
  const counter = identity?.counter;

  useEffect(
    () =>
      reportMarksTo(db, async (update) => {
        const result = await desk['marker:update'](update);
        useBackupState.getState().markerKept(result.ok ? undefined : result.error);
      }),
    [db, desk],
  );

  useEffect(() => {
    if (!store || !counter) return undefined;
    let stopped = false;
    void (async () => {
      // The database's own identity: a marker is only ever made for a database that was set up.
      const own = await readCounterIdentity(db);
      const marks = await readDatabaseMarks(db);
      if (stopped || !own) return;
      const result = await desk['marker:update']({ ...own, ...marks });
      useBackupState.getState().markerKept(result.ok ? undefined : result.error);
    })();
    const check = async () => {
      const status = await readBackupStatus(desk).catch(() => undefined);
      if (stopped || !status?.available) return;
      // A failure before the file reached the main process is known here only.
      const { outcome } = useBackupState.getState();
      const last = outcome && (!status.last || outcome.at > status.last.at) ? outcome : status.last;
      if (backupDue({ ...status, last }, clock.now())) await runBackup(db, desk, clock);
    };
    const first = window.setTimeout(() => void check(), FIRST_CHECK_MS);
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [db, desk, clock, store, counter]);

  return null;
}
