import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { acceptJob, dispatchCall, recordVisit, registerServiceCall, setAppointment } from '../../renderer/db/service/calls';
import { findServiceCall, readMyJobs, readOverdueCalls, readServiceBoard } from '../../renderer/db/service/queries';
import { jobsToday, readTechnicianTeam } from '../../renderer/db/service/technicians';
import { suggestTechnicians } from '../../shared/domain/service/suggestion';
import { callForm, makeServiceDesk, TECH_WU, TECH_ZHOU } from './serviceFixture';

async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, field: error.field };
    if (error instanceof ZodError) return { code: error.issues[0]!.message, field: String(error.issues[0]!.path[0]) };
    throw error;
  }
  throw new Error('expected a refusal');
}

const visit = (arrivedAt: number, over: Record<string, unknown> = {}) => ({
  outcome: 'fixedOnSite', arrivedAt, minutesOnSite: '４５', workDone: '清洗滤网，补充冷媒', parts: [{ name: 'R32 冷媒', quantity: '1' }], fee: '', invoiceNo: '', voucherReturned: true, ...over,
});

describe('service calls at the desk', () => {
  it('taken, agreed, dispatched to the suggested technician, accepted, visited and closed; every step in the log', async () => {
    const desk = await makeServiceDesk();
    const draft = newId();
    const call = await registerServiceCall(desk.asClerk, draft, callForm(desk.clock.now()));
    expect(call.number).toMatch(/^WX-S01-C1-261125-0001$/);
    expect(call.customer).toMatchObject({ phone: '13800138000', area: 'inTown' });
    // The call the desk shows (and prints the voucher from) is the one stored, index fields included.
    expect(await desk.db.serviceCalls.get(call.id)).toEqual(call);
    // A second click on the same form gives the same call.
    expect((await registerServiceCall(desk.asClerk, draft, callForm(desk.clock.now()))).id).toBe(call.id);
    expect(await desk.db.serviceCalls.count()).toBe(1);

    await setAppointment(desk.asClerk, call.id, { visitAt: desk.clock.now() + 3 * 3_600_000 });
    expect(await refusal(setAppointment(desk.asClerk, call.id, { visitAt: desk.clock.now() + 5 * 3_600_000 }))).toEqual({ code: 'error.required', field: 'reason' });
    await setAppointment(desk.asClerk, call.id, { visitAt: desk.clock.now() + 5 * 3_600_000, reason: '顾客下午才在家' });

    const [best] = suggestTechnicians({ area: call.customer.area, skill: call.product.kind }, await readTechnicianTeam(desk.db), await jobsToday(desk.db, desk.clock.now(), 'Asia/Shanghai'));
    expect(best?.staffNo).toBe(TECH_ZHOU.staffNo);
    expect((await readServiceBoard(desk.db, desk.clock.now())).waiting.map((b) => b.call.id)).toEqual([call.id]);
    await dispatchCall(desk.asSupervisor, call.id, { technician: TECH_ZHOU.staffNo, suggestion: '同区域 · 会空调 · 今日 0 单' });
    expect(await jobsToday(desk.db, desk.clock.now(), 'Asia/Shanghai')).toEqual(new Map([[TECH_ZHOU.staffNo, 1]]));
    expect((await readMyJobs(desk.db, TECH_ZHOU.staffNo)).map((j) => j.call.id)).toEqual([call.id]);
    await acceptJob(desk.asZhou, call.id);

    desk.clock.advance(4 * 3_600_000);
    const done = await recordVisit(desk.asClerk, call.id, visit(desk.clock.now() - 3_600_000));
    expect(done.status).toBe('closed');
    expect(done.visits[0]).toMatchObject({ minutesOnSite: 45, parts: [{ name: 'R32 冷媒', quantity: 1 }], feeFen: 0, technician: TECH_ZHOU.staffNo });
    expect((await readServiceBoard(desk.db, desk.clock.now())).out).toEqual([]);
    expect((await findServiceCall(desk.db, 'wx-s01-c1-261125-0001'))?.id).toBe(call.id);
    const actions = (await desk.db.audit.where('[recordType+recordId]').equals(['serviceCall', call.id]).toArray()).map((a) => a.action);
    expect(actions.sort()).toEqual(['serviceCall.accepted', 'serviceCall.appointmentSet', 'serviceCall.appointmentSet', 'serviceCall.dispatched', 'serviceCall.registered', 'serviceCall.visitRecorded']);
  });

  it('who may do what is decided from the session: a clerk cannot dispatch, a technician cannot take calls, only the one sent accepts', async () => {
    const desk = await makeServiceDesk();
    expect(await refusal(registerServiceCall(desk.asZhou, newId(), callForm(desk.clock.now())))).toEqual({ code: 'error.notAllowed', field: undefined });
    const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now()));
    expect(await refusal(dispatchCall(desk.asClerk, call.id, { technician: TECH_ZHOU.staffNo }))).toMatchObject({ code: 'error.notAllowed' });
    expect(await refusal(dispatchCall(desk.asSupervisor, call.id, { technician: '1001' }))).toEqual({ code: 'error.notATechnician', field: 'technician' });
    await dispatchCall(desk.asSupervisor, call.id, { technician: TECH_ZHOU.staffNo });
    expect(await refusal(acceptJob(desk.asWu, call.id))).toMatchObject({ code: 'error.serviceStep.notYourJob' });
    expect(await refusal(dispatchCall(desk.asSupervisor, call.id, { technician: TECH_WU.staffNo }))).toMatchObject({ code: 'error.serviceStep.alreadyDispatched' });
    expect(await refusal(recordVisit(desk.asClerk, call.id, visit(desk.clock.now())))).toMatchObject({ code: 'error.serviceStep.notAccepted' });
  });

  it('bad input is a field message and writes nothing', async () => {
    const desk = await makeServiceDesk();
    const before = await desk.db.entries.count();
    const now = desk.clock.now();
    expect(await refusal(registerServiceCall(desk.asClerk, newId(), callForm(now, { phone: '12345' })))).toEqual({ code: 'error.phone', field: 'phone' });
    expect(await refusal(registerServiceCall(desk.asClerk, newId(), callForm(now, { area: '' })))).toEqual({ code: 'error.required', field: 'area' });
    expect(await refusal(registerServiceCall(desk.asClerk, newId(), callForm(now, { purchaseDate: '2026-02-30' })))).toEqual({ code: 'error.date', field: 'purchaseDate' });
    expect(await refusal(registerServiceCall(desk.asClerk, newId(), callForm(now + 3_600_000)))).toEqual({ code: 'error.serviceReceivedInFuture', field: 'receivedAt' });
    const call = await registerServiceCall(desk.asClerk, newId(), callForm(now));
    await dispatchCall(desk.asSupervisor, call.id, { technician: TECH_ZHOU.staffNo });
    await acceptJob(desk.asZhou, call.id);
    const afterSetUp = await desk.db.entries.count();
    expect(await refusal(recordVisit(desk.asClerk, call.id, visit(now, { minutesOnSite: '4.5' })))).toEqual({ code: 'error.minutesOnSite', field: 'minutesOnSite' });
    expect(await refusal(recordVisit(desk.asClerk, call.id, visit(now, { fee: '12.345' })))).toEqual({ code: 'error.amount', field: 'fee' });
    expect(await refusal(recordVisit(desk.asClerk, call.id, visit(now - 3_600_000)))).toEqual({ code: 'error.serviceArrivedBeforeCall', field: 'arrivedAt' });
    expect(await desk.db.entries.count()).toBe(afterSetUp);
    expect(afterSetUp - before).toBe(3);
  });

  it('a call nobody reached by its target is overdue', async () => {
    const desk = await makeServiceDesk();
    const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now()));
    expect(await readOverdueCalls(desk.db, desk.clock.now())).toEqual([]);
    desk.clock.advance(6 * 3_600_000 + 60_000);
    expect((await readOverdueCalls(desk.db, desk.clock.now())).map((o) => o.call.id)).toEqual([call.id]);
  });

  it('dispatched at two counters while offline: the first stands, the second is one conflict, the same on both', async () => {
    const desk = await makeServiceDesk();
    const call = await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now()));
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await dispatchCall(desk.asSupervisor, call.id, { technician: TECH_ZHOU.staffNo });
    desk.clock.advance(60_000);
    await dispatchCall({ ...c2, session: { ...c2.session, staffNo: desk.asSupervisor.session.staffNo } }, call.id, { technician: TECH_WU.staffNo });
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    for (const db of [desk.db, c2.db]) {
      const row = (await db.serviceCalls.get(call.id))!;
      expect(row.technician).toBe(TECH_ZHOU.staffNo);
      expect(row.conflicts.map((c) => [c.type, c.reason, c.counter])).toEqual([['dispatched', 'alreadyDispatched', 'C2']]);
    }
  });
});
