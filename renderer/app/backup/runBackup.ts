import type { Clock } from '../../../shared/domain/clock';
import type { DeskApi } from '../../../shared/ipc';
import type { BackupFile, BackupStatus } from '../../../shared/schema/backup';
import { deskValue } from '../../bridge/deskValue';
import { backUp } from '../../db/backup/export';
import type { DeskDatabase } from '../../db/database';
import { DeskError } from '../../db/errors';
import { useBackupState } from './backupState';

export async function readBackupStatus(desk: DeskApi): Promise<BackupStatus> {
  return deskValue(await desk['backup:status'](undefined));
}

/**
 * One backup now, unless one is running or backups are not available here
 * (a plain browser). Never throws: the outcome is kept for the status bar
 * and the settings, where a failure shows until the next good backup.
 */
export async function runBackup(db: DeskDatabase, desk: DeskApi, clock: Clock): Promise<BackupFile | undefined> {
  const state = useBackupState.getState();
  if (state.running) return undefined;
  state.started();
  try {
    if (!(await readBackupStatus(desk)).available) {
      useBackupState.setState({ running: false, progress: undefined });
      return undefined;
    }
    const file = await backUp(db, desk, clock, state.progressed);
    state.finished({ at: clock.now(), ok: true, name: file?.name });
    return file;
  } catch (error) {
    const code = error instanceof DeskError ? error.code : 'error.backupFailed';
    const detail = error instanceof DeskError ? error.params.detail : error instanceof Error ? error.message : String(error);
    state.finished({ at: clock.now(), ok: false, error: code, detail: detail === undefined ? undefined : String(detail) });
    return undefined;
  }
}
