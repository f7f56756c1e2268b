import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import type { Entry } from '../../../shared/domain/entry';
import { attachmentRef, MAX_ATTACHMENTS } from '../../../shared/schema/complaints';
import type { AttachmentWant, ComplaintAttachmentRow } from '../database';

/** The files a complaint entry refers to (only the intake carries them today; any complaint entry with `attachments` counts). */
const withAttachments = z.object({ attachments: z.array(attachmentRef).max(MAX_ATTACHMENTS) });

/**
 * A file that was not there (not uploaded yet) or failed to come is tried
 * again: at once on the next few sync cycles (the other counter uploads
 * right after its push), then less and less often, at most every 15 minutes.
 */
export function nextTryIn(tries: number): number {
  return tries < 3 ? 0 : Math.min(15_000 * 2 ** (tries - 3), 15 * 60_000);
}

function wantsOf(entries: readonly Entry[], now: number): AttachmentWant[] {
  const wants: AttachmentWant[] = [];
  for (const e of entries) {
    if (e.recordType !== 'complaint') continue;
    const parsed = withAttachments.safeParse(e.data);
    if (!parsed.success) continue;
    for (const a of parsed.data.attachments) wants.push({ ref: a.ref, complaintId: e.recordId, name: a.name, at: e.at, by: e.by, tries: 0, dueAt: now });
  }
  return wants;
}

/**
 * Notes the files these entries refer to that this counter does not hold,
 * so the sync loop fetches them. Runs in the transaction that applies the
 * entries (and moves the pull cursor): a want is never lost to a crash.
 * One already noted keeps its tries.
 */
export async function wantMissingFiles(
  files: Table<ComplaintAttachmentRow, string>,
  wants: Table<AttachmentWant, string>,
  entries: readonly Entry[],
  now: number,
): Promise<void> {
  const referred = wantsOf(entries, now);
  if (referred.length === 0) return;
  const held = await files.bulkGet(referred.map((w) => w.ref));
  const missing = referred.filter((_, i) => held[i] === undefined);
  if (missing.length === 0) return;
  try {
    await wants.bulkAdd(missing);
  } catch (error) {
    // A ref already wanted fails alone and Dexie keeps the transaction (as for incoming entries).
    if (!(error instanceof Dexie.BulkError)) throw error;
  }
}
