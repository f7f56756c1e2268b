/**
 * A stand-in for the parts of the 'electron' module the main process uses,
 * so the bundled entry can be started under plain Node: it records what the
 * entry asks of Electron in `globalThis.__deskFakeElectron` for the test to
 * read. Bundled in place of 'electron' by the entry test; never shipped.
 */
type Listener = (...args: never[]) => unknown;

export interface FakeElectronState {
  /** Set by the test before the entry runs. */
  lockGranted: boolean;
  appPath: string;
  userData: string;
  /** Recorded. */
  calls: string[];
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: { url: string; method: string }) => Promise<Response>>;
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  appListeners: Map<string, Listener[]>;
  windows: FakeBrowserWindow[];
  permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheck?: (contents: unknown, permission: string) => boolean;
  menu?: unknown;
}

function state(): FakeElectronState {
  const found = (globalThis as { __deskFakeElectron?: FakeElectronState }).__deskFakeElectron;
  if (!found) throw new Error('set globalThis.__deskFakeElectron before loading the entry');
  return found;
}

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler?: (details: unknown) => unknown;
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
  getPrintersAsync(): Promise<unknown[]> {
    return Promise.resolve([]);
  }
}

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    state().windows.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return state().windows;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  show(): void {}
  focus(): void {}
  maximize(): void {}
  destroy(): void {}
}

export const BrowserWindow = FakeBrowserWindow;

export const app = {
  enableSandbox: () => void state().calls.push('app.enableSandbox'),
  requestSingleInstanceLock: () => {
    state().calls.push('app.requestSingleInstanceLock');
    return state().lockGranted;
  },
  quit: () => void state().calls.push('app.quit'),
  exit: (code: number) => void state().calls.push(`app.exit(${code})`),
  on: (event: string, listener: Listener) => {
    const listeners = state().appListeners;
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  },
  whenReady: () => {
    state().calls.push('app.whenReady');
    return Promise.resolve();
  },
  getAppPath: () => state().appPath,
  getPath: (name: string) => (name === 'userData' ? state().userData : `/fake/${name}`),
  getVersion: () => '0.1.0',
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => {
    state().calls.push('protocol.registerSchemesAsPrivileged');
    state().privilegedSchemes.push(...schemes);
  },
  handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => {
    state().calls.push(`protocol.handle(${scheme})`);
    state().protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
    state().ipcHandlers.set(channel, listener);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: FakeElectronState['permissionRequest']) => {
      state().permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: FakeElectronState['permissionCheck']) => {
      state().permissionCheck = handler;
    },
    setDevicePermissionHandler: () => undefined,
  },
};

export const Menu = {
  setApplicationMenu: (menu: unknown) => {
    state().menu = menu;
  },
  buildFromTemplate: (template: unknown) => template,
};

/** Encryption the entry wires into sync's credential store (never called at start-up). */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: (text: string) => Buffer.from(text),
  decryptString: (data: Buffer) => data.toString(),
};
