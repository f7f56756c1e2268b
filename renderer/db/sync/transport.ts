import type { Entry } from '../../../shared/domain/entry';
import type { AttachmentPutResult, AttachmentUpload, PulledRow, PushResult, StoredAttachment } from '../../../shared/schema/sync';

/**
 * How the counter's data layer reaches the sync server: in the desktop app
 * through the main process (IPC; the main process holds the connection and
 * the credentials), in the tests straight through a server connection.
 */
export interface SyncTransport {
  push(entries: readonly Entry[]): Promise<PushResult>;
  pull(after: number, max: number): Promise<PulledRow[]>;
}

/** Attached files, one call each, beside the entries (same two roads as SyncTransport). */
export interface AttachmentTransport {
  putAttachment(file: AttachmentUpload): Promise<AttachmentPutResult>;
  /** null while no counter of the store has put the file. */
  getAttachment(ref: string): Promise<StoredAttachment | null>;
}
