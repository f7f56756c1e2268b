import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { systemClock } from '../../shared/domain/clock';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './appProtocol';
import { APP_SCHEME } from './appUrl';
import { CounterMarkerStore } from './backup/marker';
import { BackupService } from './backup/service';
import { createHandlers } from './ipc/handlers';
import { registerHandlers } from './ipc/register';
import { installMinimalMenu } from './menu';
import { createElectronPrintDriver } from './print/electronDriver';
import { PrintDocuments } from './print/printDocuments';
import { PrintQueue } from './print/queue';
import { PrinterSettingsStore } from './print/settings';
import { SyncCredentialStore } from './sync/credentials';
import { electronEncryptor } from './sync/safeStorage';
import { SyncService } from './sync/service';
import { createMainWindow, denyPermissions, lockDownWebContents } from './window';

/**
 * Entry of the main process: one instance per PC, the app:// protocol, the
 * locked-down desk window and the IPC gate. Logic lives in the modules it
 * wires together; this file only connects them to Electron.
 */

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openMainWindow(preloadPath: string): void {
  mainWindow = createMainWindow(preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function start(): void {
  // In development `electron .` and in the package app.asar: both hold out/.
  const appRoot = app.getAppPath();
  const preloadPath = path.join(appRoot, 'out', 'preload', 'index.cjs');
  const dataDir = app.getPath('userData');
  const archiveDir = path.join(dataDir, 'print-archive');

  installMinimalMenu(process.platform);
  denyPermissions(session.defaultSession);

  const printDocuments = new PrintDocuments();
  protocol.handle(APP_SCHEME, createAppRequestHandler({ rootDir: path.join(appRoot, 'out', 'renderer'), printDocuments }));

  const driver = createElectronPrintDriver({ documents: printDocuments, printerListSource: () => mainWindow?.webContents });
  const queue = new PrintQueue({ driver, archiveDir, queueFile: path.join(dataDir, 'print-queue.json'), clock: systemClock });
  const settings = new PrinterSettingsStore(path.join(dataDir, 'print-settings.json'));
  const sync = new SyncService(new SyncCredentialStore(path.join(dataDir, 'sync-credentials.bin'), electronEncryptor), systemClock);
  app.on('before-quit', () => void sync.close());
  const backup = new BackupService({
    settingsFile: path.join(dataDir, 'backup-settings.json'),
    historyFile: path.join(dataDir, 'backup-history.json'),
    defaultFolder: path.join(dataDir, 'backups'),
    clock: systemClock,
  });
  const marker = new CounterMarkerStore(path.join(dataDir, 'counter-marker.json'), systemClock);

  registerHandlers(
    ipcMain,
    createHandlers({
      app: {
        appInfo: () => ({ version: app.getVersion(), platform: process.platform, dataDir, archiveDir }),
      },
      print: { driver, queue, settings },
      sync: { service: sync },
      backup: { service: backup, marker },
    }),
    (message, error) => console.error(`[ipc] ${message}`, error ?? ''),
  );

  openMainWindow(preloadPath);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(preloadPath);
  });
}

// A second copy would fight over the same database and print queue: hand over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] could not start', error);
      app.exit(1);
    });
}
