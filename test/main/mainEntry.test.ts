import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import type { FakeBrowserWindow, FakeElectronState } from './support/fakeElectron';
import { makeTempDir } from './support/tempDir';

/**
 * Starts the real main-process entry, bundled as for production but with a
 * recording stand-in for 'electron', to check its wiring: what happens
 * before `ready`, the single-instance lock, the protocol, the IPC channels,
 * the window and the lock-down of every web contents.
 */

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let cleanup: () => Promise<void>;
let bundle: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('desk-entry-'));
  await mkdir(path.join(dir, 'app/out/renderer'), { recursive: true });
  await writeFile(path.join(dir, 'app/out/renderer/index.html'), '<!doctype html><title>desk</title>');
  bundle = path.join(dir, 'main.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['electron/main/index.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'fake-electron',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^electron$/ }, () => ({ path: path.join(root, 'test/main/support/fakeElectron.ts') }));
        },
      },
    ],
  });
}, 60_000);

afterAll(() => cleanup());

async function startEntry(lockGranted: boolean): Promise<FakeElectronState> {
  const fake: FakeElectronState = {
    lockGranted,
    appPath: path.join(dir, 'app'),
    userData: path.join(dir, 'userData'),
    calls: [],
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    appListeners: new Map(),
    windows: [],
  };
  (globalThis as { __deskFakeElectron?: FakeElectronState }).__deskFakeElectron = fake;
  const require = createRequire(bundle);
  delete require.cache[bundle];
  require(bundle);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake;
}

function deskWindow(fake: FakeElectronState): FakeBrowserWindow {
  const window = fake.windows[0];
  if (!window) throw new Error('no window was created');
  return window;
}

describe('the main-process entry', () => {
  it('registers the privileged scheme and the sandbox before ready, behind the single-instance lock', async () => {
    const fake = await startEntry(true);
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.calls.slice(0, 4)).toEqual([
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
      'app.whenReady',
    ]);
    expect(fake.appListeners.has('second-instance')).toBe(true);
  });

  it('serves the renderer on app://desk/ with the CSP', async () => {
    const fake = await startEntry(true);
    const handler = fake.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler?.({ url: 'app://desk/index.html', method: 'GET' });
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('registers exactly the IPC channels of the map, gated on the sender', async () => {
    const fake = await startEntry(true);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const info = fake.ipcHandlers.get('app:info');
    await expect(info?.({ senderFrame: { url: 'app://desk/index.html' } }, undefined)).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', platform: process.platform, dataDir: fake.userData, archiveDir: path.join(fake.userData, 'print-archive') },
    });
    await expect(info?.({ senderFrame: { url: 'https://evil.example/' } }, undefined)).resolves.toEqual({ ok: false, error: 'error.ipcSender' });
  });

  it('opens the locked-down desk window on app://desk/index.html', async () => {
    const fake = await startEntry(true);
    const window = deskWindow(fake);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(fake.appPath, 'out', 'preload', 'index.cjs'),
    });
    expect(window.loadedUrl).toBe('app://desk/index.html');
  });

  it('denies permissions and locks down every web contents', async () => {
    const fake = await startEntry(true);
    let granted: boolean | undefined;
    fake.permissionRequest?.({}, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.permissionCheck?.({}, 'clipboard-read')).toBe(false);

    const [lockDown] = fake.appListeners.get('web-contents-created') ?? [];
    const { FakeWebContents } = await import('./support/fakeElectron');
    const contents = new FakeWebContents();
    (lockDown as (event: unknown, contents: unknown) => void)({}, contents);

    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const [willNavigate] = contents.listeners.get('will-navigate') ?? [];
    const navigate = willNavigate as (event: { preventDefault(): void }, url: string) => void;
    let prevented = 0;
    navigate({ preventDefault: () => (prevented += 1) }, 'https://example.com/');
    navigate({ preventDefault: () => (prevented += 1) }, 'app://desk/storage');
    expect(prevented).toBe(1);
    expect(contents.listeners.has('will-attach-webview')).toBe(true);
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = await startEntry(false);
    expect(fake.calls).toContain('app.quit');
    expect(fake.calls).not.toContain('app.whenReady');
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });
});
