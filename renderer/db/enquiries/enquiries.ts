import { formatInZone } from '../../../shared/domain/clock';
import { applyEnquiryEntry } from '../../../shared/domain/enquiries/projection';
import { replyDueInstant, replyDueRefusal } from '../../../shared/domain/enquiries/replyDue';
import { stepRefusal } from '../../../shared/domain/enquiries/states';
import { toldInstant, toldRefusal } from '../../../shared/domain/enquiries/told';
import { ENQUIRY_RECORD_TYPE, ENQUIRY_SCHEMA_VERSION, type EnquiryEntry, type EnquiryLoggedData } from '../../../shared/domain/enquiries/types';
import { enquiryLogInput, enquiryReplyInput, enquiryToldInput } from '../../../shared/schema/enquiries';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries, type WriteTx } from '../writePath';
import { enquiryRow, type EnquiryRow } from './row';

type EnquiryData<T extends EnquiryEntry['type']> = Extract<EnquiryEntry, { readonly type: T }>['data'];

/**
 * 登记: a call or an enquiry at the desk, answered there, or a suggestion
 * passed to a department with its reply due. `draftId` is made when the
 * form opens and becomes the record's id, so a second press of Enter gives
 * back the same record instead of logging another.
 */
export async function logEnquiry(ctx: DeskContext, draftId: string, raw: unknown): Promise<EnquiryRow> {
  const input = enquiryLogInput.parse(raw);
  const { timeZone } = ctx.session;
  return writeEntries(ctx, 'enquiries.log', async (tx) => {
    const existing = await tx.db.enquiries.get(draftId);
    if (existing) return existing;
    let suggestion: EnquiryLoggedData['suggestion'];
    if (input.suggestion) {
      const refusal = replyDueRefusal(input.replyDue, tx.now, timeZone);
      const replyDueAt = replyDueInstant(input.replyDue, timeZone);
      if (refusal === 'inPast') throw new DeskError('error.enquiryReplyDueInPast', 'replyDue');
      // The schema made the department present and the day a date: a miss here is a bug.
      if (refusal || replyDueAt === undefined || !input.department) throw new DeskError('error.unexpected');
      suggestion = { department: input.department, replyDue: input.replyDue, replyDueAt };
    }
    const number = await tx.nextNumber('enquiry');
    const { channel, topic, question, answer, customerName, phone } = input;
    const data: EnquiryData<'logged'> = { number, channel, topic, question, answer, customerName, phone, suggestion };
    const logged = await tx.append({
      recordType: ENQUIRY_RECORD_TYPE,
      recordId: draftId,
      type: 'logged',
      schemaVersion: ENQUIRY_SCHEMA_VERSION,
      number,
      data,
      summary: `${number} ${channel}/${topic}${suggestion ? ` → ${suggestion.department} ${suggestion.replyDue}` : ''}`,
    });
    // The new record is its first entry projected, as the write path stored it: no need to read it back.
    const projected = applyEnquiryEntry(undefined, logged);
    if (!projected) throw new DeskError('error.unexpected');
    return enquiryRow(projected);
  });
}

async function open(tx: WriteTx, id: string): Promise<EnquiryRow> {
  const row = await tx.db.enquiries.get(id);
  if (!row) throw new DeskError('error.unknownRecord');
  return row;
}

async function saved(tx: WriteTx, id: string): Promise<EnquiryRow> {
  const row = await tx.db.enquiries.get(id);
  // The projection judges the entry once more; the checks before make a refusal here a bug, and the throw undoes the write.
  if (!row) throw new DeskError('error.unexpected');
  return row;
}

/** 部门答复: the department's reply to a suggestion, as it came to the desk. */
export async function recordReply(ctx: DeskContext, id: string, raw: unknown): Promise<EnquiryRow> {
  const input = enquiryReplyInput.parse(raw);
  return writeEntries(ctx, 'enquiries.recordReply', async (tx) => {
    const enquiry = await open(tx, id);
    const refusal = stepRefusal(enquiry.state, 'replyRecorded');
    if (refusal) throw new DeskError(`error.enquiry.${refusal}`);
    const data: EnquiryData<'replyRecorded'> = { reply: input.reply, repliedBy: input.repliedBy };
    await tx.append({
      recordType: ENQUIRY_RECORD_TYPE,
      recordId: id,
      type: 'replyRecorded',
      schemaVersion: ENQUIRY_SCHEMA_VERSION,
      number: enquiry.number,
      data,
      summary: `${enquiry.number} ${enquiry.suggestion?.department ?? ''}`.trim(),
    });
    return saved(tx, id);
  });
}

/** 已告知顾客: how and on which day the customer heard the reply; who told them is the one signed in. */
export async function recordCustomerTold(ctx: DeskContext, id: string, raw: unknown): Promise<EnquiryRow> {
  const input = enquiryToldInput.parse(raw);
  const { timeZone } = ctx.session;
  return writeEntries(ctx, 'enquiries.recordTold', async (tx) => {
    const enquiry = await open(tx, id);
    const toldAt = toldInstant(input.toldOn, tx.now, timeZone);
    if (toldAt === undefined) throw new DeskError('error.enquiryToldInFuture', 'toldOn');
    const refusal = toldRefusal(enquiry, toldAt);
    if (refusal === 'toldBeforeReply') throw new DeskError('error.enquiryToldBeforeReply', 'toldOn', { replied: formatInZone(enquiry.reply?.at ?? 0, 'yyyy-MM-dd', timeZone) });
    if (refusal) throw new DeskError(`error.enquiry.${refusal}`);
    const data: EnquiryData<'customerTold'> = { via: input.via, toldAt, note: input.note };
    await tx.append({
      recordType: ENQUIRY_RECORD_TYPE,
      recordId: id,
      type: 'customerTold',
      schemaVersion: ENQUIRY_SCHEMA_VERSION,
      number: enquiry.number,
      data,
      summary: `${enquiry.number} ${input.via}`,
    });
    return saved(tx, id);
  });
}
