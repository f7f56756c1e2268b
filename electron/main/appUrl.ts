/**
 * The app's own origin. The renderer is served from `app://desk/` by the
 * main process (never from file:// or the network), so "is this our page?"
 * is one string check that both the IPC gate and the navigation guard share.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Print documents (tickets rendered by the renderer) are served under this
 * path of the same origin, so their absolute `app://desk/...` font URLs load
 * as same-origin requests. They are static, untrusted HTML: not app pages.
 */
export const PRINT_DOCUMENT_PREFIX = '/__print/';

/** True for a page of the desk app itself (not a print document, not another origin). */
export function isAppPageUrl(url: string): boolean {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.pathname.startsWith(PRINT_DOCUMENT_PREFIX);
}
