import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { DEFAULT_DESK_SETTINGS } from '../../shared/domain/store';
import { endActingWindow, nameAssistant } from '../../renderer/db/acting/windows';
import type { DeskContext } from '../../renderer/db/context';
import { closeDay } from '../../renderer/db/dayClose/close';
import { dayLogLines } from '../../renderer/db/dayLog';
import { changeDeskSettings, createStaff } from '../../renderer/db/staff';
import { depositItem, releaseWithLostTicket } from '../../renderer/db/storage/bulky';
import { makeDesk, SUPERVISOR } from './deskFixture';

const HOUR = 3_600_000;
const LEAD = { staffNo: '2003', pin: '200300' };
const DAY = '2026-11-25';

/** A desk (25 Nov, 10:00 in Shanghai) with a desk lead, 王五, who may be named 主管助理. */
async function deskWithLead() {
  const desk = await makeDesk();
  await createStaff(desk.asSupervisor, { staffNo: LEAD.staffNo, name: '王五', role: 'lead', pin: LEAD.pin, pinAgain: LEAD.pin });
  const asLead: DeskContext = { ...desk.asClerk, session: { ...desk.asClerk.session, staffNo: LEAD.staffNo } };
  return { ...desk, asLead };
}

const settingsChange = (ctx: DeskContext) => changeDeskSettings(ctx, { ...DEFAULT_DESK_SETTINGS, idleLockMinutes: 7 });

describe('an acting assistant in the write path', () => {
  it("a supervisor-only command is refused before the window, allowed inside it (saying for whom), refused once it has passed", async () => {
    const desk = await deskWithLead();
    const { clock, db, asLead, asSupervisor } = desk;
    await expect(settingsChange(asLead)).rejects.toMatchObject({ code: 'error.notAllowed' });

    // 11:00 to 14:00; until it starts, nothing changes.
    await nameAssistant(asSupervisor, { assistant: LEAD.staffNo, from: clock.now() + HOUR, until: clock.now() + 4 * HOUR });
    await expect(settingsChange(asLead)).rejects.toMatchObject({ code: 'error.notAllowed' });

    clock.advance(HOUR);
    await settingsChange(asLead);
    const entry = (await db.entries.where('recordType').equals('store').toArray()).at(-1);
    expect(entry).toMatchObject({ by: LEAD.staffNo, actingFor: SUPERVISOR.staffNo });
    const audit = (await db.audit.where('action').equals('store.settingsChanged').toArray()).at(-1);
    expect(audit).toMatchObject({ staffNo: LEAD.staffNo, actingFor: SUPERVISOR.staffNo });
    // Staff management is never lent: nobody is made a store manager through a window.
    await expect(createStaff(asLead, { staffNo: '8002', name: '赵六', role: 'storeManager', pin: '80028002', pinAgain: '80028002' })).rejects.toMatchObject({ code: 'error.notAllowed' });
    // Nor may the assistant name anyone.
    await expect(nameAssistant(asLead, { assistant: '2009', from: clock.now(), until: clock.now() + HOUR })).rejects.toMatchObject({ code: 'error.notAllowed' });

    // 14:00 exactly: the window has ended by itself, no entry written for it.
    clock.advance(3 * HOUR);
    const entries = await db.entries.count();
    await expect(settingsChange(asLead)).rejects.toMatchObject({ code: 'error.notAllowed' });
    expect(await db.entries.count()).toBe(entries);
    expect((await db.audit.where('action').equals('permission.refused').toArray()).at(-1)?.staffNo).toBe(LEAD.staffNo);
  });

  it('ended early, the window lends nothing any more; a window over cannot be ended again', async () => {
    const { clock, asLead, asSupervisor } = await deskWithLead();
    const w = await nameAssistant(asSupervisor, { assistant: LEAD.staffNo, from: clock.now(), until: clock.now() + 8 * HOUR });
    await settingsChange(asLead);
    clock.advance(HOUR);
    const ended = await endActingWindow(asSupervisor, w.id, { reason: '主管已回' });
    expect(ended.ended).toMatchObject({ by: SUPERVISOR.staffNo, reason: '主管已回' });
    await expect(settingsChange(asLead)).rejects.toMatchObject({ code: 'error.notAllowed' });
    await expect(endActingWindow(asSupervisor, w.id, {})).rejects.toMatchObject({ code: 'error.acting.alreadyOver' });
  });

  it('naming refusals show at their field', async () => {
    const { clock, asSupervisor } = await deskWithLead();
    const now = clock.now();
    const refusal = (input: object) => nameAssistant(asSupervisor, input).catch((e: unknown) => e);
    expect(await refusal({ assistant: SUPERVISOR.staffNo, from: now, until: now + HOUR })).toMatchObject({ code: 'error.acting.self', field: 'assistant' });
    expect(await refusal({ assistant: '7777', from: now, until: now + HOUR })).toMatchObject({ code: 'error.acting.unknownAssistant', field: 'assistant' });
    expect(await refusal({ assistant: '1001', from: now, until: now + HOUR })).toMatchObject({ code: 'error.acting.assistantNotLead', field: 'assistant' });
    expect(await refusal({ assistant: LEAD.staffNo, from: now - 2 * 60_000, until: now + HOUR })).toMatchObject({ code: 'error.acting.fromInPast', field: 'from' });
    expect(await refusal({ assistant: LEAD.staffNo, from: now + HOUR, until: now })).toMatchObject({ code: 'error.acting.untilNotAfterFrom', field: 'until' });
    expect(await refusal({ assistant: LEAD.staffNo, from: now, until: now + 8 * 24 * HOUR })).toMatchObject({ code: 'error.acting.tooLong', field: 'until' });
  });
});

describe('approvals in an acting window say for whom', () => {
  it("the assistant approves a clerk's lost-ticket release only inside the window; the entry and the day's log say 代 whom", async () => {
    const { clock, db, asClerk, asSupervisor } = await deskWithLead();
    const item = await depositItem(asClerk, newId(), { description: '黑色行李箱', count: '1', slot: 'A-03' });
    const request = { itemId: item.id, identity: { contents: '黑色行李箱', phone: '13800138000', note: '身份证核对' } };
    await expect(releaseWithLostTicket(asClerk, request, LEAD)).rejects.toMatchObject({ code: 'error.approverRole', field: 'approverPin' });

    await nameAssistant(asSupervisor, { assistant: LEAD.staffNo, from: clock.now(), until: clock.now() + 8 * HOUR });
    clock.advance(10 * 60_000);
    const done = await releaseWithLostTicket(asClerk, request, LEAD);
    expect(done).toMatchObject({ released: true, item: { released: { approvedBy: LEAD.staffNo } } });
    const release = (await db.entries.where('recordType').equals('storage').toArray()).find((e) => e.type === 'released');
    expect(release).toMatchObject({ by: '1001', approvedBy: LEAD.staffNo, approvedActingFor: SUPERVISOR.staffNo });
    // The clerk's own command needed no window: the clerk acts for nobody.
    expect(release?.actingFor).toBeUndefined();

    const line = (await dayLogLines(db, DAY, 'Asia/Shanghai')).find((l) => l.id === release?.id);
    expect(line).toMatchObject({ approvedBy: LEAD.staffNo, approvedActingFor: SUPERVISOR.staffNo });
  });

  it('the assistant closes the day as acting supervisor: command and approval both say for whom', async () => {
    const { clock, db, asLead, asSupervisor } = await deskWithLead();
    await nameAssistant(asSupervisor, { assistant: LEAD.staffNo, from: clock.now(), until: clock.now() + 12 * HOUR });
    clock.advance(11 * HOUR);
    await closeDay(asLead, { day: DAY, notes: '' }, LEAD);
    const close = await db.entries.where('recordType').equals('dayClose').first();
    expect(close).toMatchObject({ by: LEAD.staffNo, actingFor: SUPERVISOR.staffNo, approvedBy: LEAD.staffNo, approvedActingFor: SUPERVISOR.staffNo });
  });

  it('a supervisor approving as themself is not acting for anyone', async () => {
    const { db, asClerk } = await deskWithLead();
    const item = await depositItem(asClerk, newId(), { description: '婴儿推车', count: '1', slot: 'A-02' });
    await releaseWithLostTicket(asClerk, { itemId: item.id, identity: { contents: '婴儿推车', phone: '13800138000', note: '身份证核对' } }, SUPERVISOR);
    const release = (await db.entries.where('recordType').equals('storage').toArray()).find((e) => e.type === 'released');
    expect(release?.approvedActingFor).toBeUndefined();
  });
});
