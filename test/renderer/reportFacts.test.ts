// The report's small rows (complaintFacts, handoutFacts, surveyFacts) follow their records, are refilled by a rebuild, and a copy from before v13 gets them.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import type { DeskFact } from '../../shared/domain/dayLog/facts';
import { complaintFigureRowOf } from '../../shared/domain/reports/complaintFigures';
import { handoutFiguresOf } from '../../shared/domain/reports/handoutFacts';
import type { SupervisorReport } from '../../shared/domain/reports/model';
import { surveyFiguresOf } from '../../shared/domain/reports/surveyFacts';
import type { DeskContext } from '../../renderer/db/context';
import { DeskDatabase } from '../../renderer/db/database';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { handOutGift } from '../../renderer/db/gifts/handout';
import { reverseHandout } from '../../renderer/db/gifts/reverse';
import { applyIncomingEntries, rebuildAllProjections } from '../../renderer/db/incoming';
import { readSupervisorReport } from '../../renderer/db/reports/readReport';
import { sendSurvey } from '../../renderer/db/surveys/surveys';
import { takeSteps, TO_INVESTIGATED } from './complaintMonthFixture';
import { SUPERVISOR } from './deskFixture';
import { handoutRequest, runningCampaign } from './giftsFixture';
import { makeReportsDesk } from './reportsFixture';
import { closedComplaint, makeSurveyDesk, openComplaint } from './surveysFixture';

const HOUR = 3_600_000;
const NEW_TABLES = ['complaintFacts', 'handoutFacts', 'surveyFacts'] as const;

/** A figure of the November report (the desk's clock is 2026-11-25), as the screen shows it. */
async function figure(ctx: DeskContext, section: string, id: string) {
  const { report } = await readSupervisorReport(ctx, { kind: 'month', date: '2026-11-25', area: '', counter: '' });
  return report.sections.find((s) => s.id === section)?.figures.find((f) => f.id === id)?.value;
}

const monthReport = async (ctx: DeskContext): Promise<SupervisorReport> => (await readSupervisorReport(ctx, { kind: 'month', date: '2026-11-25', area: '', counter: '' })).report;

async function reportRows(db: DeskDatabase) {
  return {
    complaintFacts: await db.complaintFacts.toArray(),
    handoutFacts: await db.handoutFacts.toArray(),
    surveyFacts: await db.surveyFacts.toArray(),
    deskFacts: await db.deskFacts.toArray(),
  };
}

describe('the report’s small rows follow their records', () => {
  it('a complaint’s row: open, then worked to closed with its follow-up rating', async () => {
    const desk = await makeSurveyDesk();
    const c = await openComplaint(desk);
    const rowNow = async () => ({ fact: await desk.db.complaintFacts.get(c.id), complaint: complaintFigureRowOf((await desk.db.complaints.get(c.id))!) });
    let now = await rowNow();
    expect(now.fact).toEqual(now.complaint);
    expect(now.fact?.status).toBe('recorded');
    await takeSteps(desk.asSupervisor, c.id, [...TO_INVESTIGATED, 'resolutionProposed', 'approvalDecided', 'carriedOut', 'followedUp']);
    await takeComplaintStep(desk.asSupervisor, c.id, 'closed', { lessons: '加强临期巡检', trainingCase: false });
    now = await rowNow();
    expect(now.fact).toEqual(now.complaint);
    expect(now.fact).toMatchObject({ status: 'closed', rating: 5 });
    expect(await figure(desk.asSupervisor, 'satisfaction', 'complaintRating')).toBe(5);
  });

  it('a handout reversed: its row says so and the report stops counting the piece', async () => {
    const desk = await makeSurveyDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 10 });
    const h = await handOutGift(desk.asClerk, newId(), handoutRequest(campaign.id));
    expect(handoutFiguresOf(await desk.db.handoutFacts.toArray())).toEqual([{ number: h.number, campaignId: campaign.id, giftId: h.giftId, quantity: 1, status: 'handedOut', handedOutAt: h.handedOut.at }]);
    expect(await figure(desk.asSupervisor, 'gifts', 'handedOut')).toBe(1);
    await reverseHandout(desk.asClerk, { handoutId: h.id, reason: '发错' }, SUPERVISOR);
    expect(handoutFiguresOf(await desk.db.handoutFacts.toArray()).map((f) => f.status)).toEqual(['reversed']);
    expect(await figure(desk.asSupervisor, 'gifts', 'handedOut')).toBe(0);
  });

  it('handouts of one hour arriving in one sync batch are all counted (the hour’s bucket is not written over itself)', async () => {
    const desk = await makeSurveyDesk();
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 10 });
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    for (const receiptNo of ['R2611250001', 'R2611250002', 'R2611250003']) await handOutGift(c2, newId(), handoutRequest(campaign.id, { receiptNo }));
    await applyIncomingEntries(desk.asClerk, (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
    expect(handoutFiguresOf(await desk.db.handoutFacts.toArray())).toHaveLength(3);
    expect(await figure(desk.asSupervisor, 'gifts', 'handedOut')).toBe(3);
  });

  it('one survey sent at two counters offline: the send first in the shared order stands, counted once in its own hour', async () => {
    const desk = await makeSurveyDesk();
    const c = await closedComplaint(desk);
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await sendSurvey({ ...c2, session: { ...c2.session, staffNo: SUPERVISOR.staffNo } }, 'complaint', c.id, { channel: 'sms', keyCustomer: false });
    const firstSend = desk.clock.now();
    desk.clock.advance(2 * HOUR);
    await sendSurvey(desk.asSupervisor, 'complaint', c.id, { channel: 'phone', keyCustomer: true });
    expect(surveyFiguresOf(await desk.db.surveyFacts.toArray()).map((s) => s.sentAt)).toEqual([desk.clock.now()]);

    await applyIncomingEntries(desk.asClerk, (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
    expect(surveyFiguresOf(await desk.db.surveyFacts.toArray())).toEqual([{ subject: 'complaint', subjectNumber: c.number, keyCustomer: false, sentAt: firstSend, returnedAt: 0 }]);
    expect(await figure(desk.asSupervisor, 'satisfaction', 'surveysSent')).toBe(1);
  });

  it('a rebuild from the entries refills them as they were', async () => {
    const desk = await makeReportsDesk();
    const before = await reportRows(desk.db);
    expect(before.complaintFacts).toHaveLength(3);
    expect(handoutFiguresOf(before.handoutFacts)).toHaveLength(1);
    expect(surveyFiguresOf(before.surveyFacts)).toHaveLength(2);
    await rebuildAllProjections(desk.db);
    expect(await reportRows(desk.db)).toEqual(before);
  });
});

/** The desk's tables as Dexie v12 declared them: every table but the ones v13 adds, with the same keys and indexes. */
function v12Schema(db: DeskDatabase): Record<string, string> {
  const tables = db.tables.filter((t) => !(NEW_TABLES as readonly string[]).includes(t.name));
  return Object.fromEntries(tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]));
}

/** The day facts as v12 counted them: a day's survey entries of one counter and action under one key, whatever their subject. */
function v12Facts(facts: readonly DeskFact[]): DeskFact[] {
  const merged = new Map<string, DeskFact>();
  for (const f of facts) {
    const key = `${f.day}|${f.counter}|${f.action}`;
    merged.set(key, { key, day: f.day, counter: f.counter, action: f.action, count: (merged.get(key)?.count ?? 0) + f.count });
  }
  return [...merged.values()];
}

describe('a copy kept before v13', () => {
  it('is upgraded with the rows filled from its records, the surveys counted by subject: the same month report', async () => {
    const desk = await makeReportsDesk();
    const expected = await reportRows(desk.db);
    const name = `test-v12-${newId()}`;
    const v12 = new Dexie(name);
    v12.version(12).stores(v12Schema(desk.db));
    await v12.open();
    for (const table of v12.tables) await table.bulkPut(table.name === 'deskFacts' ? v12Facts(expected.deskFacts) : await desk.db.table(table.name).toArray());
    expect(await v12.table('deskFacts').count()).toBeLessThan(expected.deskFacts.length);
    v12.close();

    const upgraded = new DeskDatabase(name);
    expect(await reportRows(upgraded)).toEqual(expected);
    expect(await monthReport({ ...desk.asSupervisor, db: upgraded })).toEqual(await monthReport(desk.asSupervisor));
    upgraded.close();
  });
});
