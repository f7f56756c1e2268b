import type { Clock } from '../../../shared/domain/clock';
import type { Entry } from '../../../shared/domain/entry';
import {
  decodeEnrolmentCode,
  type AttachmentPutResult,
  type AttachmentUpload,
  type CounterDigest,
  type CounterReport,
  type PulledRow,
  type PushResult,
  type StoredAttachment,
  type SyncCredentials,
  type SyncFailureInfo,
  type SyncStatus,
} from '../../../shared/schema/sync';
import { DeskError } from '../deskError';
import { SyncConnection, SyncFailure } from './connection';
import type { SyncCredentialStore, SyncSettingsFile } from './credentials';

/** The i18n keys the screens show for sync failures; the detail is SyncFailure's code. */
export const SYNC_ERROR = {
  notConfigured: 'error.syncNotConfigured',
  paused: 'error.syncPaused',
  badCode: 'error.syncCode',
  wrongCounter: 'error.syncWrongCounter',
  noEncryption: 'error.syncNoEncryption',
  retryable: 'error.syncRetryable',
  permanent: 'error.syncPermanent',
} as const;

export type OpenConnection = (credentials: SyncCredentials) => Promise<SyncConnection>;

interface Waiter {
  readonly after: number;
  readonly resolve: (changed: boolean) => void;
}

/**
 * The main process's side of sync: holds the credentials (encrypted) and
 * one connection, opened when first needed and dropped on a failure so the
 * next call opens a fresh one. The screens hand it batches; it never
 * decides what to send or apply. Plain Node: tested without Electron.
 */
export class SyncService {
  private settings: SyncSettingsFile | undefined;
  private loaded = false;
  private connection: Promise<SyncConnection> | undefined;
  private active: SyncConnection | undefined;
  private lastContactAt: number | undefined;
  private clockSkewMs: number | undefined;
  private lastFailure: SyncFailureInfo | undefined;
  private latestOrder = 0;
  private readonly waiters = new Set<Waiter>();

  constructor(
    private readonly store: SyncCredentialStore,
    private readonly clock: Clock,
    private readonly open: OpenConnection = (c) => SyncConnection.open(c),
  ) {}

  private async current(): Promise<SyncSettingsFile | undefined> {
    if (!this.loaded) {
      this.settings = await this.store.load();
      this.loaded = true;
    }
    return this.settings;
  }

  async status(): Promise<SyncStatus> {
    const settings = await this.current();
    const c = settings?.credentials;
    return {
      configured: settings !== undefined,
      paused: settings?.paused ?? false,
      server: c && { host: c.host, port: c.port, database: c.database, role: c.user },
      lastContactAt: this.lastContactAt,
      clockSkewMs: this.clockSkewMs,
      lastFailure: this.lastFailure,
      encrypted: this.store.encrypted,
    };
  }

  /** Opens a connection with the credentials, checks who the server says this is, and the clocks. */
  private async connect(credentials: SyncCredentials, expected?: { store: string; counter: string }): Promise<SyncConnection> {
    const connection = await this.open(credentials);
    try {
      const hello = await connection.hello(this.clock.now());
      if (expected && (hello.store !== expected.store || hello.counter !== expected.counter)) {
        throw new DeskError(SYNC_ERROR.wrongCounter, `${hello.store}/${hello.counter}`);
      }
      this.clockSkewMs = this.clock.now() - hello.serverTime;
      this.lastContactAt = this.clock.now();
      // The server went away (restart, network): the next call opens a fresh connection.
      connection.onClose(() => {
        if (this.active !== connection) return;
        this.active = undefined;
        this.connection = undefined;
      });
      await connection.listen(hello.channel, (order) => this.notified(order));
      return connection;
    } catch (error) {
      await connection.close();
      throw error;
    }
  }

  /** Enrols this counter with a code from the server's administrator; the server must know it as this store and counter. */
  async enrol(request: { readonly code: string; readonly store: string; readonly counter: string }): Promise<SyncStatus> {
    const credentials = decodeEnrolmentCode(request.code);
    if (!credentials) throw new DeskError(SYNC_ERROR.badCode);
    if (!this.store.encrypted) throw new DeskError(SYNC_ERROR.noEncryption);
    const connection = await this.connect(credentials, request).catch((error: unknown) => {
      throw this.failed(error);
    });
    await this.dropConnection();
    this.connection = Promise.resolve(connection);
    this.active = connection;
    this.settings = { credentials, paused: false };
    this.lastFailure = undefined;
    await this.store.save(this.settings);
    return this.status();
  }

  async forget(): Promise<SyncStatus> {
    await this.dropConnection();
    await this.store.clear();
    this.settings = undefined;
    this.lastFailure = undefined;
    return this.status();
  }

  async setPaused(paused: boolean): Promise<SyncStatus> {
    const settings = await this.current();
    if (!settings) throw new DeskError(SYNC_ERROR.notConfigured);
    this.settings = { ...settings, paused };
    await this.store.save(this.settings);
    if (paused) await this.dropConnection();
    return this.status();
  }

  /** Checks the connection now (settings screen): who the server says this is, and the clocks. */
  async test(): Promise<SyncStatus> {
    await this.dropConnection();
    await this.withConnection(() => Promise.resolve());
    return this.status();
  }

  push(entries: readonly Entry[]): Promise<PushResult> {
    return this.withConnection((c) => c.push(entries));
  }

  pull(after: number, max: number): Promise<PulledRow[]> {
    return this.withConnection((c) => c.pull(after, max));
  }

  report(report: CounterReport): Promise<void> {
    return this.withConnection((c) => c.report(report));
  }

  digest(): Promise<CounterDigest[]> {
    return this.withConnection((c) => c.digest());
  }

  putAttachment(file: AttachmentUpload): Promise<AttachmentPutResult> {
    return this.withConnection((c) => c.putAttachment(file));
  }

  getAttachment(ref: string): Promise<StoredAttachment | null> {
    return this.withConnection((c) => c.getAttachment(ref));
  }

  /** Resolves true as soon as another counter of the store pushed past `after`, false after the timeout. */
  waitForChange(after: number, timeoutMs: number): Promise<boolean> {
    if (this.latestOrder > after) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        after,
        resolve: (changed) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(changed);
        },
      };
      const timer = setTimeout(() => waiter.resolve(false), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private notified(order: number): void {
    if (!Number.isFinite(order)) return;
    this.latestOrder = Math.max(this.latestOrder, order);
    for (const w of [...this.waiters]) if (order > w.after) w.resolve(true);
  }

  private async withConnection<T>(run: (c: SyncConnection) => Promise<T>): Promise<T> {
    const settings = await this.current();
    if (!settings) throw new DeskError(SYNC_ERROR.notConfigured);
    if (settings.paused) throw new DeskError(SYNC_ERROR.paused);
    try {
      this.connection ??= this.connect(settings.credentials);
      const connection = await this.connection;
      this.active = connection;
      const result = await run(connection);
      this.lastContactAt = this.clock.now();
      this.lastFailure = undefined;
      return result;
    } catch (error) {
      await this.dropConnection();
      throw this.failed(error);
    }
  }

  /** Records a failure and turns it into what the screens show. */
  private failed(error: unknown): DeskError {
    if (error instanceof DeskError) return error;
    const failure = error instanceof SyncFailure ? error : new SyncFailure('retryable', 'server', String(error));
    this.lastFailure = { kind: failure.kind, code: failure.code, at: this.clock.now() };
    return new DeskError(failure.kind === 'permanent' ? SYNC_ERROR.permanent : SYNC_ERROR.retryable, failure.code);
  }

  private async dropConnection(): Promise<void> {
    const pending = this.connection;
    this.connection = undefined;
    this.active = undefined;
    if (pending) await pending.then((c) => c.close()).catch(() => undefined);
  }

  async close(): Promise<void> {
    for (const w of [...this.waiters]) w.resolve(false);
    await this.dropConnection();
  }
}
