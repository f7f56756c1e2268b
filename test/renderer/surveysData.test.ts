import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { countConflicts, listCounterConflicts } from '../../renderer/db/conflicts';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { readSurveyList } from '../../renderer/db/surveys/queries';
import { recordSurveyReturn, remindSurvey, sendSurvey } from '../../renderer/db/surveys/surveys';
import { dayRange } from '../../shared/domain/clock';
import { SUPERVISOR } from './deskFixture';
import { HOUR } from './serviceAftercareFixture';
import { closedCall, closedComplaint, LEAD, makeSurveyDesk, openComplaint } from './surveysFixture';

const TZ = 'Asia/Shanghai';

async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined; params?: Readonly<Record<string, string | number>> }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, field: error.field, ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}) };
    if (error instanceof ZodError) return { code: error.issues[0]!.message, field: error.issues[0]!.path.join('.') };
    throw error;
  }
  throw new Error('expected a refusal');
}

const returned = (over: Record<string, unknown> = {}) => ({ returnedOn: '2026-11-25', score: 'verySatisfied', via: 'phone', comment: '', ...over });
const month = () => ({ from: dayRange('2026-11-01', TZ)!.from, to: dayRange('2026-11-30', TZ)!.to });

describe('surveys at the desk', () => {
  it('sent by the supervisor in the session for a closed complaint: its number read from the complaint; the log and audit say so', async () => {
    const desk = await makeSurveyDesk();
    const c = await closedComplaint(desk);
    const s = await sendSurvey(desk.asSupervisor, 'complaint', c.id, { channel: 'phone', keyCustomer: true });
    expect(s).toMatchObject({ id: `complaint:${c.id}`, subject: 'complaint', subjectNumber: c.number, keyCustomer: true, channel: 'phone', sentAt: desk.clock.now(), returnedAt: 0 });
    expect(s.sent).toMatchObject({ by: SUPERVISOR.staffNo, counter: 'C1' });
    const [entry] = await desk.db.entries.where('[recordType+recordId]').equals(['survey', s.id]).toArray();
    expect(entry).toMatchObject({ type: 'sent', by: SUPERVISOR.staffNo, number: c.number, summary: `${c.number} phone key` });
    expect(await desk.db.audit.where('action').equals('survey.sent').count()).toBe(1);
  });

  it('the lead may work on surveys; a clerk and a technician are refused and nothing is written', async () => {
    const desk = await makeSurveyDesk();
    const call = await closedCall(desk);
    const entries = await desk.db.entries.count();
    expect(await refusal(sendSurvey(desk.asClerk, 'serviceCall', call.id, { channel: 'phone', keyCustomer: false }))).toEqual({ code: 'error.notAllowed' });
    expect(await refusal(sendSurvey(desk.asZhou, 'serviceCall', call.id, { channel: 'phone', keyCustomer: false }))).toEqual({ code: 'error.notAllowed' });
    expect(await desk.db.entries.count()).toBe(entries);
    const s = await sendSurvey(desk.asLead, 'serviceCall', call.id, { channel: 'sms', keyCustomer: false });
    expect(s).toMatchObject({ subject: 'serviceCall', subjectNumber: call.number, sent: { by: LEAD.staffNo } });
    expect(await refusal(recordSurveyReturn(desk.asClerk, s.id, returned()))).toEqual({ code: 'error.notAllowed' });
    expect(await refusal(remindSurvey(desk.asZhou, s.id, { channel: 'phone' }))).toEqual({ code: 'error.notAllowed' });
    expect((await recordSurveyReturn(desk.asLead, s.id, returned())).returned).toMatchObject({ by: LEAD.staffNo, via: 'phone' });
  });

  it('only for a closed complaint or call, and once', async () => {
    const desk = await makeSurveyDesk();
    const open = await openComplaint(desk);
    expect(await refusal(sendSurvey(desk.asSupervisor, 'complaint', open.id, { channel: 'phone', keyCustomer: false }))).toEqual({ code: 'error.surveySubjectNotClosed' });
    expect(await refusal(sendSurvey(desk.asSupervisor, 'serviceCall', open.id, { channel: 'phone', keyCustomer: false }))).toEqual({ code: 'error.surveySubjectNotFound' });
    const c = await closedComplaint(desk);
    await sendSurvey(desk.asSupervisor, 'complaint', c.id, { channel: 'mail', keyCustomer: false });
    expect(await refusal(sendSurvey(desk.asSupervisor, 'complaint', c.id, { channel: 'phone', keyCustomer: false }))).toEqual({ code: 'error.surveyAlreadySent' });
    expect(await refusal(sendSurvey(desk.asSupervisor, 'complaint', c.id, { channel: '', keyCustomer: false }))).toEqual({ code: 'error.required', field: 'channel' });
  });

  it('returned after it was sent, once, dated today or earlier but not before the send; chased only while out', async () => {
    const desk = await makeSurveyDesk();
    const c = await closedComplaint(desk);
    expect(await refusal(recordSurveyReturn(desk.asSupervisor, `complaint:${c.id}`, returned()))).toEqual({ code: 'error.surveyNotSent' });
    const s = await sendSurvey(desk.asSupervisor, 'complaint', c.id, { channel: 'mail', keyCustomer: true });
    desk.clock.advance(3 * 24 * HOUR);
    expect(await refusal(recordSurveyReturn(desk.asSupervisor, s.id, returned({ returnedOn: '2026-11-24' })))).toEqual({ code: 'error.surveyReturnBeforeSent', field: 'returnedOn', params: { sent: '2026-11-25' } });
    expect(await refusal(recordSurveyReturn(desk.asSupervisor, s.id, returned({ returnedOn: '2026-11-29' })))).toEqual({ code: 'error.surveyReturnInFuture', field: 'returnedOn' });
    expect(await refusal(recordSurveyReturn(desk.asSupervisor, s.id, returned({ returnedOn: '2026-11-31' })))).toEqual({ code: 'error.date', field: 'returnedOn' });
    expect(await refusal(recordSurveyReturn(desk.asSupervisor, s.id, returned({ score: 'dissatisfied' })))).toEqual({ code: 'error.surveyCommentRequired', field: 'comment' });
    expect(await refusal(recordSurveyReturn(desk.asSupervisor, s.id, returned({ via: 'fax' })))).toEqual({ code: 'error.required', field: 'via' });
    const chased = await remindSurvey(desk.asSupervisor, s.id, { channel: 'phone', note: '顾客说已寄出' });
    expect(chased.reminders).toMatchObject([{ channel: 'phone', note: '顾客说已寄出', by: SUPERVISOR.staffNo }]);
    // Came back by post on the 26th, recorded on the 28th: dated the 26th.
    const back = await recordSurveyReturn(desk.asSupervisor, s.id, returned({ returnedOn: '2026-11-26', score: 'dissatisfied', via: 'mail', comment: '回复太慢' }));
    expect(back).toMatchObject({ returnedAt: dayRange('2026-11-26', TZ)!.to - 1, score: 'dissatisfied', returned: { via: 'mail', comment: '回复太慢' } });
    expect(await refusal(recordSurveyReturn(desk.asSupervisor, s.id, returned()))).toEqual({ code: 'error.surveyAlreadyReturned' });
    expect(await refusal(remindSurvey(desk.asSupervisor, s.id, { channel: 'phone' }))).toEqual({ code: 'error.surveyAlreadyReturned' });
  });

  it('sent for the same complaint at two counters while offline: one survey on both, the later send a conflict the supervisor sees', async () => {
    const desk = await makeSurveyDesk();
    const c = await closedComplaint(desk);
    const c2 = desk.otherCounter('C2');
    const asSupervisorAtC2 = { ...c2, session: { ...c2.session, staffNo: SUPERVISOR.staffNo } };
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await sendSurvey(desk.asSupervisor, 'complaint', c.id, { channel: 'phone', keyCustomer: true });
    desk.clock.advance(60_000);
    await sendSurvey(asSupervisorAtC2, 'complaint', c.id, { channel: 'sms', keyCustomer: false });
    const before = await countConflicts(desk.db);
    await applyIncomingEntries(desk.asSupervisor, await c2.db.entries.toArray());
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    for (const db of [desk.db, c2.db]) {
      const rows = await db.surveys.toArray();
      expect(rows.map((s) => [s.id, s.channel, s.keyCustomer, s.sent.counter])).toEqual([[`complaint:${c.id}`, 'phone', true, 'C1']]);
      expect(rows[0]!.conflicts.map((x) => [x.reason, x.counter])).toEqual([['alreadySent', 'C2']]);
    }
    expect(await countConflicts(desk.db)).toBe(before + 1);
    expect((await listCounterConflicts(desk.db)).filter((r) => r.area === 'survey')).toMatchObject([{ record: c.number, kind: 'conflicts.kind.survey.alreadySent', by: SUPERVISOR.staffNo, counter: 'C2' }]);
  });

  it('the list: closed complaints and calls of the days with their survey, key customers not back first, the rate of those sent', async () => {
    // One closed on 31 October: not in November's list.
    const desk = await makeSurveyDesk(Date.parse('2026-10-31T10:00:00+08:00'));
    await closedComplaint(desk);
    desk.clock.at = Date.parse('2026-11-25T10:00:00+08:00');
    const plain = await closedComplaint(desk);
    const key = await closedComplaint(desk);
    await openComplaint(desk);
    const call = await closedCall(desk);
    const notSent = await closedCall(desk);
    await sendSurvey(desk.asSupervisor, 'complaint', plain.id, { channel: 'phone', keyCustomer: false });
    await sendSurvey(desk.asSupervisor, 'complaint', key.id, { channel: 'phone', keyCustomer: true });
    const callSurvey = await sendSurvey(desk.asSupervisor, 'serviceCall', call.id, { channel: 'sms', keyCustomer: true });
    await recordSurveyReturn(desk.asSupervisor, callSurvey.id, returned());
    const list = await readSurveyList(desk.db, month().from, month().to);
    expect(list.rows.map((r) => [r.number, r.state, r.keyOut])).toEqual([
      [key.number, 'out', true],
      [plain.number, 'out', false],
      [call.number, 'returned', false],
      [notSent.number, 'notSent', false],
    ]);
    expect(list.rows[2]).toMatchObject({ subject: 'serviceCall', customerName: '陈女士', contact: '13800138000' });
    expect(list.figures).toEqual({ sent: 3, returned: 1, returnRate: 1 / 3, meetsTarget: false, keySent: 2, keyReturned: 1 });
    const day = dayRange('2026-11-24', TZ)!;
    expect((await readSurveyList(desk.db, day.from, day.to)).rows).toEqual([]);
  });
});
