import type { DeskServices } from '../../../electron/main/ipc/handlers';
import { DEFAULT_PRINTER_SETTINGS } from '../../../electron/main/print/settings';
import { SyncCredentialStore } from '../../../electron/main/sync/credentials';
import { SyncService } from '../../../electron/main/sync/service';
import { systemClock } from '../../../shared/domain/clock';
import { stubBackupServices } from './backupServices';
import { plainEncryptor } from './plainEncryptor';

/** Services that answer without touching disk or printers, for IPC tests. */
export function stubServices(): DeskServices {
  return {
    app: { appInfo: () => ({ version: '0.1.0', platform: 'linux', dataDir: '/data', archiveDir: '/data/print-archive' }) },
    print: {
      driver: { listPrinters: () => Promise.resolve([{ name: 'TM-T82', displayName: 'Epson TM-T82', isDefault: true, offline: false }]) },
      queue: {
        submit: (request) => Promise.resolve({ jobId: request.jobId, status: 'printed' as const }),
        retry: (jobId) => Promise.resolve({ jobId, status: 'printed' as const }),
        list: () => Promise.resolve([]),
      },
      settings: { read: () => Promise.resolve(DEFAULT_PRINTER_SETTINGS), save: (settings) => Promise.resolve(settings) },
    },
    // Never enrolled: reads a file that is not there.
    sync: { service: new SyncService(new SyncCredentialStore('/nonexistent/servicedesk/sync-credentials.bin', plainEncryptor), systemClock) },
    backup: stubBackupServices(),
  };
}
