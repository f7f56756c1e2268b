import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { newId } from '../../shared/domain/ids';
import { visitsByTerm } from '../../shared/domain/service/contractVisits';
import { countConflicts, listCounterConflicts } from '../../renderer/db/conflicts';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { registerServiceCall, cancelServiceCall } from '../../renderer/db/service/calls';
import { countExpiringContracts, customerCalls, findContracts, readExpiryList } from '../../renderer/db/service/contractQueries';
import { renewContract, signContract } from '../../renderer/db/service/contracts';
import { CLERK, SUPERVISOR } from './deskFixture';
import { callForm, makeServiceDesk } from './serviceFixture';

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

/** A contract as the new-contract form sends it: typed text, full-width digits as a Chinese input method gives them. */
function contractForm(over: Record<string, unknown> = {}) {
  return {
    customerName: '陈女士',
    phone: '138 0013 8000',
    address: '五一路 8 号 3 栋 502',
    area: 'inTown',
    products: [
      { kind: 'aircon', name: '格力空调', model: 'KFR-35GW', serial: 'SN2026001' },
      { kind: 'waterHeater', name: '美的热水器', model: '', serial: '' },
    ],
    start: '2026-11-25',
    end: '2027-03-31',
    visits: '２',
    fee: '１２００',
    ...over,
  };
}

/** Store midnight (00:00 Shanghai) of a day, as UTC ms. */
const midnight = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

describe('maintenance contracts at the desk', () => {
  it('signed by the clerk in the session: number HT, the customer, products, one term; a second click gives the same contract', async () => {
    const desk = await makeServiceDesk();
    const draft = newId();
    const c = await signContract(desk.asClerk, draft, contractForm());
    expect(c.number).toBe('HT-S01-C1-261125-0001');
    expect(c.customer).toEqual({ name: '陈女士', phone: '13800138000', address: '五一路 8 号 3 栋 502', area: 'inTown' });
    expect(c.products).toEqual([
      { kind: 'aircon', name: '格力空调', model: 'KFR-35GW', serial: 'SN2026001' },
      { kind: 'waterHeater', name: '美的热水器', model: '', serial: '' },
    ]);
    expect(c.terms).toMatchObject([{ start: '2026-11-25', end: '2027-03-31', visits: 2, feeFen: 120_000, by: CLERK.staffNo, counter: 'C1' }]);
    expect((await signContract(desk.asClerk, draft, contractForm())).id).toBe(c.id);
    expect(await desk.db.maintenanceContracts.count()).toBe(1);
    const audit = await desk.db.audit.where('[recordType+recordId]').equals(['maintenanceContract', c.id]).toArray();
    expect(audit.map((a) => [a.action, a.staffNo])).toEqual([['maintenanceContract.signed', CLERK.staffNo]]);
    // The supervisor may too, and is named as themself.
    const bySupervisor = await signContract(desk.asSupervisor, newId(), contractForm({ phone: '0731-8888 1234' }));
    expect(bySupervisor.terms[0]?.by).toBe(SUPERVISOR.staffNo);
    expect(bySupervisor.number).toBe('HT-S01-C1-261125-0002');
  });

  it('bad input is a message at its field and writes nothing; a technician may not sign', async () => {
    const desk = await makeServiceDesk();
    const before = await desk.db.entries.count();
    const sign = (over: Record<string, unknown>) => refusal(signContract(desk.asClerk, newId(), contractForm(over)));
    expect(await sign({ customerName: ' ' })).toEqual({ code: 'error.required', field: 'customerName' });
    expect(await sign({ phone: '12345' })).toEqual({ code: 'error.phone', field: 'phone' });
    expect(await sign({ area: '' })).toEqual({ code: 'error.required', field: 'area' });
    expect(await sign({ products: [] })).toEqual({ code: 'error.contractNoProducts', field: 'products' });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ kind: 'tv', name: `电视 ${i + 1}`, model: '', serial: '' }));
    expect(await sign({ products: eleven })).toEqual({ code: 'error.contractTooManyProducts', field: 'products' });
    expect(await sign({ products: [{ kind: '', name: '格力空调', model: '', serial: '' }] })).toEqual({ code: 'error.required', field: 'products.0.kind' });
    expect(await sign({ products: [{ kind: 'aircon', name: '格力空调', model: '', serial: '' }, { kind: 'tv', name: '', model: '', serial: '' }] })).toEqual({ code: 'error.required', field: 'products.1.name' });
    expect(await sign({ start: '' })).toEqual({ code: 'error.required', field: 'start' });
    expect(await sign({ start: '2026-02-30' })).toEqual({ code: 'error.date', field: 'start' });
    expect(await sign({ end: '2026-11-25' })).toEqual({ code: 'error.contractEndNotAfterStart', field: 'end' });
    expect(await sign({ end: '2031-11-26' })).toEqual({ code: 'error.contractTermTooLong', field: 'end' });
    expect(await sign({ visits: '' })).toEqual({ code: 'error.contractVisits', field: 'visits' });
    expect(await sign({ visits: '1.5' })).toEqual({ code: 'error.contractVisits', field: 'visits' });
    expect(await sign({ visits: '100' })).toEqual({ code: 'error.contractVisits', field: 'visits' });
    expect(await sign({ fee: '12.345' })).toEqual({ code: 'error.amount', field: 'fee' });
    expect(await sign({ start: '2025-11-01', end: '2026-11-24' })).toEqual({ code: 'error.contractEndPassed', field: 'end' });
    expect(await refusal(signContract(desk.asZhou, newId(), contractForm()))).toEqual({ code: 'error.notAllowed', field: undefined });
    expect(await desk.db.entries.count()).toBe(before);
    // Five years to the day is the longest term; no visits and no fee are allowed (a free contract).
    const longest = await signContract(desk.asClerk, newId(), contractForm({ end: '2031-11-25', visits: '0', fee: '' }));
    expect(longest.terms[0]).toMatchObject({ visits: 0, feeFen: 0, end: '2031-11-25' });
  });

  it('renewed: a new term from the day after the end; not later, too long or bad input refused at its field', async () => {
    const desk = await makeServiceDesk();
    const c = await signContract(desk.asClerk, newId(), contractForm());
    const before = await desk.db.entries.count();
    const renew = (over: Record<string, unknown>) => refusal(renewContract(desk.asClerk, c.id, { end: '2028-03-31', visits: '3', fee: '1300', ...over }));
    expect(await renew({ end: '2027-03-31' })).toEqual({ code: 'error.contractRenewalNotLater', field: 'end', params: { end: '2027-03-31' } });
    expect(await renew({ end: '2027-01-31' })).toMatchObject({ code: 'error.contractRenewalNotLater', field: 'end' });
    expect(await renew({ end: '2032-04-02' })).toEqual({ code: 'error.contractTermTooLong', field: 'end' });
    expect(await renew({ end: '2028-02-30' })).toEqual({ code: 'error.date', field: 'end' });
    expect(await renew({ visits: '-1' })).toEqual({ code: 'error.contractVisits', field: 'visits' });
    expect(await renew({ fee: '一千' })).toEqual({ code: 'error.amount', field: 'fee' });
    expect(await refusal(renewContract(desk.asZhou, c.id, { end: '2028-03-31', visits: '3', fee: '' }))).toEqual({ code: 'error.notAllowed', field: undefined });
    expect(await refusal(renewContract(desk.asClerk, 'no-such-id', { end: '2028-03-31', visits: '3', fee: '' }))).toEqual({ code: 'error.contractNotFound', field: undefined });
    expect(await desk.db.entries.count()).toBe(before);

    const renewed = await renewContract(desk.asSupervisor, c.id, { end: '2028-03-31', visits: '３', fee: '1300.50' });
    expect(renewed.end).toBe('2028-03-31');
    expect(renewed.terms.map((t) => [t.start, t.end, t.visits, t.feeFen, t.by])).toEqual([
      ['2026-11-25', '2027-03-31', 2, 120_000, CLERK.staffNo],
      ['2027-04-01', '2028-03-31', 3, 130_050, SUPERVISOR.staffNo],
    ]);
    expect(await desk.db.entries.count()).toBe(before + 1);
  });

  it('found by its number as typed, or the phone whole or by its last digits', async () => {
    const desk = await makeServiceDesk();
    const chen = await signContract(desk.asClerk, newId(), contractForm());
    const other = await signContract(desk.asClerk, newId(), contractForm({ customerName: '刘先生', phone: '13900008000' }));
    expect((await findContracts(desk.db, chen.number.toLowerCase())).map((c) => c.id)).toEqual([chen.id]);
    expect((await findContracts(desk.db, 'ＨＴ－S01-C1-261125-0002')).map((c) => c.id)).toEqual([other.id]);
    expect((await findContracts(desk.db, '8000')).map((c) => c.id).sort()).toEqual([chen.id, other.id].sort());
    expect((await findContracts(desk.db, '138 0013 8000')).map((c) => c.id)).toEqual([chen.id]);
    expect((await findContracts(desk.db, '０１３８０００')).map((c) => c.id)).toEqual([chen.id]);
    expect(await findContracts(desk.db, '1234')).toEqual([]);
    expect(await findContracts(desk.db, 'HT-S01-C1-261125-0009')).toEqual([]);
  });

  it('the expiry list and the status bar count, on the boundary days of the notice month', async () => {
    const desk = await makeServiceDesk();
    const march = await signContract(desk.asClerk, newId(), contractForm());
    const january = await signContract(desk.asClerk, newId(), contractForm({ customerName: '刘先生', phone: '13900001111', end: '2027-01-31' }));
    const at = async (ms: number) => {
      desk.clock.at = ms;
      const list = await readExpiryList(desk.db, ms, TZ);
      return {
        count: await countExpiringContracts(desk.db, ms, TZ),
        expiring: list.expiring.map((r) => [r.contract.number, r.daysLeft]),
        lapsed: list.lapsed.map((r) => [r.contract.number, r.daysLeft]),
      };
    };
    expect(await at(midnight('2026-12-31') - 1)).toEqual({ count: 0, expiring: [], lapsed: [] });
    expect(await at(midnight('2026-12-31'))).toEqual({ count: 1, expiring: [[january.number, 31]], lapsed: [] });
    expect(await at(midnight('2027-02-01'))).toEqual({ count: 0, expiring: [], lapsed: [[january.number, -1]] });
    expect(await at(midnight('2027-02-28') - 1)).toEqual({ count: 0, expiring: [], lapsed: [[january.number, -27]] });
    expect(await at(midnight('2027-02-28'))).toEqual({ count: 1, expiring: [[march.number, 31]], lapsed: [[january.number, -28]] });
    // Lapsed contracts show for 30 days after their end day.
    expect(await at(midnight('2027-03-02'))).toEqual({ count: 1, expiring: [[march.number, 29]], lapsed: [[january.number, -30]] });
    expect(await at(midnight('2027-03-03'))).toEqual({ count: 1, expiring: [[march.number, 28]], lapsed: [] });
    expect(await at(midnight('2027-04-01') - 1)).toEqual({ count: 1, expiring: [[march.number, 0]], lapsed: [] });
    expect(await at(midnight('2027-04-01'))).toEqual({ count: 0, expiring: [], lapsed: [[march.number, -1]] });
    // Renewed (late) it is no longer lapsed, and comes back a month before its new end.
    await renewContract(desk.asClerk, march.id, { end: '2028-03-31', visits: '2', fee: '1200' });
    expect(await at(midnight('2027-04-01'))).toEqual({ count: 0, expiring: [], lapsed: [] });
    expect(await at(midnight('2028-02-29'))).toEqual({ count: 1, expiring: [[march.number, 31]], lapsed: [] });
  });

  it('the customer’s service calls by the exact phone; contract calls count as visits in the term they came in, cancelled ones not', async () => {
    const desk = await makeServiceDesk();
    const c = await signContract(desk.asClerk, newId(), contractForm());
    const now = desk.clock.now();
    await registerServiceCall(desk.asClerk, newId(), callForm(now, { serviceType: 'contract', requestType: 'maintenance' }));
    await registerServiceCall(desk.asClerk, newId(), callForm(now, { serviceType: 'paid' }));
    const cancelled = await registerServiceCall(desk.asClerk, newId(), callForm(now, { serviceType: 'contract' }));
    await cancelServiceCall(desk.asClerk, cancelled.id, { reason: '顾客自己修好了' });
    // Same last four digits, another customer.
    await registerServiceCall(desk.asClerk, newId(), callForm(now, { phone: '13900008000', serviceType: 'contract' }));
    const calls = await customerCalls(desk.db, c.customer.phone);
    expect(calls).toHaveLength(3);
    expect(calls.every((k) => k.customer.phone === '13800138000')).toBe(true);
    expect(visitsByTerm(c.terms, calls, TZ).map((v) => [v.term.start, v.used, v.term.visits])).toEqual([['2026-11-25', 1, 2]]);

    const renewed = await renewContract(desk.asClerk, c.id, { end: '2028-03-31', visits: '4', fee: '' });
    desk.clock.at = midnight('2027-04-02') + 10 * 3_600_000;
    await registerServiceCall(desk.asClerk, newId(), callForm(desk.clock.now(), { serviceType: 'contract' }));
    const later = await customerCalls(desk.db, c.customer.phone);
    expect(later.map((k) => k.receivedAt)).toEqual([desk.clock.now(), now, now, now]);
    expect(visitsByTerm(renewed.terms, later, TZ).map((v) => [v.term.start, v.used, v.term.visits])).toEqual([
      ['2026-11-25', 1, 2],
      ['2027-04-01', 1, 4],
    ]);
  });

  it('renewed at two counters while offline: the first stands, the other is a conflict the supervisor sees by the contract number', async () => {
    const desk = await makeServiceDesk();
    const c = await signContract(desk.asClerk, newId(), contractForm());
    const c2 = desk.otherCounter('C2');
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    await renewContract(desk.asClerk, c.id, { end: '2028-03-31', visits: '2', fee: '1200' });
    desk.clock.advance(60_000);
    await renewContract(c2, c.id, { end: '2027-12-31', visits: '1', fee: '800' });
    const before = await countConflicts(desk.db);
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await applyIncomingEntries(c2, await desk.db.entries.toArray());
    for (const db of [desk.db, c2.db]) {
      const row = (await db.maintenanceContracts.get(c.id))!;
      expect(row.end).toBe('2028-03-31');
      expect(row.conflicts.map((x) => [x.reason, x.counter])).toEqual([['notLater', 'C2']]);
    }
    expect(await countConflicts(desk.db)).toBe(before + 1);
    expect((await listCounterConflicts(desk.db)).filter((r) => r.area === 'maintenanceContract')).toMatchObject([
      { record: c.number, kind: 'conflicts.kind.contract.notLater', by: CLERK.staffNo, counter: 'C2' },
    ]);
  });
});
