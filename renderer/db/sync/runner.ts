import { liveQuery } from 'dexie';
import type { Clock } from '../../../shared/domain/clock';
import type { DeskApi } from '../../../shared/ipc';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { syncAttachmentFiles } from './attachments';
import { SyncCallError, ipcTransport, unwrap } from './ipcTransport';
import { pullIncoming, readSyncCursor } from './pull';
import { pushOutbox } from './push';
import { counterReportOf } from './report';
import type { AttachmentTransport, SyncTransport } from './transport';

/** What the status bar and the settings screen show of the loop. */
export interface SyncRunState {
  readonly phase: 'off' | 'syncing' | 'idle' | 'retrying' | 'stopped';
  /** The last cycle that pushed and pulled without a failure. */
  readonly lastSyncAt?: number | undefined;
  readonly lastError?: { readonly key: string; readonly detail?: string | undefined; readonly at: number } | undefined;
  /** When the next try is due, while retrying. */
  readonly retryAt?: number | undefined;
}

export interface SyncLogLine {
  readonly at: number;
  readonly pushed: number;
  readonly pulled: number;
  /** Attached files that went up or came down (absent in lines written before files travelled). */
  readonly files?: number | undefined;
  readonly problems: number;
  readonly error?: string | undefined;
}

const LOG_KEY = 'sync.log';
const LOG_LINES = 50;
/** How long a live wait lasts before the loop checks in anyway. */
const LIVE_WAIT_MS = 20_000;
/** Retry back-off: 1 s doubling to 1 min, with jitter so counters do not retry in step. */
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;
const OFF_CHECK_MS = 15_000;
/** The report for the head office: after a change at most once a minute (its digest reads every entry), else every 10 minutes. */
const REPORT_MIN_MS = 60_000;
const REPORT_MAX_MS = 10 * 60_000;

export async function readSyncLog(db: DeskDatabase): Promise<SyncLogLine[]> {
  const row = await db.meta.get(LOG_KEY);
  return Array.isArray(row?.value) ? (row.value as SyncLogLine[]) : [];
}

async function appendSyncLog(db: DeskDatabase, line: SyncLogLine): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: LOG_KEY, value: [line, ...(await readSyncLog(db))].slice(0, LOG_LINES) });
  });
}

export interface SyncRunnerOptions {
  readonly ctx: DeskContext;
  readonly desk: DeskApi;
  readonly onState: (state: SyncRunState) => void;
  readonly transport?: (SyncTransport & AttachmentTransport) | undefined;
  readonly random?: () => number;
}

/**
 * The counter's sync loop: push the outbox, pull what is new, move the
 * attached files (up, then down), then wait
 * for a local write or another counter's push (LISTEN/NOTIFY through the
 * main process). A retryable failure backs off and tries again; a
 * permanent one stops until the settings change (kick). Nothing here ever
 * blocks the counter's own work.
 */
export class SyncRunner {
  private stopped = false;
  private wake: (() => void) | undefined;
  /** Something happened while no wait was running: the next wait returns at once. */
  private dirty = false;
  private state: SyncRunState = { phase: 'off' };
  private readonly transport: SyncTransport & AttachmentTransport;
  private readonly clock: Clock;
  private unsubscribe: (() => void) | undefined;
  private lastReportAt: number | undefined;
  private unreported = true;

  constructor(private readonly options: SyncRunnerOptions) {
    this.transport = options.transport ?? ipcTransport(options.desk);
    this.clock = options.ctx.clock;
  }

  start(): void {
    // A write at this counter (a new outbox line) starts a cycle at once.
    const sub = liveQuery(() => this.options.ctx.db.outbox.count()).subscribe({ next: () => this.kick(), error: () => undefined });
    this.unsubscribe = () => sub.unsubscribe();
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.kick();
  }

  /** Runs a cycle now: a local write, a settings change, the retry button. */
  kick(): void {
    const wake = this.wake;
    this.wake = undefined;
    if (wake) wake();
    else this.dirty = true;
  }

  private publish(next: SyncRunState): void {
    this.state = next;
    this.options.onState(next);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Until another counter pushes, this counter writes, or the live wait runs out. */
  private async waitForWork(): Promise<void> {
    if (this.dirty) {
      this.dirty = false;
      return;
    }
    const cursor = await readSyncCursor(this.options.ctx.db);
    const local = this.sleep(LIVE_WAIT_MS);
    const remote = this.options.desk['sync:waitForChange']({ after: cursor, timeoutMs: LIVE_WAIT_MS }).catch(() => undefined);
    await Promise.race([local, remote]);
    this.kick();
  }

  private async reportIfDue(changed: boolean): Promise<void> {
    this.unreported ||= changed;
    const now = this.clock.now();
    const since = this.lastReportAt === undefined ? Infinity : now - this.lastReportAt;
    if (since < REPORT_MIN_MS || (!this.unreported && since < REPORT_MAX_MS)) return;
    const { db, session } = this.options.ctx;
    // Only for the overview: a refusal here never fails the cycle (the next push says what is wrong).
    const result = await this.options.desk['sync:report'](await counterReportOf(db, session.store));
    if (!result.ok) return;
    this.lastReportAt = now;
    this.unreported = false;
  }

  private async loop(): Promise<void> {
    const { ctx, desk } = this.options;
    const random = this.options.random ?? Math.random;
    let retryMs = 0;
    while (!this.stopped) {
      const status = await desk['sync:status'](undefined);
      if (!status.ok || !status.value.configured || status.value.paused) {
        this.publish({ ...this.state, phase: 'off', retryAt: undefined });
        await this.sleep(OFF_CHECK_MS);
        continue;
      }
      this.publish({ ...this.state, phase: 'syncing', retryAt: undefined });
      try {
        const pushed = await pushOutbox(ctx.db, this.transport, () => this.clock.now());
        const pulled = await pullIncoming({ ...ctx, session: { ...ctx.session, staffNo: 'sync' } }, this.transport);
        // Files after the entries (their references come with the entries); a file that cannot move is a problem in the log, not a failed cycle.
        const files = await syncAttachmentFiles(ctx.db, this.transport, () => this.clock.now());
        const moved = files.uploaded + files.downloaded;
        const at = this.clock.now();
        retryMs = 0;
        if (pushed.acknowledged + pulled.applied + pushed.problems + moved + files.problems > 0) {
          await appendSyncLog(ctx.db, { at, pushed: pushed.acknowledged, pulled: pulled.applied, files: moved, problems: pushed.problems + pulled.rejected + files.problems });
        }
        this.publish({ phase: 'idle', lastSyncAt: at });
        // A backlog of files (a first pull) goes on in the next cycle at once.
        if (files.more) this.kick();
        await this.reportIfDue(pushed.acknowledged + pulled.applied > 0);
        await this.waitForWork();
      } catch (error) {
        const e = error instanceof SyncCallError ? error : new SyncCallError('error.syncRetryable', String(error));
        const at = this.clock.now();
        await appendSyncLog(ctx.db, { at, pushed: 0, pulled: 0, problems: 0, error: e.detail ? `${e.key} (${e.detail})` : e.key });
        if (e.permanent) {
          this.publish({ ...this.state, phase: 'stopped', lastError: { key: e.key, detail: e.detail, at } });
          // Until a supervisor changes the settings (enrols again): the settings screen kicks.
          await this.sleep(MAX_RETRY_MS * 10);
          continue;
        }
        retryMs = Math.min(MAX_RETRY_MS, retryMs === 0 ? FIRST_RETRY_MS : retryMs * 2);
        const wait = Math.round(retryMs * (0.5 + random() / 2));
        this.publish({ ...this.state, phase: 'retrying', lastError: { key: e.key, detail: e.detail, at }, retryAt: at + wait });
        await this.sleep(wait);
      }
    }
  }
}

/** The digest check for the settings screen: the server's figures per counter. */
export async function serverDigest(desk: DeskApi) {
  return unwrap(await desk['sync:digest'](undefined));
}
