import type { Entry } from '../../../shared/domain/entry';
import type { DeskApi, IpcResult } from '../../../shared/ipc';
import type { AttachmentPutResult, AttachmentUpload, PulledRow, PushResult, StoredAttachment } from '../../../shared/schema/sync';
import type { AttachmentTransport, SyncTransport } from './transport';

/** A sync call the main process refused or could not make: `key` is the i18n key, `detail` SyncFailure's code. */
export class SyncCallError extends Error {
  constructor(
    readonly key: string,
    readonly detail?: string,
  ) {
    super(detail ? `${key}: ${detail}` : key);
    this.name = 'SyncCallError';
  }

  /** Credentials revoked, not enrolled, paused, desktop only: retrying on a timer will not help. */
  get permanent(): boolean {
    return this.key !== 'error.syncRetryable' && this.key !== 'error.internal';
  }
}

export function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new SyncCallError(result.error, result.detail);
  return result.value;
}

/** The desktop app's transport: through the main process, which holds the connection. */
export function ipcTransport(desk: DeskApi): SyncTransport & AttachmentTransport {
  return {
    push: async (entries: readonly Entry[]): Promise<PushResult> => unwrap(await desk['sync:push']({ entries: [...entries] })),
    pull: async (after: number, max: number): Promise<PulledRow[]> => unwrap(await desk['sync:pull']({ after, max })),
    putAttachment: async (file: AttachmentUpload): Promise<AttachmentPutResult> => unwrap(await desk['sync:putAttachment'](file)),
    getAttachment: async (ref: string): Promise<StoredAttachment | null> => unwrap(await desk['sync:getAttachment']({ ref })),
  };
}
