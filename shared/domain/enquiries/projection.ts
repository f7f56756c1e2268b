import type { ActionStamp } from '../storage/types';
import { ENQUIRY_STEPS, loggedState } from './states';
import { ENQUIRY_SCHEMA_VERSION, type Enquiry, type EnquiryConflictReason, type EnquiryEntry } from './types';

/**
 * Applies one enquiry entry, in the shared order. A step the state table
 * refuses (a second reply from another counter, the customer told before
 * the reply arrived there) is not applied: it is kept on the enquiry as a
 * conflict for a supervisor.
 */
export function applyEnquiryEntry(enquiry: Enquiry | undefined, e: EnquiryEntry): Enquiry | undefined {
  if (e.schemaVersion > ENQUIRY_SCHEMA_VERSION) return enquiry;
  const stamp: ActionStamp = { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
  const conflict = (q: Enquiry, reason: EnquiryConflictReason): Enquiry => ({ ...q, conflicts: [...q.conflicts, { ...stamp, entryId: e.id, reason }] });
  if (e.type === 'logged') {
    if (enquiry) return conflict(enquiry, 'alreadyLogged');
    const { number, channel, topic, question, answer, customerName, phone, suggestion } = e.data;
    return {
      id: e.recordId,
      number,
      state: loggedState(suggestion !== undefined),
      channel,
      topic,
      question,
      answer,
      customerName,
      phone,
      loggedAt: e.at,
      logged: stamp,
      suggestion,
      conflicts: [],
    };
  }
  // Nothing logged here yet: nowhere to keep it; the entry stays in the log.
  if (!enquiry) return enquiry;
  const outcome = ENQUIRY_STEPS[e.type][enquiry.state];
  if ('refused' in outcome) return conflict(enquiry, outcome.refused);
  if (e.type === 'replyRecorded') return { ...enquiry, state: outcome.to, reply: { ...stamp, ...e.data } };
  if (enquiry.reply && e.data.toldAt < enquiry.reply.at) return conflict(enquiry, 'toldBeforeReply');
  return { ...enquiry, state: outcome.to, told: { ...stamp, ...e.data } };
}
