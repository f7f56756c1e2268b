import { z } from 'zod';
import { COUNTER_CODE_PATTERN, STORE_CODE_PATTERN } from '../domain/numbering';
import { wholeNumber } from './common';
import { syncEntry } from './sync';

/**
 * A backup of the whole counter database: a gzip file of JSON lines. The
 * first line is the manifest; each following line is one row of one table
 * (`[table, row]`, or `[table, row, key]` for a table whose key is not in
 * its rows). The manifest's hash and counts cover those lines, so a file cut
 * short or changed is refused before anything is restored from it.
 */

export const BACKUP_FORMAT = 1;

/** What the file name and the manifest say; a name that does not match is never opened (no paths from the screen). */
export const BACKUP_FILE_PATTERN = /^servicedesk-([A-Z0-9]{2,6})-([A-Z0-9]{1,4})-(\d{8})-(\d{6})\.jsonl\.gz$/;

/** Each part of a backup sent from the screens to the main process (characters): room for one row with the largest attached file. */
export const MAX_BACKUP_PART_CHARS = 32_000_000;

export const BACKUP_EVERY_HOURS_MAX = 24;
export const DEFAULT_BACKUP_EVERY_HOURS = 4;

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  /** The Dexie schema version the rows were read at: a restore needs the same one. */
  schemaVersion: z.number().int().min(1),
  store: z.string().regex(STORE_CODE_PATTERN),
  counter: z.string().regex(COUNTER_CODE_PATTERN),
  timeZone: z.string().min(1).max(64),
  madeAt: z.number().int().min(0),
  counts: z.record(tableName, z.number().int().min(0)),
  sha256: sha256Hex,
});
export type BackupManifest = z.infer<typeof backupManifest>;

const primaryKey = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]);
const row = z.record(z.string(), z.unknown());

/** One line after the manifest. Entries (the history everything else is built from) are checked field by field. */
export const backupLine = z.union([z.tuple([tableName, row]), z.tuple([tableName, row, primaryKey])]).superRefine(([table, value], ctx) => {
  if (table === 'entries' && !syncEntry.safeParse(value).success) ctx.addIssue({ code: 'custom', message: 'error.backupCorrupt' });
});
export type BackupLine = z.infer<typeof backupLine>;

/** A backup in the folder, as the restore list shows it: its manifest, or why it cannot be read. */
export interface BackupFile {
  readonly name: string;
  readonly size: number;
  readonly manifest?: BackupManifest | undefined;
  readonly unreadable?: string | undefined;
}

export const backupRun = z.object({
  at: z.number().int().min(0),
  ok: z.boolean(),
  name: z.string().regex(BACKUP_FILE_PATTERN).optional(),
  /** i18n key of what went wrong. */
  error: z.string().max(100).optional(),
  detail: z.string().max(2000).optional(),
});
export type BackupRun = z.infer<typeof backupRun>;

/** The last backup and the last good one, kept by the main process across restarts. */
export const backupHistory = z.object({ last: backupRun.optional(), lastGood: backupRun.optional() });
export type BackupHistory = z.infer<typeof backupHistory>;

export interface BackupStatus {
  /** False in a plain browser: backups need the desktop app. */
  readonly available: boolean;
  /** The folder in effect (the default when none was set). */
  readonly folder: string;
  /** What the supervisor set: '' means the default folder. */
  readonly chosenFolder: string;
  readonly defaultFolder: string;
  /** 0 = only at the daily close. */
  readonly everyHours: number;
  readonly last?: BackupRun | undefined;
  readonly lastGood?: BackupRun | undefined;
}

export const backupSettings = z.object({
  folder: z.string().trim().max(1000, { message: 'error.tooLong' }),
  everyHours: z.number().int().min(0).max(BACKUP_EVERY_HOURS_MAX),
});
export type BackupSettings = z.infer<typeof backupSettings>;

/** The settings form as typed: the hours as text. */
export const backupSettingsInput = z.object({
  folder: backupSettings.shape.folder,
  everyHours: wholeNumber(0, BACKUP_EVERY_HOURS_MAX, 'error.backupEveryHours'),
});

const writeId = z.string().regex(/^[0-9a-f-]{36}$/);

export const backupWriteRequest = z.object({ writeId, lines: z.string().max(MAX_BACKUP_PART_CHARS) });
export const backupCommitRequest = z.object({ writeId });
export const backupOpenRequest = z.object({ name: z.string().regex(BACKUP_FILE_PATTERN) });
export const backupReadRequest = z.object({ readId: writeId });

export interface BackupPart {
  /** Whole lines, each ending in a newline. */
  readonly lines: string;
  /** The last part: the main process has checked the hash and counts of the whole file. */
  readonly done: boolean;
}
