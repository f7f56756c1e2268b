import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import { ROLES } from '../../shared/domain/staff';
import { roleMayRun } from '../../shared/domain/permissions';
import { countConflicts, listCounterConflicts } from '../../renderer/db/conflicts';
import { logEnquiry, recordCustomerTold, recordReply } from '../../renderer/db/enquiries/enquiries';
import { readOpenSuggestions } from '../../renderer/db/enquiries/queries';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { CLERK } from './deskFixture';
import { makeServiceDesk } from './serviceFixture';

async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, ...(error.field ? { field: error.field } : {}) };
    if (error instanceof ZodError) return { code: error.issues[0]!.message, field: error.issues[0]!.path.join('.') };
    throw error;
  }
  throw new Error('expected a refusal');
}

const call = { channel: 'phone', topic: 'promotion', question: '周末有没有满减', answer: '满 200 减 30，周六周日', customerName: '', phone: '', suggestion: false, department: '', replyDue: '' };
const suggestion = { ...call, topic: 'service', question: '希望多开一个收银台', answer: '已转收银部', customerName: '陈女士', phone: '13812345678', suggestion: true, department: '收银部', replyDue: '2026-11-28' };

describe('the enquiry log at the desk', () => {
  it('a call is numbered ZX and written with its log line, audit line and outbox line, by the one signed in', async () => {
    const desk = await makeServiceDesk();
    const draftId = newId();
    const e = await logEnquiry(desk.asClerk, draftId, call);
    expect(e).toMatchObject({ id: draftId, number: 'ZX-S01-C1-261125-0001', state: 'answered', loggedAt: desk.clock.now(), logged: { by: CLERK.staffNo, counter: 'C1' } });
    const [entry] = await desk.db.entries.where('[recordType+recordId]').equals(['enquiry', draftId]).toArray();
    expect(entry).toMatchObject({ type: 'logged', by: CLERK.staffNo, number: e.number, summary: `${e.number} phone/promotion` });
    expect(await desk.db.audit.where('action').equals('enquiry.logged').count()).toBe(1);
    expect(await desk.db.outbox.filter((o) => o.entryId === entry!.id).count()).toBe(1);
    // A second Enter on the same form gives back the same record.
    expect((await logEnquiry(desk.asClerk, draftId, call)).number).toBe(e.number);
    expect(await desk.db.enquiries.count()).toBe(1);
  });

  it('clerks, leads, supervisors and the store manager log and follow enquiries; a technician is refused and nothing is written', async () => {
    for (const command of ['enquiries.log', 'enquiries.recordReply', 'enquiries.recordTold'] as const) {
      expect(ROLES.filter((r) => roleMayRun(r, command))).toEqual(['clerk', 'lead', 'supervisor', 'storeManager']);
    }
    const desk = await makeServiceDesk();
    const entries = await desk.db.entries.count();
    const refused = () => desk.db.audit.where('action').equals('permission.refused').count();
    const refusedBefore = await refused();
    expect(await refusal(logEnquiry(desk.asZhou, newId(), call))).toEqual({ code: 'error.notAllowed' });
    expect(await desk.db.entries.count()).toBe(entries);
    expect(await refused()).toBe(refusedBefore + 1);
  });

  it('a suggestion: reply and customer told in order, each once; a plain call has no reply', async () => {
    const desk = await makeServiceDesk();
    const plain = await logEnquiry(desk.asClerk, newId(), call);
    expect(await refusal(recordReply(desk.asClerk, plain.id, { reply: '好' }))).toEqual({ code: 'error.enquiry.notSuggestion' });
    expect(await refusal(logEnquiry(desk.asClerk, newId(), { ...suggestion, replyDue: '2026-11-24' }))).toEqual({ code: 'error.enquiryReplyDueInPast', field: 'replyDue' });
    const s = await logEnquiry(desk.asClerk, newId(), suggestion);
    expect(s).toMatchObject({ state: 'awaitingReply', phoneTail: '5678', suggestion: { department: '收银部', replyDue: '2026-11-28', replyDueAt: Date.parse('2026-11-29T00:00:00+08:00') } });
    expect(await refusal(recordCustomerTold(desk.asClerk, s.id, { via: 'phone', toldOn: '2026-11-25', note: '' }))).toEqual({ code: 'error.enquiry.notReplied' });
    desk.clock.advance(60 * 60 * 1000);
    expect(await recordReply(desk.asSupervisor, s.id, { reply: '周末高峰加开 2 号收银台', repliedBy: '' })).toMatchObject({ state: 'replied', reply: { reply: '周末高峰加开 2 号收银台', repliedBy: undefined } });
    expect(await refusal(recordReply(desk.asClerk, s.id, { reply: '又一个' }))).toEqual({ code: 'error.enquiry.alreadyReplied' });
    expect(await refusal(recordCustomerTold(desk.asClerk, s.id, { via: 'sms', toldOn: '2026-11-24', note: '' }))).toEqual({ code: 'error.enquiryToldBeforeReply', field: 'toldOn' });
    expect(await recordCustomerTold(desk.asClerk, s.id, { via: 'sms', toldOn: '2026-11-25', note: '' })).toMatchObject({ state: 'customerTold', told: { via: 'sms', toldAt: desk.clock.now(), by: CLERK.staffNo } });
    expect(await refusal(recordCustomerTold(desk.asClerk, s.id, { via: 'sms', toldOn: '2026-11-25', note: '' }))).toEqual({ code: 'error.enquiry.alreadyTold' });
    expect(await readOpenSuggestions(desk.db, desk.clock.now())).toEqual([]);
  });

  it('a reply recorded at two counters while offline: the same suggestion on both, the later reply a conflict the supervisor sees', async () => {
    const desk = await makeServiceDesk();
    const s = await logEnquiry(desk.asClerk, newId(), suggestion);
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await recordReply(desk.asClerk, s.id, { reply: '加开收银台' });
    desk.clock.advance(60_000);
    await recordReply(c2, s.id, { reply: '增加自助收银' });
    const before = await countConflicts(desk.db);
    await applyIncomingEntries(desk.asSupervisor, await c2.db.entries.toArray());
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    for (const db of [desk.db, c2.db]) {
      const [row] = await db.enquiries.toArray();
      expect(row).toMatchObject({ state: 'replied', reply: { reply: '加开收银台', counter: 'C1' }, conflict: 1 });
      expect(row!.conflicts.map((x) => [x.reason, x.counter])).toEqual([['alreadyReplied', 'C2']]);
    }
    expect(await countConflicts(desk.db)).toBe(before + 1);
    expect((await listCounterConflicts(desk.db)).filter((r) => r.area === 'enquiry')).toMatchObject([{ record: s.number, kind: 'error.enquiry.alreadyReplied', counter: 'C2' }]);
  });
});
