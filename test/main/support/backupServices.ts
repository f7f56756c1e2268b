import path from 'node:path';
import type { BackupChannelDeps } from '../../../electron/main/ipc/backup';
import { CounterMarkerStore } from '../../../electron/main/backup/marker';
import { BackupService } from '../../../electron/main/backup/service';
import { DeskError } from '../../../electron/main/deskError';
import { nextMarker } from '../../../shared/domain/backup/marks';
import type { Clock } from '../../../shared/domain/clock';
import type { MarkerState } from '../../../shared/schema/marker';

/** The main process's backups and marker on disk, in a test's own folder. */
export function backupServicesIn(dir: string, clock: Clock): BackupChannelDeps & { readonly service: BackupService; readonly marker: CounterMarkerStore } {
  return {
    service: new BackupService({
      settingsFile: path.join(dir, 'backup-settings.json'),
      historyFile: path.join(dir, 'backup-history.json'),
      defaultFolder: path.join(dir, 'backups'),
      clock,
      log: () => undefined,
    }),
    marker: new CounterMarkerStore(path.join(dir, 'counter-marker.json'), clock, () => undefined),
  };
}

const off = () => Promise.reject(new DeskError('error.backupDesktopOnly'));

/** No backup folder, and a marker kept in memory (a PC never set up until the page sets it up). */
export function stubBackupServices(): BackupChannelDeps {
  let state: MarkerState = { state: 'none' };
  return {
    service: {
      status: () => Promise.resolve({ available: false, folder: '', chosenFolder: '', defaultFolder: '', everyHours: 0 }),
      setSettings: off,
      begin: () => {
        throw new DeskError('error.backupDesktopOnly');
      },
      write: off,
      commit: off,
      list: () => Promise.resolve([]),
      open: off,
      read: off,
    },
    marker: {
      read: () => Promise.resolve(state),
      update: (update) => {
        const marker = nextMarker(state.state === 'setUp' ? state.marker : undefined, update, Date.now());
        state = { state: 'setUp', marker };
        return Promise.resolve(marker);
      },
    },
  };
}
