import pg from 'pg';
import {
  attachmentPutResult,
  counterDigest,
  overviewRow,
  pulledRow,
  pushResult,
  serverHello,
  storedAttachment,
  syncEntry,
  toEntry,
  type AttachmentPutResult,
  type AttachmentUpload,
  type CounterDigest,
  type CounterReport,
  type OverviewRow,
  type PulledRow,
  type PushResult,
  type ServerHello,
  type StoredAttachment,
  type SyncCredentials,
} from '../../../shared/schema/sync';
import type { Entry } from '../../../shared/domain/entry';

interface OverviewSqlRow {
  readonly store: string;
  readonly counter: string;
  readonly entries: string;
  readonly last_seq: string | null;
  readonly hash: string | null;
  readonly last_push_at: Date | null;
  readonly last_pull_at: Date | null;
  readonly clock_skew_ms: string | null;
  readonly set_aside: string;
  readonly unsynced: number | null;
  readonly conflicts: number | null;
  readonly waiting: number | null;
  readonly copy: unknown;
  readonly reported_at: Date | null;
}

/** A page of one store's entries as the head office reads it. */
export interface StorePull {
  readonly entries: Entry[];
  /** Rows whose entry this build cannot read: skipped, never fatal. */
  readonly skipped: number;
  /** Rows the server gave (a page shorter than asked for is the last). */
  readonly rows: number;
  /** The server order of the last row: the cursor for the next page. */
  readonly lastOrder: number;
}

/**
 * One counter's connection to the sync server: its own PostgreSQL role,
 * which may only call the desk functions. Every answer is parsed before it
 * is handed on. Plain Node (no Electron), so it runs under the tests.
 */

export type SyncFailureKind = 'retryable' | 'permanent';

/** A failure the sync loop can act on: retry later, or stop and tell a supervisor. */
export class SyncFailure extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    /** credentials, notEnrolled, refused, network, serverRestart, timeout, protocol */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SyncFailure';
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** Tells a failure worth retrying (network, server restarting) from one that is not (credentials revoked, not enrolled). */
export function classifySyncError(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  const e = error as { code?: string; message?: string } | undefined;
  const code = e?.code ?? '';
  const message = e?.message ?? String(error);
  if (code === '28P01') return new SyncFailure('permanent', 'credentials', message);
  if (code === '28000') return new SyncFailure('permanent', 'notEnrolled', message);
  if (code === '42501' || code === '42883') return new SyncFailure('permanent', 'refused', message);
  if (code === '57P01' || code === '57P02' || code === '57P03') return new SyncFailure('retryable', 'serverRestart', message);
  if (code.startsWith('08') || NETWORK_CODES.has(code)) return new SyncFailure('retryable', 'network', message);
  if (/terminat|Connection|timeout|socket|closed/i.test(message)) return new SyncFailure('retryable', 'network', message);
  return new SyncFailure('retryable', 'server', message);
}

function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new SyncFailure('retryable', 'protocol', 'The server answered in a form this build does not read');
  return result.data;
}

export class SyncConnection {
  private constructor(private readonly client: pg.Client) {}

  static async open(credentials: SyncCredentials, options: { readonly timeoutMs?: number } = {}): Promise<SyncConnection> {
    const timeout = options.timeoutMs ?? 10_000;
    const client = new pg.Client({
      host: credentials.host,
      port: credentials.port,
      database: credentials.database,
      user: credentials.user,
      password: credentials.password,
      ssl: credentials.ssl ? { rejectUnauthorized: true } : undefined,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout * 3,
      keepAlive: true,
      application_name: 'servicedesk-counter',
    });
    // A dropped connection must not crash the main process: the next call fails and is retried.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw classifySyncError(error);
    }
    return new SyncConnection(client);
  }

  private async call<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> {
    try {
      return (await this.client.query<R>(sql, params)).rows;
    } catch (error) {
      throw classifySyncError(error);
    }
  }

  /** Who the server says this counter is, the server's clock (for the skew check) and the store's notify channel. */
  async hello(counterTime: number): Promise<ServerHello> {
    const [row] = await this.call<{ hello: unknown }>('SELECT desk.hello($1) AS hello', [counterTime]);
    return parsed(serverHello, row?.hello);
  }

  /** Hands a batch of this counter's entries to the server; what became of each comes back. */
  async push(entries: readonly unknown[]): Promise<PushResult> {
    const [row] = await this.call<{ result: unknown }>('SELECT desk.push($1::jsonb) AS result', [JSON.stringify(entries)]);
    return parsed(pushResult, row?.result);
  }

  /** The store's entries after the cursor, by server order. */
  async pull(after: number, max: number): Promise<PulledRow[]> {
    const rows = await this.call<{ server_order: string; entry: unknown }>('SELECT server_order, entry FROM desk.pull($1, $2)', [after, max]);
    return rows.map((r) => parsed(pulledRow, { order: Number(r.server_order), entry: r.entry }));
  }

  /** Count and hash of each counter's entries on the server. */
  async digest(): Promise<CounterDigest[]> {
    const rows = await this.call<{ counter: string; entries: string; last_seq: string; hash: string }>('SELECT counter, entries, last_seq, hash FROM desk.digest()', []);
    return rows.map((r) => parsed(counterDigest, { counter: r.counter, entries: Number(r.entries), lastSeq: Number(r.last_seq), hash: r.hash }));
  }

  /** What this counter says of itself (unsynced, conflicts, its copy's digest), for the head office overview. */
  async report(report: CounterReport): Promise<void> {
    await this.call('SELECT desk.report($1::jsonb)', [JSON.stringify(report)]);
  }

  /** Head office only: every store and counter, the server's figures beside each counter's last report. */
  async overview(): Promise<OverviewRow[]> {
    const rows = await this.call<OverviewSqlRow>('SELECT * FROM desk.overview()', []);
    return rows.map((r) =>
      parsed(overviewRow, {
        store: r.store,
        counter: r.counter,
        server: { counter: r.counter, entries: Number(r.entries), lastSeq: Number(r.last_seq ?? 0), hash: r.hash ?? '' },
        lastPushAt: r.last_push_at?.getTime(),
        lastPullAt: r.last_pull_at?.getTime(),
        clockSkewMs: r.clock_skew_ms === null ? undefined : Number(r.clock_skew_ms),
        setAside: Number(r.set_aside),
        // A counter enrolled but not yet reported has no report (the row's columns are null).
        report: r.reported_at ? { unsynced: r.unsynced, conflicts: r.conflicts, waiting: r.waiting, copy: r.copy, at: r.reported_at.getTime() } : undefined,
      }),
    );
  }

  /** Head office only: one store's entries after the cursor, by server order. */
  async pullStore(store: string, after: number, max: number): Promise<StorePull> {
    const rows = await this.call<{ server_order: string; entry: unknown }>('SELECT server_order, entry FROM desk.pull_store($1, $2, $3)', [store, after, max]);
    const entries: Entry[] = [];
    let skipped = 0;
    for (const r of rows) {
      const entry = syncEntry.safeParse(r.entry);
      if (entry.success) entries.push(toEntry(entry.data));
      else skipped += 1;
    }
    return { entries, skipped, rows: rows.length, lastOrder: rows.length > 0 ? Number(rows[rows.length - 1]!.server_order) : after };
  }

  /** Hands one attached file to the server; a refusal (too large, hash, reference taken) comes back as a status, not a failure. */
  async putAttachment(file: AttachmentUpload): Promise<AttachmentPutResult> {
    const [row] = await this.call<{ result: unknown }>('SELECT desk.put_attachment($1, $2, $3, $4, $5, $6) AS result', [
      file.ref,
      file.complaintId,
      file.name,
      file.mediaType,
      file.sha256,
      Buffer.from(file.content, 'base64'),
    ]);
    return parsed(attachmentPutResult, row?.result);
  }

  /** A file of this counter's store, or null while no counter has put it. */
  async getAttachment(ref: string): Promise<StoredAttachment | null> {
    const [row] = await this.call<{ ref: string; complaint_id: string; name: string; media_type: string; size: number; sha256: string; content: Buffer }>(
      'SELECT ref, complaint_id, name, media_type, size, sha256, content FROM desk.get_attachment($1)',
      [ref],
    );
    if (!row) return null;
    return parsed(storedAttachment, {
      ref: row.ref,
      complaintId: row.complaint_id,
      name: row.name,
      mediaType: row.media_type,
      size: row.size,
      sha256: row.sha256,
      content: row.content.toString('base64'),
    });
  }

  /** Calls `onPush` whenever another counter of the store pushes (LISTEN/NOTIFY); the connection must stay open. */
  async listen(channel: string, onPush: (order: number) => void): Promise<void> {
    this.client.on('notification', (n) => {
      if (n.channel === channel) onPush(Number(n.payload));
    });
    if (!/^desk_store_[0-9a-f]{32}$/.test(channel)) throw new SyncFailure('permanent', 'protocol', `Unexpected channel name: ${channel}`);
    await this.call(`LISTEN ${channel}`, []);
  }

  onClose(handler: () => void): void {
    this.client.on('end', handler);
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
