import type { DeskServices } from '../../../electron/main/ipc/handlers';
import { DEFAULT_PRINTER_SETTINGS } from '../../../electron/main/print/settings';

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
  };
}
