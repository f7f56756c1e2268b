import { app, BrowserWindow, type Session, type WebContents } from 'electron';
import { APP_ENTRY_URL } from './appUrl';
import { isNavigationAllowed, isPermissionGranted, secureWebPreferences } from './security';

/**
 * Every web contents the app ever creates (the desk window, print windows):
 * no navigation away from the desk's own pages, no new windows, no webviews.
 * Applied from `app.on('web-contents-created')`, so none can be missed.
 */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Camera, notifications, clipboard reads, devices: refused unless listed in security.ts (none are). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const deskWindow = new BrowserWindow({
    title: 'ServiceDesk',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, app.isPackaged),
  });
  // Shown once painted, so the counter never sees a white flash; a desk runs full screen.
  deskWindow.once('ready-to-show', () => {
    deskWindow.maximize();
    deskWindow.show();
  });
  deskWindow.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[window] could not load the desk', error));
  return deskWindow;
}
