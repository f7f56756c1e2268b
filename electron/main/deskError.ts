/**
 * A failure the clerk should read: `key` is an i18n key the renderer shows
 * in the clerk's language, `detail` is the technical reason for the log.
 * IPC turns it into `{ ok: false, error: key, detail }`.
 */
export class DeskError extends Error {
  constructor(
    readonly key: string,
    readonly detail?: string,
  ) {
    super(detail ? `${key}: ${detail}` : key);
    this.name = 'DeskError';
  }
}

/** The message of anything thrown, for a `detail` field. */
export function describeError(error: unknown): string {
  if (error instanceof DeskError) return error.detail ?? error.key;
  if (error instanceof Error) return error.message;
  return String(error);
}
