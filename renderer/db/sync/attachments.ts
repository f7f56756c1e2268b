import { attachmentUpload, base64Bytes, MAX_ATTACHMENT_BYTES, type StoredAttachment } from '../../../shared/schema/sync';
import { nextTryIn } from '../complaints/attachmentWants';
import type { AttachmentNotShared, AttachmentWant, ComplaintAttachmentRow, DeskDatabase } from '../database';
import type { AttachmentTransport } from './transport';

/**
 * Attached files (complaint photos, letters) travel beside the entries, one
 * call per file, after the entries are pushed and pulled: the files taken
 * here go up, the files other counters' complaints refer to come down. A
 * file is not an entry: each one is written in its own small transaction,
 * and a file that cannot move never holds up the entries.
 */

export interface FileSyncSummary {
  readonly uploaded: number;
  readonly downloaded: number;
  /** Files refused (too large, by the server, bytes not matching their hash) and calls that failed. */
  readonly problems: number;
  /** More files were due than one cycle moves: run the next cycle at once. */
  readonly more: boolean;
}

/** Files one cycle moves each way at most, so a backlog (a first pull) does not hold up the entries for long. */
const FILES_PER_CYCLE = 20;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** SHA-256 of a file's bytes as lower-case hex, with Web Crypto (browser, Electron, Node alike). */
export async function fileSha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The file's bytes as base64: its data URL without the prefix. */
function contentOf(row: ComplaintAttachmentRow): string {
  return row.dataUrl.slice(row.dataUrl.indexOf(',') + 1);
}

/** The upload is over: the server has the file, or never will. The row leaves the upload index. */
async function settleUpload(db: DeskDatabase, ref: string, outcome: { readonly sha256: string } | { readonly notShared: AttachmentNotShared }): Promise<void> {
  await db.transaction('rw', db.complaintAttachments, async () => {
    const row = await db.complaintAttachments.get(ref);
    if (!row) return;
    const { uploadDueAt: _due, uploadTries: _tries, ...kept } = row;
    await db.complaintAttachments.put({ ...kept, ...outcome });
  });
}

async function postponeUpload(db: DeskDatabase, row: ComplaintAttachmentRow, now: number): Promise<void> {
  const tries = (row.uploadTries ?? 0) + 1;
  await db.complaintAttachments.update(row.ref, { uploadTries: tries, uploadDueAt: now + nextTryIn(tries) });
}

type UploadOutcome = 'uploaded' | 'refused' | 'retry';

async function uploadOne(db: DeskDatabase, transport: AttachmentTransport, row: ComplaintAttachmentRow, now: number): Promise<UploadOutcome> {
  const content = contentOf(row);
  // Checked before hashing or sending: the server would refuse it, so it is never sent, and never tried again.
  if (base64Bytes(content) > MAX_ATTACHMENT_BYTES) {
    await settleUpload(db, row.ref, { notShared: 'tooLarge' });
    return 'refused';
  }
  const sha256 = await fileSha256(bytesOf(content));
  const upload = attachmentUpload.safeParse({ ref: row.ref, complaintId: row.complaintId, name: row.name, mediaType: row.mediaType, sha256, content });
  if (!upload.success) {
    await settleUpload(db, row.ref, { notShared: 'refused' });
    return 'refused';
  }
  const { status } = await transport.putAttachment(upload.data);
  switch (status) {
    case 'stored':
    case 'duplicate':
      await settleUpload(db, row.ref, { sha256 });
      return 'uploaded';
    case 'tooLarge':
      await settleUpload(db, row.ref, { notShared: 'tooLarge' });
      return 'refused';
    case 'refTaken':
    case 'malformed':
      await settleUpload(db, row.ref, { notShared: 'refused' });
      return 'refused';
    case 'hashMismatch':
      // The bytes changed on the way: the same file goes again later.
      await postponeUpload(db, row, now);
      return 'retry';
  }
}

async function postponeWant(db: DeskDatabase, want: AttachmentWant, now: number): Promise<void> {
  const tries = want.tries + 1;
  await db.attachmentWants.update(want.ref, { tries, dueAt: now + nextTryIn(tries) });
}

/** The file is what the server says it is, and the one the complaint refers to. */
async function trustworthy(file: StoredAttachment, want: AttachmentWant, bytes: Uint8Array<ArrayBuffer>): Promise<boolean> {
  return file.ref === want.ref && file.complaintId === want.complaintId && bytes.length === file.size && (await fileSha256(bytes)) === file.sha256;
}

type DownloadOutcome = 'downloaded' | 'held' | 'notYet' | 'refused';

async function downloadOne(db: DeskDatabase, transport: AttachmentTransport, want: AttachmentWant, now: number): Promise<DownloadOutcome> {
  if (await db.complaintAttachments.get(want.ref)) {
    await db.attachmentWants.delete(want.ref);
    return 'held';
  }
  const file = await transport.getAttachment(want.ref);
  if (!file) {
    // Not uploaded yet by its counter: the screen keeps saying so, and a later cycle asks again.
    await postponeWant(db, want, now);
    return 'notYet';
  }
  const bytes = bytesOf(file.content);
  if (!(await trustworthy(file, want, bytes))) {
    await postponeWant(db, want, now);
    return 'refused';
  }
  await db.transaction('rw', db.complaintAttachments, db.attachmentWants, async () => {
    if (!(await db.complaintAttachments.get(want.ref))) {
      await db.complaintAttachments.add({
        ref: want.ref,
        complaintId: want.complaintId,
        name: file.name,
        mediaType: file.mediaType,
        dataUrl: `data:${file.mediaType};base64,${file.content}`,
        size: bytes.length,
        at: want.at,
        by: want.by,
        sha256: file.sha256,
      });
    }
    await db.attachmentWants.delete(want.ref);
  });
  return 'downloaded';
}

/**
 * One cycle's files: uploads due, then wanted files due. Never throws: a
 * failed call (network, server) ends this cycle's files, the file it was on
 * waits a little longer, and it counts as one problem.
 */
export async function syncAttachmentFiles(db: DeskDatabase, transport: AttachmentTransport, now: () => number): Promise<FileSyncSummary> {
  let uploaded = 0;
  let downloaded = 0;
  let problems = 0;
  let more = false;
  try {
    const due = await db.complaintAttachments.where('uploadDueAt').belowOrEqual(now()).limit(FILES_PER_CYCLE).toArray();
    for (const row of due) {
      const outcome = await uploadOne(db, transport, row, now()).catch(async (error: unknown) => {
        await postponeUpload(db, row, now());
        throw error;
      });
      if (outcome === 'uploaded') uploaded += 1;
      else problems += 1;
    }
    const wanted = await db.attachmentWants.where('dueAt').belowOrEqual(now()).limit(FILES_PER_CYCLE).toArray();
    for (const want of wanted) {
      const outcome = await downloadOne(db, transport, want, now()).catch(async (error: unknown) => {
        await postponeWant(db, want, now());
        throw error;
      });
      if (outcome === 'downloaded') downloaded += 1;
      else if (outcome === 'refused') problems += 1;
    }
    more = due.length === FILES_PER_CYCLE || wanted.length === FILES_PER_CYCLE;
  } catch {
    problems += 1;
  }
  return { uploaded, downloaded, problems, more };
}
