import type { WebPreferences } from 'electron';
import { isAppPageUrl } from './appUrl';

/**
 * The security settings of every window, as plain data so they are tested
 * under Node (Electron's security checklist: isolation, sandbox, no Node in
 * the page, web security on, no webviews, no insecure content).
 */

/** Sent as a response header by the app:// protocol for the desk's own pages. */
export { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * Print documents are static HTML from the renderer: no script may run in
 * them at all (the main process measures them with executeJavaScript, which
 * the page's CSP does not govern), and they may load nothing but our own
 * fonts, images and styles.
 */
export const PRINT_DOCUMENT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const LOCKED_DOWN: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
};

/** The desk window: locked down, with the preload that exposes `window.desk`. */
export function secureWebPreferences(preloadPath: string, packaged: boolean): WebPreferences {
  // An installed desk has no DevTools: a clerk must not reach the data layer around the write path's checks.
  return { ...LOCKED_DOWN, preload: preloadPath, safeDialogs: true, devTools: !packaged };
}

/**
 * A print window: locked down and without a preload, so a ticket's HTML has
 * no way to reach the main process. JavaScript stays on only so the main
 * process can await `document.fonts.ready` and measure the height; the
 * document's own scripts are blocked by its CSP. Not throttled while hidden,
 * or a hidden print window can stall before it paints.
 */
export function printWindowPreferences(): WebPreferences {
  return { ...LOCKED_DOWN, javascript: true, backgroundThrottling: false, images: true };
}

/** Only the desk's own pages may be navigated to; anything else is refused. */
export function isNavigationAllowed(url: string): boolean {
  return isAppPageUrl(url);
}

/**
 * Permissions the desk grants (camera, notifications, clipboard read, ...):
 * none. A scanner is a keyboard; printing is done by the main process.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}
