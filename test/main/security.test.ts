import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppPageUrl } from '../../electron/main/appUrl';
import {
  CONTENT_SECURITY_POLICY,
  GRANTED_PERMISSIONS,
  isNavigationAllowed,
  isPermissionGranted,
  PRINT_DOCUMENT_CONTENT_SECURITY_POLICY,
  printWindowPreferences,
  secureWebPreferences,
} from '../../electron/main/security';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('window security settings', () => {
  it('locks the desk window down and gives it the preload', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', true);
    expect(prefs).toMatchObject({
      devTools: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('keeps DevTools for a developer running from source only', () => {
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true);
  });

  it('gives a print window the same lock-down and no preload', () => {
    const prefs = printWindowPreferences();
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toBeUndefined();
  });

  it('sends the strict content security policy for desk pages', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': "'self'",
      'img-src': "'self' data: blob:",
      'style-src': "'self' 'unsafe-inline'",
      'font-src': "'self'",
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('lets no script run in a print document', () => {
    const policy = directives(PRINT_DOCUMENT_CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toBe("'none'");
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('font-src')).toBe("'self'");
  });
});

describe('navigation and permissions', () => {
  it('allows only the desk pages', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(isNavigationAllowed('app://desk/storage/new')).toBe(true);
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://desk.evil/',
      'app://deskx/',
      'app://other/index.html',
      'app://desk/__print/1.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });

  it('tells a print document from a desk page', () => {
    expect(isAppPageUrl('app://desk/index.html')).toBe(true);
    expect(isAppPageUrl('app://desk/__print/abc.html')).toBe(false);
  });

  it('grants no permission', () => {
    expect(GRANTED_PERMISSIONS.size).toBe(0);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });
});
