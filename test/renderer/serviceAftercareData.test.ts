import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DeskError } from '../../renderer/db/errors';
import { recordFollowUp, recordOpinion, recordQuote } from '../../renderer/db/service/aftercare';
import { readDayFees, readFollowUpsDue } from '../../renderer/db/service/aftercareQueries';
import { recordVisit } from '../../renderer/db/service/calls';
import { CLERK } from './deskFixture';
import { acceptedCall, doneCall, HOUR, visitForm } from './serviceAftercareFixture';
import { makeServiceDesk, TECH_WU, TECH_ZHOU } from './serviceFixture';

/** What the clerk would see: the message key, the field it shows at, and its values. */
async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined; params?: unknown }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return Object.keys(error.params).length ? { code: error.code, field: error.field, params: error.params } : { code: error.code, field: error.field };
    if (error instanceof ZodError) return { code: error.issues[0]!.message, field: error.issues[0]!.path.join('.') };
    throw error;
  }
  throw new Error('expected a refusal');
}

const quote = (amount: string, agreed = true) => ({ amount, work: '更换压缩机电容', agreed });
const paidVisit = (desk: Awaited<ReturnType<typeof makeServiceDesk>>, fee: string) => visitForm(desk, { fee, invoiceNo: 'FP0001' });
const card = { attitude: '4', skill: '3', arrival: '4', promise: '2' };

describe('paid work: a quote the customer agreed to before any fee', () => {
  it('the fee goes through up to the agreed quote; a new quote replaces the old and every quote stays in the log', async () => {
    const desk = await makeServiceDesk();
    const call = await acceptedCall(desk);
    // The technician it was sent to phones it in from site; another technician cannot.
    expect(await refusal(recordQuote(desk.asWu, call.id, quote('100')))).toEqual({ code: 'error.serviceStep.notYourJob', field: undefined });
    expect((await recordQuote(desk.asZhou, call.id, quote('１００', false))).quote).toMatchObject({ amountFen: 10000, agreed: false, by: TECH_ZHOU.staffNo });
    const agreed = await recordQuote(desk.asClerk, call.id, quote('120.5'));
    expect(agreed.quote).toMatchObject({ amountFen: 12050, work: '更换压缩机电容', agreed: true, by: CLERK.staffNo });
    expect((await desk.db.entries.where('[recordType+recordId]').equals(['serviceCall', call.id]).sortBy('seq')).filter((e) => e.type === 'quoted').map((e) => (e.data as { amountFen: number }).amountFen)).toEqual([10000, 12050]);

    const closed = await recordVisit(desk.asClerk, call.id, paidVisit(desk, '120.50'));
    expect(closed.visits[0]).toMatchObject({ feeFen: 12050, invoiceNo: 'FP0001' });
    expect(closed.status).toBe('closed');
  });

  it('no fee without an agreed quote, none above it, none after a declined one: refused at the fee field, nothing written', async () => {
    const desk = await makeServiceDesk();
    const call = await acceptedCall(desk);
    const before = await desk.db.entries.count();
    expect(await refusal(recordVisit(desk.asClerk, call.id, paidVisit(desk, '50')))).toEqual({ code: 'error.serviceStep.noAgreedQuote', field: 'fee' });
    expect(await desk.db.entries.count()).toBe(before);

    await recordQuote(desk.asClerk, call.id, quote('100'));
    expect(await refusal(recordVisit(desk.asClerk, call.id, paidVisit(desk, '100.01')))).toEqual({ code: 'error.serviceStep.feeAboveQuote', field: 'fee' });

    // The customer turned the price down: the agreed quote before it no longer counts.
    await recordQuote(desk.asClerk, call.id, quote('150', false));
    const afterQuotes = await desk.db.entries.count();
    expect(await refusal(recordVisit(desk.asClerk, call.id, paidVisit(desk, '80')))).toEqual({ code: 'error.serviceStep.noAgreedQuote', field: 'fee' });
    expect(await desk.db.entries.count()).toBe(afterQuotes);
    // Not fixed, no fee: a declined quote does not stop the visit being recorded.
    expect((await recordVisit(desk.asClerk, call.id, visitForm(desk, { outcome: 'notFixed' }))).status).toBe('closed');
  });

  it('a bad quote is a message at its field and writes nothing', async () => {
    const desk = await makeServiceDesk();
    const call = await acceptedCall(desk);
    const before = await desk.db.entries.count();
    expect(await refusal(recordQuote(desk.asClerk, call.id, quote('')))).toEqual({ code: 'error.required', field: 'amount' });
    expect(await refusal(recordQuote(desk.asClerk, call.id, quote('12.345')))).toEqual({ code: 'error.amount', field: 'amount' });
    expect(await refusal(recordQuote(desk.asClerk, call.id, quote('0')))).toEqual({ code: 'error.amountZero', field: 'amount' });
    expect(await refusal(recordQuote(desk.asClerk, call.id, { amount: '80', work: ' ', agreed: true }))).toEqual({ code: 'error.required', field: 'work' });
    expect(await desk.db.entries.count()).toBe(before);
  });
});

describe('follow-up 24 to 72 hours after the job', () => {
  it('refused before 24 h with the time it opens; due at 30 h; late at 80 h still taken; once per call', async () => {
    const desk = await makeServiceDesk();
    const early = await doneCall(desk, { customerName: '早先生' });
    desk.clock.advance(50 * HOUR);
    const call = await doneCall(desk);
    const doneAt = call.closedAt;
    expect(doneAt).toBe(Date.UTC(2026, 10, 27, 8, 0)); // 2026-11-27 16:00 in Shanghai

    desk.clock.at = doneAt + 23 * HOUR;
    const before = await desk.db.entries.count();
    expect(await refusal(recordFollowUp(desk.asClerk, call.id, { reached: true, satisfaction: 'satisfied', note: '' }))).toEqual({
      code: 'error.followUpNotYet',
      field: undefined,
      params: { at: '2026-11-28 16:00' },
    });
    expect(await desk.db.entries.count()).toBe(before);

    desk.clock.at = doneAt + 30 * HOUR;
    // The list, oldest job first: the earlier call is now 80 h after its job, late.
    expect((await readFollowUpsDue(desk.db, desk.clock.now())).map((d) => [d.call.number, d.state])).toEqual([
      [early.number, 'late'],
      [call.number, 'due'],
    ]);
    const followed = await recordFollowUp(desk.asClerk, call.id, { reached: true, satisfaction: 'verySatisfied', note: '' });
    expect(followed.followUp).toMatchObject({ reached: true, satisfaction: 'verySatisfied', by: CLERK.staffNo });
    expect(await refusal(recordFollowUp(desk.asClerk, call.id, { reached: true, satisfaction: 'neutral', note: '' }))).toEqual({ code: 'error.serviceStep.alreadyFollowedUp', field: undefined });

    // Late is still taken: not reached, with what happened.
    expect((await recordFollowUp(desk.asClerk, early.id, { reached: false, satisfaction: 'satisfied', note: '两次无人接听' })).followUp).toMatchObject({ reached: false, satisfaction: undefined, note: '两次无人接听' });
    expect(await readFollowUpsDue(desk.db, desk.clock.now())).toEqual([]);
  });

  it('the list holds only calls done in the last 7 days and not followed up; an open call has no follow-up', async () => {
    const desk = await makeServiceDesk();
    const old = await doneCall(desk);
    desk.clock.advance(7 * 24 * HOUR + 1);
    const open = await acceptedCall(desk);
    expect(await readFollowUpsDue(desk.db, desk.clock.now())).toEqual([]);
    expect(await refusal(recordFollowUp(desk.asClerk, open.id, { reached: true, satisfaction: 'satisfied', note: '' }))).toEqual({ code: 'error.serviceStep.notDone', field: undefined });
    // Dropped off the list, the old call can still be followed up by its number.
    expect((await recordFollowUp(desk.asClerk, old.id, { reached: true, satisfaction: 'satisfied', note: '' })).followUp?.reached).toBe(true);
  });

  it('who and what: a technician cannot record it; reached needs the satisfaction, not reached or dissatisfied a note', async () => {
    const desk = await makeServiceDesk();
    const call = await doneCall(desk);
    desk.clock.advance(30 * HOUR);
    const before = await desk.db.entries.count();
    expect(await refusal(recordFollowUp(desk.asZhou, call.id, { reached: true, satisfaction: 'satisfied', note: '' }))).toEqual({ code: 'error.notAllowed', field: undefined });
    expect(await refusal(recordFollowUp(desk.asClerk, call.id, { reached: true, satisfaction: '', note: '' }))).toEqual({ code: 'error.required', field: 'satisfaction' });
    expect(await refusal(recordFollowUp(desk.asClerk, call.id, { reached: false, satisfaction: '', note: '' }))).toEqual({ code: 'error.followUpNoteRequired', field: 'note' });
    expect(await refusal(recordFollowUp(desk.asClerk, call.id, { reached: true, satisfaction: 'dissatisfied', note: '  ' }))).toEqual({ code: 'error.followUpNoteRequired', field: 'note' });
    expect(await desk.db.entries.count()).toBe(before);
    expect((await recordFollowUp(desk.asClerk, call.id, { reached: true, satisfaction: 'dissatisfied', note: '上门晚了两小时' })).followUp?.note).toBe('上门晚了两小时');
  });
});

describe('the customer opinion card', () => {
  it('once per call, crediting the technician who made the visit, whoever records it', async () => {
    const desk = await makeServiceDesk();
    const call = await doneCall(desk);
    desk.clock.advance(HOUR);
    const saved = await recordOpinion(desk.asClerk, call.id, card);
    expect(saved.opinion).toMatchObject({ scores: { attitude: 4, skill: 3, arrival: 4, promise: 2 }, technician: TECH_ZHOU.staffNo, by: CLERK.staffNo });
    expect(await desk.db.serviceOpinions.get(call.id)).toEqual({ callId: call.id, technician: TECH_ZHOU.staffNo, at: desk.clock.now(), scores: { attitude: 4, skill: 3, arrival: 4, promise: 2 } });
    expect(await refusal(recordOpinion(desk.asClerk, call.id, { ...card, skill: 4 }))).toEqual({ code: 'error.serviceStep.opinionAlreadyRecorded', field: undefined });
    expect((await desk.db.serviceOpinions.get(call.id))?.scores.skill).toBe(3);
  });

  it('needs a visit, every question answered, and the desk (not a technician rating himself)', async () => {
    const desk = await makeServiceDesk();
    const open = await acceptedCall(desk);
    expect(await refusal(recordOpinion(desk.asClerk, open.id, card))).toEqual({ code: 'error.serviceStep.noVisit', field: undefined });
    const call = await doneCall(desk);
    expect(await refusal(recordOpinion(desk.asZhou, call.id, card))).toEqual({ code: 'error.notAllowed', field: undefined });
    expect(await refusal(recordOpinion(desk.asClerk, call.id, { ...card, arrival: '' }))).toEqual({ code: 'error.required', field: 'arrival' });
    expect(await refusal(recordOpinion(desk.asClerk, call.id, { ...card, promise: '5' }))).toEqual({ code: 'error.required', field: 'promise' });
    expect(await desk.db.serviceOpinions.count()).toBe(0);
  });
});

describe("the day's fees", () => {
  it('each fee of the store day with call number, technician and invoice; totals per technician and overall', async () => {
    const desk = await makeServiceDesk();
    const yesterday = await acceptedCall(desk);
    await recordQuote(desk.asClerk, yesterday.id, quote('30'));
    await recordVisit(desk.asClerk, yesterday.id, paidVisit(desk, '30'));
    desk.clock.advance(24 * HOUR);

    const zhou = await acceptedCall(desk);
    await recordQuote(desk.asClerk, zhou.id, quote('200'));
    await recordVisit(desk.asClerk, zhou.id, visitForm(desk, { fee: '80', invoiceNo: 'fp-0002' }));
    const free = await doneCall(desk);
    const wu = await acceptedCall(desk, { productKind: 'washer' }, 'wu');
    await recordQuote(desk.asClerk, wu.id, quote('45.5'));
    await recordVisit(desk.asClerk, wu.id, visitForm(desk, { fee: '45.50', invoiceNo: 'FP0003' }));

    const fees = await readDayFees(desk.db, '2026-11-26', 'Asia/Shanghai');
    expect(fees?.lines.map((l) => [l.job.number, l.technicianName, l.job.invoiceNo, l.job.feeFen])).toEqual([
      [zhou.number, TECH_ZHOU.name, 'FP-0002', 8000],
      [wu.number, TECH_WU.name, 'FP0003', 4550],
    ]);
    expect(fees?.lines.some((l) => l.job.callId === free.id)).toBe(false);
    expect(fees?.byTechnician).toEqual([
      { technician: TECH_ZHOU.staffNo, name: TECH_ZHOU.name, count: 1, totalFen: 8000 },
      { technician: TECH_WU.staffNo, name: TECH_WU.name, count: 1, totalFen: 4550 },
    ]);
    expect(fees?.totalFen).toBe(12550);
    expect((await readDayFees(desk.db, '2026-11-25', 'Asia/Shanghai'))?.lines.map((l) => l.job.number)).toEqual([yesterday.number]);
    expect(await readDayFees(desk.db, '2026-13-01', 'Asia/Shanghai')).toBeUndefined();
  });
});
