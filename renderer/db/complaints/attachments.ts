import type { AttachmentRef } from '../../../shared/domain/complaints/types';
import { newId } from '../../../shared/domain/ids';
import { attachmentFiles, type AttachmentFile } from '../../../shared/schema/complaints';
import type { ComplaintAttachmentRow } from '../database';
import { DeskError } from '../errors';

/** The field the intake screen shows attachment messages at. */
export const ATTACHMENTS_FIELD = 'attachments';

/** Checks the files to keep (type, size, how many): the first problem is a message at the attachments field. */
export function parseAttachmentFiles(files: readonly unknown[]): AttachmentFile[] {
  const parsed = attachmentFiles.safeParse(files);
  if (parsed.success) return parsed.data;
  throw new DeskError(parsed.error.issues[0]?.message ?? 'error.attachmentType', ATTACHMENTS_FIELD);
}

/** Each file under a new reference: the rows kept beside the entries (waiting for upload), and the references the entry carries. */
export function attachmentRows(
  complaintId: string,
  files: readonly AttachmentFile[],
  stamp: { readonly by: string; readonly at: number },
): { rows: ComplaintAttachmentRow[]; refs: AttachmentRef[] } {
  // Due for upload at once: the sync loop hands each file to the server after the entries.
  const rows = files.map((f) => ({ ref: newId(stamp.at), complaintId, name: f.name, mediaType: f.mediaType, dataUrl: f.dataUrl, size: f.size, ...stamp, uploadDueAt: stamp.at }));
  return { rows, refs: rows.map((r) => ({ ref: r.ref, name: r.name })) };
}
