import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { readDayJobs, readMonth, readServiceDay, signServiceDay } from '../../renderer/db/service/reports';
import { CLERK, SUPERVISOR } from './deskFixture';
import { TECH_WU, TECH_ZHOU } from './serviceFixture';
import { makeReportDesk } from './serviceReportsFixture';

const TZ = 'Asia/Shanghai';
const DAY = '2026-11-25';

async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined; params?: Readonly<Record<string, string | number>> }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, field: error.field, params: error.params };
    if (error instanceof ZodError) return { code: error.issues[0]!.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('service reports: reading the job rows', () => {
  it('a store day by its local bounds: the repair at 23:59 is that day, the goods returned at 07:30 the next (23:30 UTC) the next', async () => {
    const desk = await makeReportDesk();
    const day = await readDayJobs(desk.db, DAY, TZ);
    expect(day.map((j) => [j.number.slice(-4), j.kind, j.technician, j.minutes]).sort()).toEqual(
      [
        ['0001', 'visit', TECH_ZHOU.staffNo, 45],
        ['0002', 'visit', TECH_WU.staffNo, 90],
        ['0003', 'visit', TECH_ZHOU.staffNo, 30],
        ['0003', 'repair', TECH_ZHOU.staffNo, 60],
      ].sort(),
    );
    expect((await readDayJobs(desk.db, '2026-11-26', TZ)).map((j) => [j.kind, j.feeFen])).toEqual([['return', 8_000]]);
    expect(await readDayJobs(desk.db, '2026-11-24', TZ)).toEqual([]);
  });

  it('one technician’s day through the [technician+at] index; the day report totals it', async () => {
    const desk = await makeReportDesk();
    expect((await readDayJobs(desk.db, DAY, TZ, TECH_WU.staffNo)).map((j) => j.number)).toEqual([desk.calls.two.number]);
    const zhou = await readServiceDay(desk.db, DAY, TZ, TECH_ZHOU.staffNo);
    expect(zhou.report.jobs.map((j) => [j.number, j.kind])).toEqual([
      [desk.calls.one.number, 'visit'],
      [desk.calls.three.number, 'visit'],
      [desk.calls.three.number, 'repair'],
    ]);
    expect(zhou.report.total).toEqual({ jobs: 3, minutes: 135 });
    const all = await readServiceDay(desk.db, DAY, TZ);
    expect(all.report.total).toEqual({ jobs: 4, minutes: 225 });
    expect(all.report.feesFen).toBe(15_000);
    expect(all.report.byRequestType).toEqual({ repair: { jobs: 1, minutes: 45 }, installation: { jobs: 1, minutes: 90 }, maintenance: { jobs: 2, minutes: 90 } });
    expect(all.signoff).toBeUndefined();
    expect(await refusal(readDayJobs(desk.db, '2026-02-30', TZ))).toMatchObject({ code: 'error.date' });
  });

  it('the month per technician: first-time fixes, arrivals on time on the store’s working hours (exactly at the target counts), cards, parts, fees', async () => {
    const desk = await makeReportDesk();
    const { technicians } = await readMonth(desk.db, '2026-11', TZ);
    expect(technicians).toEqual([
      {
        technician: TECH_ZHOU.staffNo,
        jobs: 3,
        minutes: 135,
        firstVisits: 2,
        firstTimeFixes: 1,
        onTimeArrivals: 2,
        opinionCards: 1,
        opinion: { attitude: 4, skill: 4, arrival: 3, promise: 4 },
        parts: new Map([['R32 冷媒', 1], ['电容', 1]]),
        // The fee taken when the goods went back counts for the one who repaired them.
        feesFen: 8_000,
      },
      {
        technician: TECH_WU.staffNo,
        jobs: 1,
        minutes: 90,
        firstVisits: 1,
        firstTimeFixes: 1,
        onTimeArrivals: 1,
        opinionCards: 1,
        opinion: { attitude: 3, skill: 2, arrival: 2, promise: 3 },
        parts: new Map([['膨胀螺丝', 4]]),
        feesFen: 15_000,
      },
    ]);
    expect((await readMonth(desk.db, '2026-10', TZ)).technicians).toEqual([]);
    expect(await refusal(readMonth(desk.db, '2026-13', TZ))).toMatchObject({ code: 'error.month' });
  });
});

describe('signing the service supervisor’s daily report', () => {
  it('a wrong PIN or a clerk’s PIN is refused and writes nothing; the supervisor’s signs the day’s figures, once', async () => {
    const desk = await makeReportDesk();
    const before = await desk.db.entries.count();
    expect(await refusal(signServiceDay(desk.asSupervisor, DAY, { staffNo: SUPERVISOR.staffNo, pin: '000000' }))).toMatchObject({ code: 'error.approvalFailed', field: 'approverPin' });
    expect(await refusal(signServiceDay(desk.asSupervisor, DAY, CLERK))).toMatchObject({ code: 'error.approverRole', field: 'approverPin' });
    expect(await desk.db.entries.count()).toBe(before);
    expect(await desk.db.serviceDays.get(DAY)).toBeUndefined();

    const signed = await signServiceDay(desk.asSupervisor, DAY, SUPERVISOR);
    expect(signed.signed).toMatchObject({ day: DAY, jobs: 4, minutes: 225, feesFen: 15_000, by: SUPERVISOR.staffNo, approvedBy: SUPERVISOR.staffNo, at: desk.clock.now(), counter: 'C1' });
    const entries = await desk.db.entries.where('recordType').equals('serviceDay').toArray();
    expect(entries.map((e) => [e.recordId, e.type, e.approvedBy, e.data])).toEqual([[DAY, 'signed', SUPERVISOR.staffNo, { day: DAY, jobs: 4, minutes: 225, feesFen: 15_000 }]]);
    expect((await readServiceDay(desk.db, DAY, TZ)).signoff?.signed.approvedBy).toBe(SUPERVISOR.staffNo);

    expect(await refusal(signServiceDay(desk.asSupervisor, DAY, SUPERVISOR))).toEqual({ code: 'error.serviceDayAlreadySigned', field: undefined, params: { by: `王主管 (${SUPERVISOR.staffNo})`, at: '2026-11-26 10:00' } });
    expect(await desk.db.entries.where('recordType').equals('serviceDay').count()).toBe(1);
  });

  it('today may be signed, a day to come not; bad dates are field messages; only the service supervisor’s screen signs', async () => {
    const desk = await makeReportDesk();
    expect(await refusal(signServiceDay(desk.asSupervisor, '2026-11-27', SUPERVISOR))).toMatchObject({ code: 'error.serviceDayInFuture', field: 'day' });
    expect(await refusal(signServiceDay(desk.asSupervisor, '2026-11-31', SUPERVISOR))).toMatchObject({ code: 'error.date' });
    expect(await refusal(signServiceDay(desk.asClerk, '2026-11-26', SUPERVISOR))).toMatchObject({ code: 'error.notAllowed' });
    expect(await refusal(signServiceDay(desk.asZhou, '2026-11-26', SUPERVISOR))).toMatchObject({ code: 'error.notAllowed' });
    const today = await signServiceDay(desk.asSupervisor, '2026-11-26', SUPERVISOR);
    // The goods returned today: no job, the fee.
    expect(today.signed).toMatchObject({ jobs: 0, minutes: 0, feesFen: 8_000 });
  });

  it('signed at two counters while offline: the first in the shared order stands, the second is kept as a conflict on both', async () => {
    const desk = await makeReportDesk();
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await signServiceDay(desk.asSupervisor, DAY, SUPERVISOR);
    desk.clock.advance(60_000);
    await signServiceDay({ ...c2, session: { ...c2.session, staffNo: SUPERVISOR.staffNo } }, DAY, SUPERVISOR);
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    for (const db of [desk.db, c2.db]) {
      const day = (await db.serviceDays.get(DAY))!;
      expect(day.signed.counter).toBe('C1');
      expect(day.conflicts.map((c) => c.counter)).toEqual(['C2']);
    }
  });
});
