import { z } from 'zod';
import type { Entry, RecordType } from '../domain/entry';
import { ATTACHMENT_TYPES } from './complaints';

/**
 * What crosses the sync boundary: entries going to the server and coming
 * back from it, the server's answers, and the credentials a counter is
 * enrolled with. Everything from the server is parsed here before a
 * counter applies it.
 */

/** An entry larger than this is refused at the counter and set aside at the server (attachments travel on their own). */
export const MAX_ENTRY_BYTES = 256 * 1024;

const code = z.string().min(1).max(64);

export const syncEntry = z.object({
  id: code,
  // Any type: one from a newer build is kept, not projected (isKnownRecordType).
  recordType: z.string().min(1).max(64),
  recordId: z.string().min(1).max(128),
  type: z.string().min(1).max(64),
  schemaVersion: z.number().int().min(1).max(999_999),
  store: code,
  counter: code,
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  hlc: z.string().min(1).max(64),
  at: z.number().int().min(0),
  by: z.string().min(1).max(64),
  approvedBy: z.string().min(1).max(64).optional(),
  approvedActingFor: z.string().min(1).max(64).optional(),
  actingFor: z.string().min(1).max(64).optional(),
  data: z.unknown(),
  summary: z.string().max(500).optional(),
  number: z.string().max(64).optional(),
  correctionOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

/** A pulled entry as the counter keeps it: the parsed fields, the data as sent (a record type it does not know is kept as sent too). */
export function toEntry(parsed: z.infer<typeof syncEntry>): Entry {
  return { ...parsed, recordType: parsed.recordType as RecordType, data: parsed.data };
}

export const PUSH_STATUSES = ['accepted', 'duplicate', 'sequenceReused', 'setAside'] as const;
export type PushStatus = (typeof PUSH_STATUSES)[number];

export const pushOutcome = z.object({
  id: z.string().nullable(),
  status: z.enum(PUSH_STATUSES),
  order: z.number().int().optional(),
  reason: z.string().optional(),
  existingId: z.string().optional(),
});
export type PushOutcome = z.infer<typeof pushOutcome>;

export const pushResult = z.object({
  results: z.array(pushOutcome),
  serverTime: z.number().int(),
});
export type PushResult = z.infer<typeof pushResult>;

export const pulledRow = z.object({ order: z.number().int().min(1), entry: z.unknown() });
export type PulledRow = z.infer<typeof pulledRow>;

export const counterDigest = z.object({
  counter: z.string(),
  entries: z.number().int().min(0),
  lastSeq: z.number().int().min(0),
  hash: z.string(),
});
export type CounterDigest = z.infer<typeof counterDigest>;

/** What a counter tells the server of itself after a sync, for the head office overview. */
export const counterReport = z.object({
  unsynced: z.number().int().min(0),
  conflicts: z.number().int().min(0),
  waiting: z.number().int().min(0),
  copy: z.array(counterDigest).max(1000),
});
export type CounterReport = z.infer<typeof counterReport>;

/** One counter as the head office sees it: the server's figures and the counter's last report. */
export const overviewRow = z.object({
  store: z.string(),
  counter: z.string(),
  server: counterDigest,
  lastPushAt: z.number().optional(),
  lastPullAt: z.number().optional(),
  clockSkewMs: z.number().optional(),
  setAside: z.number().int().min(0),
  report: counterReport.extend({ at: z.number() }).optional(),
});
export type OverviewRow = z.infer<typeof overviewRow>;

export const serverHello = z.object({
  store: z.string(),
  counter: z.string(),
  serverTime: z.number().int(),
  channel: z.string(),
});
export type ServerHello = z.infer<typeof serverHello>;

/** How a counter reaches the server: one PostgreSQL login role of its own. */
export const syncCredentials = z.object({
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  database: z.string().min(1).max(63),
  user: z.string().min(1).max(63),
  password: z.string().min(8).max(200),
  ssl: z.boolean().optional(),
});
export type SyncCredentials = z.infer<typeof syncCredentials>;

/**
 * The enrolment code a supervisor types (or scans) at the counter once:
 * "SDK1." and the credentials as base64url JSON. It is read by the main
 * process, which keeps the credentials encrypted; the screens never get
 * them back.
 */
const ENROLMENT_PREFIX = 'SDK1.';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeEnrolmentCode(credentials: SyncCredentials): string {
  return ENROLMENT_PREFIX + toBase64Url(JSON.stringify(syncCredentials.parse(credentials)));
}

/** The credentials in a code as typed (spaces and line breaks from copying are ignored), or undefined if it is not one. */
export function decodeEnrolmentCode(typed: string): SyncCredentials | undefined {
  const text = typed.replace(/\s+/g, '');
  if (!text.startsWith(ENROLMENT_PREFIX)) return undefined;
  try {
    const parsed = syncCredentials.safeParse(JSON.parse(fromBase64Url(text.slice(ENROLMENT_PREFIX.length))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

// --- Between the counter's screens and its main process ---

/** The most entries one push or pull carries over IPC. */
export const MAX_SYNC_BATCH = 1000;

export const syncEnrolRequest = z.object({
  code: z.string().trim().min(1, { message: 'error.required' }).max(2000, { message: 'error.syncCode' }),
  /** The counter's own identity, which the server's answer must match. */
  store: z.string().min(1).max(64),
  counter: z.string().min(1).max(64),
});

export const syncPushRequest = z.object({ entries: z.array(syncEntry).max(MAX_SYNC_BATCH) });
export const syncPullRequest = z.object({ after: z.number().int().min(0), max: z.number().int().min(1).max(MAX_SYNC_BATCH) });
/** Resolves when another counter pushed past `after`, or after the timeout (live updates without polling). */
export const syncWaitRequest = z.object({ after: z.number().int().min(0), timeoutMs: z.number().int().min(0).max(30_000) });
export const syncPausedRequest = z.object({ paused: z.boolean() });

// --- Attached files (photos, letters): they travel beside the entries, one call per file ---

/**
 * The largest attached file that travels between counters (bytes). The
 * server refuses larger ones with the same limit: desk.max_attachment_bytes()
 * in electron/main/sync/sql/002_attachments.sql must say the same.
 */
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
const MAX_ATTACHMENT_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/** Bytes a base64 text holds. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** A file's bytes as base64 (no data-URL prefix), at most MAX_ATTACHMENT_BYTES of them. */
const attachmentContent = z
  .string()
  .max(MAX_ATTACHMENT_BASE64_CHARS)
  // A character class, not groups of four: a group repeated millions of times is slow to match.
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .refine((b64) => b64.length % 4 === 0 && base64Bytes(b64) <= MAX_ATTACHMENT_BYTES);

const attachmentRef = z.string().min(1).max(200);

/** A file as it goes to the server: which complaint it belongs to, what it is, its SHA-256 (lower-case hex) and its bytes. */
export const attachmentUpload = z.object({
  ref: attachmentRef,
  complaintId: z.string().min(1).max(128),
  name: z.string().min(1).max(200),
  mediaType: z.enum(ATTACHMENT_TYPES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  content: attachmentContent,
});
export type AttachmentUpload = z.infer<typeof attachmentUpload>;

/** A file as the server gives it back; parsed before a counter keeps it (the hash is checked against the bytes there). */
export const storedAttachment = attachmentUpload.extend({ size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES) });
export type StoredAttachment = z.infer<typeof storedAttachment>;

/** What became of a file put to the server (desk.put_attachment). */
export const ATTACHMENT_PUT_STATUSES = ['stored', 'duplicate', 'tooLarge', 'hashMismatch', 'refTaken', 'malformed'] as const;
export type AttachmentPutStatus = (typeof ATTACHMENT_PUT_STATUSES)[number];
export const attachmentPutResult = z.object({ status: z.enum(ATTACHMENT_PUT_STATUSES) });
export type AttachmentPutResult = z.infer<typeof attachmentPutResult>;

export const syncGetAttachmentRequest = z.object({ ref: attachmentRef });

/** A counter whose clock is further than this from the server's is flagged; its entries are still taken. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface SyncFailureInfo {
  readonly kind: 'retryable' | 'permanent';
  readonly code: string;
  readonly at: number;
}

/** What the screens may know about sync: never the password. */
export interface SyncStatus {
  readonly configured: boolean;
  readonly paused: boolean;
  readonly server?: { readonly host: string; readonly port: number; readonly database: string; readonly role: string } | undefined;
  /** Last time the server answered. */
  readonly lastContactAt?: number | undefined;
  /** Counter clock minus server clock, at the last contact. */
  readonly clockSkewMs?: number | undefined;
  readonly lastFailure?: SyncFailureInfo | undefined;
  /** Credentials are kept encrypted by the system (false: the system offers no encryption, nothing was saved). */
  readonly encrypted: boolean;
}
