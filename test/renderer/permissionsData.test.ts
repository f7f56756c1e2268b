import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import type { Role } from '../../shared/domain/staff';
import { recordComplaint } from '../../renderer/db/complaints/intake';
import type { DeskContext } from '../../renderer/db/context';
import { closeDay } from '../../renderer/db/dayClose/close';
import { closeCampaign, defineCampaign } from '../../renderer/db/gifts/campaigns';
import { handOutGift } from '../../renderer/db/gifts/handout';
import { receiveStock } from '../../renderer/db/gifts/stock';
import { registerReturn } from '../../renderer/db/returns/register';
import { registerServiceCall } from '../../renderer/db/service/calls';
import { changeDeskSettings, changePin, createStaff, updateStaff } from '../../renderer/db/staff';
import { depositItem } from '../../renderer/db/storage/bulky';
import { CLERK, makeDesk, SUPERVISOR } from './deskFixture';
import { campaignForm, handoutRequest, runningCampaign } from './giftsFixture';
import { callForm } from './serviceFixture';

/** Everyone who might be signed in at the counter, the last one deactivated by a supervisor while their session stayed open. */
const PEOPLE = ['clerk', 'lead', 'supervisor', 'storeManager', 'technician', 'deactivatedClerk'] as const;
type Person = (typeof PEOPLE)[number];

const NEW_STAFF: readonly { readonly who: Person; readonly staffNo: string; readonly role: Role }[] = [
  { who: 'lead', staffNo: '2001', role: 'lead' },
  { who: 'storeManager', staffNo: '8001', role: 'storeManager' },
  { who: 'technician', staffNo: '3001', role: 'technician' },
  { who: 'deactivatedClerk', staffNo: '1009', role: 'clerk' },
];

const STAFF_NO: Record<Person, string> = {
  clerk: CLERK.staffNo,
  supervisor: SUPERVISOR.staffNo,
  ...(Object.fromEntries(NEW_STAFF.map((s) => [s.who, s.staffNo])) as Record<Exclude<Person, 'clerk' | 'supervisor'>, string>),
};

const DESK_STAFF: readonly Person[] = ['clerk', 'lead', 'supervisor', 'storeManager'];
const LEAD_AND_UP: readonly Person[] = ['lead', 'supervisor', 'storeManager'];
const SUPERVISORS: readonly Person[] = ['supervisor', 'storeManager'];

type Desk = Awaited<ReturnType<typeof makeDesk>>;
let desk: Desk;
const as = (who: Person): DeskContext => ({ ...desk.asClerk, session: { ...desk.asClerk.session, staffNo: STAFF_NO[who] } });

const suitcase = { description: '黑色行李箱', count: '1', customerName: '张先生', phone: '138 0013 8000', slot: 'A-03' };
const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '4', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'cash' };
const complaint = {
  channel: 'phone',
  complainant: { name: '王女士', contact: { phone: '13800138000' } },
  replyWanted: true,
  target: { kind: 'product', product: '鲜牛奶 1L' },
  description: '牛奶过期',
  request: '退款',
  category: 'productQuality',
  severity: 'normal',
  readBackConfirmed: true,
};

/**
 * Runs `command` as each person: those in `allowed` succeed; everyone else
 * is told they may not, nothing is written, and the refusal is in the
 * audit trail under their number.
 */
async function expectOnly(allowed: readonly Person[], command: (ctx: DeskContext, who: Person, i: number) => Promise<unknown>): Promise<void> {
  for (const [i, who] of PEOPLE.entries()) {
    const entriesBefore = await desk.db.entries.count();
    const refusalsBefore = await desk.db.audit.where('action').equals('permission.refused').count();
    if (allowed.includes(who)) {
      await expect(command(as(who), who, i), who).resolves.toBeDefined();
      continue;
    }
    await expect(command(as(who), who, i), who).rejects.toMatchObject({ code: 'error.notAllowed' });
    expect(await desk.db.entries.count(), who).toBe(entriesBefore);
    const refusals = await desk.db.audit.where('action').equals('permission.refused').toArray();
    expect(refusals, who).toHaveLength(refusalsBefore + 1);
    expect(refusals.at(-1)?.staffNo, who).toBe(STAFF_NO[who]);
  }
}

describe('who may run each command: the write path checks the session against the one table', () => {
  beforeAll(async () => {
    desk = await makeDesk();
    for (const s of NEW_STAFF) await createStaff(desk.asSupervisor, { staffNo: s.staffNo, name: `员工${s.staffNo}`, role: s.role, pin: '246810', pinAgain: '246810' });
    // Their session stays open at the counter after a supervisor deactivated them elsewhere.
    await updateStaff(desk.asSupervisor, STAFF_NO.deactivatedClerk, { active: false });
  });

  it('storage deposit: the desk staff; not a technician, not a deactivated clerk', async () => {
    await expectOnly(DESK_STAFF, (ctx) => depositItem(ctx, newId(), suitcase));
  });

  it('a return: the desk staff', async () => {
    await expectOnly(DESK_STAFF, (ctx) => registerReturn(ctx, newId(), refund));
  });

  it('a gift handout: the desk staff', async () => {
    const campaign = await runningCampaign(desk.asSupervisor, { cups: 10 });
    await expectOnly(DESK_STAFF, (ctx, _who, i) => handOutGift(ctx, newId(), handoutRequest(campaign.id, { receiptNo: `R261125010${i}` })));
  });

  it('defining a campaign, receiving its stock and closing it: a desk lead and above, never a clerk', async () => {
    await expectOnly(LEAD_AND_UP, (ctx) => defineCampaign(ctx, newId(), campaignForm));
    const campaign = await defineCampaign(desk.asSupervisor, newId(), campaignForm);
    await expectOnly(LEAD_AND_UP, (ctx) => receiveStock(ctx, { campaignId: campaign.id, giftId: 'G1', quantity: '5', note: '' }));
    const toClose = await Promise.all(PEOPLE.map(() => defineCampaign(desk.asSupervisor, newId(), campaignForm)));
    await expectOnly(LEAD_AND_UP, (ctx, _who, i) => closeCampaign(ctx, { campaignId: toClose[i]!.id, reason: '活动取消' }));
  });

  it('complaint intake: the desk staff', async () => {
    await expectOnly(DESK_STAFF, (ctx) => recordComplaint(ctx, { ...complaint, receivedAt: desk.clock.now() - 60_000 }));
  });

  it('a service call: the desk staff; a technician only works the calls sent to them', async () => {
    await expectOnly(DESK_STAFF, (ctx) => registerServiceCall(ctx, newId(), callForm(desk.clock.now() - 60_000)));
  });

  it('the day close: a supervisor or the store manager, each signed in', async () => {
    const days = ['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'];
    await expectOnly(SUPERVISORS, (ctx, _who, i) => closeDay(ctx, { day: days[i], notes: '' }, SUPERVISOR));
  });

  it('the desk settings and the staff list: a supervisor or the store manager', async () => {
    const settings = { idleLockMinutes: 5, closingTime: '21:30', overdueDays: 7, lostFoundKeepDays: 30 };
    await expectOnly(SUPERVISORS, async (ctx) => {
      await changeDeskSettings(ctx, settings);
      return true;
    });
    await expectOnly(SUPERVISORS, async (ctx, who) => {
      await updateStaff(ctx, CLERK.staffNo, { name: `李小红${who.length}` });
      return true;
    });
  });

  it('a role that is not one of the desk\'s ("root") is refused at the field, even for a supervisor', async () => {
    const error = await updateStaff(desk.asSupervisor, CLERK.staffNo, { role: 'root' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]).toMatchObject({ path: ['role'], message: 'error.role' });
    await expect(createStaff(desk.asSupervisor, { staffNo: '7001', name: '根', role: 'root', pin: '246810', pinAgain: '246810' })).rejects.toBeInstanceOf(ZodError);
    expect((await desk.db.staff.get(CLERK.staffNo))?.role).toBe('clerk');
    expect(await desk.db.staff.get('7001')).toBeUndefined();
  });
});

describe('staff rules in the write path', () => {
  const MANAGER = '8001';
  async function deskWithManager() {
    const d = await makeDesk();
    await createStaff(d.asSupervisor, { staffNo: MANAGER, name: '赵店长', role: 'storeManager', pin: '246810', pinAgain: '246810' });
    const ctxOf = (staffNo: string): DeskContext => ({ ...d.asClerk, session: { ...d.asClerk.session, staffNo } });
    return { ...d, asManager: ctxOf(MANAGER), ctxOf };
  }

  it('nobody changes their own role, and nobody deactivates themself', async () => {
    const d = await deskWithManager();
    await expect(updateStaff(d.asSupervisor, SUPERVISOR.staffNo, { role: 'storeManager' })).rejects.toMatchObject({ code: 'error.staff.ownRole', field: 'role' });
    await expect(updateStaff(d.asManager, MANAGER, { role: 'supervisor' })).rejects.toMatchObject({ code: 'error.staff.ownRole', field: 'role' });
    await expect(updateStaff(d.asSupervisor, SUPERVISOR.staffNo, { active: false })).rejects.toMatchObject({ code: 'error.cannotDeactivateSelf', field: 'active' });
    expect((await d.db.staff.get(SUPERVISOR.staffNo))?.role).toBe('supervisor');
    // Someone else may: the store manager promotes the supervisor.
    await updateStaff(d.asManager, SUPERVISOR.staffNo, { role: 'storeManager' });
    expect((await d.db.staff.get(SUPERVISOR.staffNo))?.role).toBe('storeManager');
  });

  it("only a store manager changes a store manager's role, PIN or status", async () => {
    const d = await deskWithManager();
    await createStaff(d.asSupervisor, { staffNo: '8002', name: '孙店长', role: 'storeManager', pin: '246810', pinAgain: '246810' });
    const entries = await d.db.entries.count();
    await expect(updateStaff(d.asSupervisor, MANAGER, { role: 'clerk' })).rejects.toMatchObject({ code: 'error.staff.storeManagerOnly', field: 'role' });
    await expect(updateStaff(d.asSupervisor, MANAGER, { active: false })).rejects.toMatchObject({ code: 'error.staff.storeManagerOnly', field: 'active' });
    await expect(changePin(d.asSupervisor, MANAGER, '135790')).rejects.toMatchObject({ code: 'error.staff.storeManagerOnly', field: 'pin' });
    expect(await d.db.entries.count()).toBe(entries);
    // A supervisor may still correct the manager's name; another store manager may do the rest.
    await updateStaff(d.asSupervisor, MANAGER, { name: '赵经理' });
    await changePin(d.ctxOf('8002'), MANAGER, '135790');
    await updateStaff(d.ctxOf('8002'), MANAGER, { role: 'supervisor' });
    expect(await d.db.staff.get(MANAGER)).toMatchObject({ name: '赵经理', role: 'supervisor', active: true });
  });

  it('the last active supervisor cannot be demoted or deactivated', async () => {
    const d = await makeDesk();
    await expect(updateStaff(d.asSupervisor, SUPERVISOR.staffNo, { role: 'lead' })).rejects.toMatchObject({ code: 'error.staff.lastSupervisor', field: 'role' });
    await expect(updateStaff(d.asSupervisor, SUPERVISOR.staffNo, { active: false })).rejects.toMatchObject({ code: 'error.staff.lastSupervisor', field: 'active' });
    // With a second supervisor, one may deactivate the other; then the one left is the last.
    await createStaff(d.asSupervisor, { staffNo: '9002', name: '钱主管', role: 'supervisor', pin: '246810', pinAgain: '246810' });
    const second: DeskContext = { ...d.asClerk, session: { ...d.asClerk.session, staffNo: '9002' } };
    await updateStaff(second, SUPERVISOR.staffNo, { active: false });
    await expect(updateStaff(second, '9002', { role: 'clerk' })).rejects.toMatchObject({ code: 'error.staff.lastSupervisor' });
    // The deactivated supervisor's session still open at the counter can do nothing about it.
    await expect(updateStaff(d.asSupervisor, '9002', { active: false })).rejects.toMatchObject({ code: 'error.notAllowed' });
    expect(await d.db.staff.get('9002')).toMatchObject({ role: 'supervisor', active: true });
  });
});
