import { COMPLAINT_SCHEMA_VERSION } from '../../../shared/domain/complaints/entries';
import { promisedReplyAt } from '../../../shared/domain/complaints/reply';
import { checkComplaintStep } from '../../../shared/domain/complaints/workflow';
import { newId } from '../../../shared/domain/ids';
import { complaintIntakeInput, type AttachmentFile, type ComplaintIntakeInput } from '../../../shared/schema/complaints';
import type { DeskContext } from '../context';
import type { ComplaintRow } from '../database';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';
import { attachmentRows, parseAttachmentFiles } from './attachments';
import { readComplaintRules } from './rules';
import { refusalError } from './steps';

/** What the read back shows: the intake as it will be saved, and the reply time the customer is promised. */
export interface IntakePreview {
  readonly input: ComplaintIntakeInput;
  readonly files: readonly AttachmentFile[];
  readonly promisedReplyAt?: number | undefined;
}

/**
 * The intake's own rules plus the one that needs the time: a phone call or
 * a letter may be recorded after it came in, but nothing came in the future.
 */
function parseIntake(raw: unknown, files: readonly unknown[], now: number): { input: ComplaintIntakeInput; files: AttachmentFile[] } {
  const input = complaintIntakeInput.parse(raw);
  if (input.receivedAt > now) throw new DeskError('error.complaintReceivedInFuture', 'receivedAt');
  return { input, files: parseAttachmentFiles(files) };
}

/**
 * Checks the typed intake for the read back, as if the customer had
 * confirmed it: every message shows now, before anything is read to them.
 */
export async function previewComplaint(ctx: DeskContext, raw: unknown, files: readonly unknown[]): Promise<IntakePreview> {
  const confirmed = typeof raw === 'object' && raw !== null ? { ...raw, readBackConfirmed: true } : raw;
  const parsed = parseIntake(confirmed, files, ctx.clock.now());
  return { ...parsed, promisedReplyAt: parsed.input.replyWanted ? promisedReplyAt(parsed.input, await readComplaintRules(ctx.db)) : undefined };
}

/**
 * Step 1 (DOMAIN §4): records a complaint the customer confirmed after the
 * read back. The TS number, the 'recorded' entry (in the authority of the
 * signed-in staff member's role) and the attached files are written in ONE
 * transaction: all of them or none. `draftId` is made when the form opens
 * and becomes the complaint's id, so a second click gives back the same
 * complaint instead of recording another.
 */
export async function recordComplaint(ctx: DeskContext, raw: unknown, files: readonly unknown[] = [], draftId: string = newId()): Promise<ComplaintRow> {
  const parsed = parseIntake(raw, files, ctx.clock.now());
  return writeEntries(ctx, 'complaints.record', async (tx) => {
    const existing = await tx.db.complaints.get(draftId);
    if (existing) return existing;
    const me = tx.member;
    const check = checkComplaintStep(undefined, 'recorded', me.role);
    if (!check.ok) throw refusalError(check.reason);
    if (parsed.input.receivedAt > tx.now) throw new DeskError('error.complaintReceivedInFuture', 'receivedAt');
    const number = await tx.nextNumber('complaint');
    const { rows, refs } = attachmentRows(draftId, parsed.files, { by: ctx.session.staffNo, at: tx.now });
    await tx.db.complaintAttachments.bulkAdd(rows);
    const { input } = parsed;
    const promised = input.replyWanted ? promisedReplyAt(input, await readComplaintRules(tx.db)) : undefined;
    await tx.append({
      recordType: 'complaint',
      recordId: draftId,
      type: 'recorded',
      schemaVersion: COMPLAINT_SCHEMA_VERSION,
      number,
      data: { ...input, attachments: refs, number, actorRole: me.role, promisedReplyAt: promised },
      summary: `${number} ${input.channel} ${input.category}/${input.severity}`,
    });
    const saved = await tx.db.complaints.get(draftId);
    // The projection judges the entry once more; the checks above make a refusal here a bug, and the throw undoes the write.
    if (!saved) throw new DeskError('error.unexpected');
    return saved;
  });
}
