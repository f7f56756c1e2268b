import type { DeskApi, IpcResult } from '../../shared/ipc';
import { defaultPrinterSettings, printJobRequest, printerSettings, type PrinterSettings, type PrintJobRequest, type PrintJobResult } from '../../shared/schema/print';
import type { SyncStatus } from '../../shared/schema/sync';
import { backupUnavailable, BROWSER_BACKUP_STATUS, browserMarker } from './browserBackup';

/**
 * The `desk` API when the renderer runs in a plain browser (npm run
 * start:web, the end-to-end tests): same channels, same validation, no Node.
 * Printing opens the browser's print of the same HTML; each job is kept in
 * memory as this stand-in's "archive".
 */
export interface StandInPrintRecord {
  readonly request: PrintJobRequest;
  readonly printedAt: number;
}

const SETTINGS_KEY = 'servicedesk.printerSettings';

function ok<T>(value: T): Promise<IpcResult<T>> {
  return Promise.resolve({ ok: true, value });
}

/** Sync needs the main process (it holds the connection and the credentials): in a plain browser it is off. */
const SYNC_OFF: SyncStatus = { configured: false, paused: false, encrypted: false };
const syncUnavailable = () => Promise.resolve({ ok: false as const, error: 'error.syncDesktopOnly' });

function readSettings(): PrinterSettings {
  try {
    const parsed = printerSettings.safeParse(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null'));
    return parsed.success ? { ...defaultPrinterSettings(), ...parsed.data } : defaultPrinterSettings();
  } catch {
    return defaultPrinterSettings();
  }
}

/** Prints HTML through a hidden iframe so the desk screen stays as it is. */
function browserPrint(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
  frame.srcdoc = html;
  frame.onload = () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 1000);
  };
  document.body.appendChild(frame);
}

export function createWebStandIn(archive: StandInPrintRecord[] = []): DeskApi & { readonly archive: StandInPrintRecord[] } {
  return {
    archive,
    'app:info': () => ok({ version: 'web', platform: 'browser', dataDir: 'IndexedDB', archiveDir: '-' }),
    'print:listPrinters': () => ok([{ name: '', displayName: 'Browser print', isDefault: true }]),
    'print:submit': (raw) => {
      const parsed = printJobRequest.safeParse(raw);
      if (!parsed.success) return Promise.resolve({ ok: false, error: 'error.ipcInvalid', detail: parsed.error.message });
      archive.push({ request: parsed.data, printedAt: Date.now() });
      // Under automation no one can answer the print dialog, and Chromium stalls the page's input
      // while it is up: the job is kept in the archive only.
      if (!navigator.webdriver) browserPrint(parsed.data.html);
      const result: PrintJobResult = { jobId: parsed.data.jobId, status: 'printed' };
      return ok(result);
    },
    'print:queue': () => ok([]),
    'print:retry': (raw) => ok({ jobId: raw.jobId, status: 'failed', error: 'print.error.failed' }),
    'print:getSettings': () => ok(readSettings()),
    'print:setSettings': (raw) => {
      const parsed = printerSettings.safeParse(raw);
      if (!parsed.success) return Promise.resolve({ ok: false, error: 'error.ipcInvalid', detail: parsed.error.message });
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(parsed.data));
      return ok(parsed.data);
    },
    'sync:status': () => ok(SYNC_OFF),
    'sync:enrol': syncUnavailable,
    'sync:forget': () => ok(SYNC_OFF),
    'sync:setPaused': syncUnavailable,
    'sync:test': syncUnavailable,
    'sync:push': syncUnavailable,
    'sync:pull': syncUnavailable,
    'sync:digest': syncUnavailable,
    'sync:report': syncUnavailable,
    'sync:waitForChange': () => ok(false),
    'sync:putAttachment': syncUnavailable,
    'sync:getAttachment': syncUnavailable,
    'backup:status': () => ok(BROWSER_BACKUP_STATUS),
    'backup:setSettings': backupUnavailable,
    'backup:begin': backupUnavailable,
    'backup:write': backupUnavailable,
    'backup:commit': backupUnavailable,
    'backup:list': () => ok([]),
    'backup:open': backupUnavailable,
    'backup:read': backupUnavailable,
    'marker:read': () => ok(browserMarker.read()),
    'marker:update': (raw) => browserMarker.update(raw),
  };
}
