import { nextMarker } from '../../shared/domain/backup/marks';
import type { IpcResult } from '../../shared/ipc';
import type { BackupStatus } from '../../shared/schema/backup';
import { counterMarker, markerUpdate, type CounterMarker, type MarkerState } from '../../shared/schema/marker';

/**
 * Backups and the set-up marker in a plain browser (npm run start:web, the
 * end-to-end run). Backups need the desktop app, which owns the files; the
 * marker is kept in localStorage (cleared with the rest of the site's data,
 * so it protects only against a lost IndexedDB).
 */

export const BROWSER_BACKUP_STATUS: BackupStatus = { available: false, folder: '', chosenFolder: '', defaultFolder: '', everyHours: 0 };

export const backupUnavailable = () => Promise.resolve({ ok: false as const, error: 'error.backupDesktopOnly' });

const MARKER_KEY = 'servicedesk.counterMarker';

function read(): MarkerState {
  try {
    const raw = localStorage.getItem(MARKER_KEY);
    if (raw === null) return { state: 'none' };
    const parsed = counterMarker.safeParse(JSON.parse(raw));
    return parsed.success ? { state: 'setUp', marker: parsed.data } : { state: 'unreadable' };
  } catch {
    return { state: 'unreadable' };
  }
}

function update(raw: unknown): Promise<IpcResult<CounterMarker>> {
  const parsed = markerUpdate.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ ok: false, error: 'error.ipcInvalid', detail: parsed.error.message });
  const current = read();
  const marker = nextMarker(current.state === 'setUp' ? current.marker : undefined, parsed.data, Date.now());
  try {
    localStorage.setItem(MARKER_KEY, JSON.stringify(marker));
  } catch {
    return Promise.resolve({ ok: false, error: 'error.markerNotKept' });
  }
  return Promise.resolve({ ok: true, value: marker });
}

export const browserMarker = { read, update };
