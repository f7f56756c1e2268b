import { z } from 'zod';
import {
  printJobIdInput,
  printJobRequest,
  printerSettings,
  type PrinterInfo,
  type PrinterSettings,
  type PrintJobResult,
  type QueuedPrintJob,
} from './schema/print';
import {
  attachmentUpload,
  counterReport,
  syncEnrolRequest,
  syncGetAttachmentRequest,
  syncPausedRequest,
  syncPullRequest,
  syncPushRequest,
  syncWaitRequest,
  type AttachmentPutResult,
  type CounterDigest,
  type PulledRow,
  type StoredAttachment,
  type PushResult,
  type SyncStatus,
} from './schema/sync';
import {
  backupCommitRequest,
  backupManifest,
  backupOpenRequest,
  backupReadRequest,
  backupSettings,
  backupWriteRequest,
  type BackupFile,
  type BackupManifest,
  type BackupPart,
  type BackupStatus,
} from './schema/backup';
import { markerUpdate, type CounterMarker, type MarkerState } from './schema/marker';

/**
 * The one channel map between renderer and main. The preload exposes exactly
 * these functions; the main process registers exactly these handlers and
 * parses each request with its schema before acting on it.
 */
const noInput = z.undefined();

export interface AppInfo {
  readonly version: string;
  readonly platform: string;
  readonly dataDir: string;
  readonly archiveDir: string;
}

export const channels = {
  'app:info': { request: noInput, response: {} as AppInfo },
  'print:listPrinters': { request: noInput, response: [] as PrinterInfo[] },
  'print:submit': { request: printJobRequest, response: {} as PrintJobResult },
  'print:queue': { request: noInput, response: [] as QueuedPrintJob[] },
  'print:retry': { request: printJobIdInput, response: {} as PrintJobResult },
  'print:getSettings': { request: noInput, response: {} as PrinterSettings },
  'print:setSettings': { request: printerSettings, response: {} as PrinterSettings },
  'sync:status': { request: noInput, response: {} as SyncStatus },
  'sync:enrol': { request: syncEnrolRequest, response: {} as SyncStatus },
  'sync:forget': { request: noInput, response: {} as SyncStatus },
  'sync:setPaused': { request: syncPausedRequest, response: {} as SyncStatus },
  'sync:test': { request: noInput, response: {} as SyncStatus },
  'sync:push': { request: syncPushRequest, response: {} as PushResult },
  'sync:pull': { request: syncPullRequest, response: [] as PulledRow[] },
  'sync:digest': { request: noInput, response: [] as CounterDigest[] },
  'sync:report': { request: counterReport, response: undefined as void },
  'sync:waitForChange': { request: syncWaitRequest, response: false as boolean },
  'sync:putAttachment': { request: attachmentUpload, response: {} as AttachmentPutResult },
  /** null: the server has no such file of this store (not uploaded yet). */
  'sync:getAttachment': { request: syncGetAttachmentRequest, response: null as StoredAttachment | null },
  'backup:status': { request: noInput, response: {} as BackupStatus },
  'backup:setSettings': { request: backupSettings, response: {} as BackupStatus },
  /** A backup is sent in parts: begin with its manifest, write the rows, commit (written, read back, checked). */
  'backup:begin': { request: backupManifest, response: {} as { readonly writeId: string } },
  'backup:write': { request: backupWriteRequest, response: undefined as void },
  'backup:commit': { request: backupCommitRequest, response: {} as BackupFile },
  'backup:list': { request: noInput, response: [] as BackupFile[] },
  /** A restore reads one backup part by part; the last part comes only if the whole file matches its manifest. */
  'backup:open': { request: backupOpenRequest, response: {} as { readonly readId: string; readonly manifest: BackupManifest } },
  'backup:read': { request: backupReadRequest, response: {} as BackupPart },
  'marker:read': { request: noInput, response: {} as MarkerState },
  'marker:update': { request: markerUpdate, response: {} as CounterMarker },
} as const;

export type Channel = keyof typeof channels;
export type ChannelRequest<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ChannelResponse<C extends Channel> = (typeof channels)[C]['response'];

/** What crosses IPC back: a value, or a typed error the renderer can show. */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly detail?: string };

/** The API the preload exposes on window.desk: one function per channel. */
export type DeskApi = {
  readonly [C in Channel]: (request: ChannelRequest<C>) => Promise<IpcResult<ChannelResponse<C>>>;
};

export const CHANNEL_NAMES = Object.keys(channels) as Channel[];
