import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceEntry } from '../../shared/domain/service/entries';
import { jobsOf, opinionOf } from '../../shared/domain/service/jobs';
import { checkServiceStep } from '../../shared/domain/service/steps';
import { mayActOnCall } from '../../shared/domain/service/ownJobs';
import { at, entry, project, registered, visit } from './serviceEntries';

const sent = () => [entry('registered', registered), entry('dispatched', { technician: '3001' }, '9001'), entry('accepted', {}, '3001')];
const receipt = { receiptNo: 'LQ-S01-C1-261201-0001', goods: '空调内机', accessories: '遥控器', condition: '外壳有划痕' };
const repair = (minutes = 90) => ({ technician: '3001', minutes, workDone: '更换压缩机电容', parts: [{ name: '电容', quantity: 1 }] });
const inWorkshop = () => [...sent(), entry('visitRecorded', visit('takenBack')), entry('goodsReceived', receipt)];
const back = (feeFen = 0, invoiceNo?: string) => ({ mode: 'receipt' as const, feeFen, invoiceNo });

describe('taken back for repair: goods in, repair card, check, goods out', () => {
  it('the whole way: the receipt holds the goods until the check passes; the return closes the call', () => {
    const c = project([
      ...inWorkshop(),
      entry('repairRecorded', repair(60), '3001', at('2026-12-02', '10:00')),
      entry('repairChecked', { passed: false, note: '仍有异响' }, '9001', at('2026-12-02', '15:00')),
      entry('repairRecorded', repair(30), '3001', at('2026-12-03', '10:00')),
      entry('repairChecked', { passed: true, note: '', readyOn: '2026-12-04' }, '9001', at('2026-12-03', '11:00')),
      entry('goodsReturned', back(), '1001', at('2026-12-04', '09:30')),
    ])!;
    expect(c.status).toBe('closed');
    expect(c.closed?.at).toBe(at('2026-12-04', '09:30'));
    expect(c.workshop?.repairs.map((r) => r.minutes)).toEqual([60, 30]);
    expect(c.workshop?.check).toMatchObject({ passed: true, readyOn: '2026-12-04', by: '9001' });
    expect(c.workshop?.returned).toMatchObject({ mode: 'receipt', by: '1001' });
    expect(c.conflicts).toEqual([]);
    // The reports see two repair lines and the return; the first visit took it back (not a first-time fix).
    expect(jobsOf(c).map((j) => [j.kind, j.minutes, j.firstVisit])).toEqual([
      ['visit', 40, true],
      ['repair', 60, false],
      ['repair', 30, false],
      ['return', 0, false],
    ]);
  });

  it.each([
    ['goods in before the visit took them back', [...sent(), entry('goodsReceived', receipt)], 'notTakenBack'],
    ['goods in twice', [...inWorkshop(), entry('goodsReceived', receipt)], 'goodsAlreadyReceived'],
    ['a check with no repair', [...inWorkshop(), entry('repairChecked', { passed: true, note: '' }, '9001')], 'noRepair'],
    ['goods out before the check', [...inWorkshop(), entry('repairRecorded', repair()), entry('goodsReturned', back())], 'notChecked'],
    [
      'a second check after a failed one, with no repair since',
      [...inWorkshop(), entry('repairRecorded', repair(), '3001', at('2026-12-02', '10:00')), entry('repairChecked', { passed: false, note: '漏水' }, '9001', at('2026-12-02', '11:00')), entry('repairChecked', { passed: true, note: '' }, '9001', at('2026-12-02', '12:00'))],
      'noRepair',
    ],
  ] as const)('%s is kept as a conflict, not applied', (_, entries, reason) => {
    const before = project(entries.slice(0, -1))!;
    const c = project(entries)!;
    expect(c.conflicts.map((x) => x.reason)).toEqual([reason]);
    expect({ ...c, conflicts: [] }).toEqual({ ...before, conflicts: [] });
  });

  it('a receipt voided at two counters offline: the first return in the shared order stands, the second is a conflict for a supervisor', () => {
    const ready = [...inWorkshop(), entry('repairRecorded', repair()), entry('repairChecked', { passed: true, note: '', readyOn: '2026-12-02' }, '9001')];
    const c = project([...ready, entry('goodsReturned', back(), '1001', at('2026-12-02', '10:00'), 'C1'), entry('goodsReturned', { mode: 'lostReceipt', identity: { phone: '13800138000', note: '身份证核对' }, feeFen: 0 }, '1002', at('2026-12-02', '10:05'), 'C2')])!;
    expect(c.workshop?.returned).toMatchObject({ mode: 'receipt', counter: 'C1' });
    expect(c.conflicts).toMatchObject([{ type: 'goodsReturned', reason: 'goodsAlreadyReturned', counter: 'C2', by: '1002' }]);
  });

  it('the goods receipt’s prints are counted apart from the voucher’s', () => {
    const c = project([...inWorkshop(), entry('printed', { copy: 'goodsReceipt' }), entry('printed', { copy: 'goodsReceipt' }), entry('printed', { copy: 'voucher' })])!;
    expect([c.workshop?.receiptPrintCount, c.printCount]).toEqual([2, 1]);
    expect(checkServiceStep(project(sent()), { type: 'printed', by: '1001', data: { copy: 'goodsReceipt' } })).toEqual({ ok: false, reason: 'notInWorkshop' });
  });
});

describe('paid work: a quote the customer agreed to, before any fee', () => {
  const paid = () => [entry('registered', { ...registered, serviceType: 'paid' }), entry('dispatched', { technician: '3001' }, '9001'), entry('accepted', {}, '3001')];
  const fee = (call: ReturnType<typeof project>, feeFen: number) => checkServiceStep(call, { type: 'visitRecorded', by: '1001', data: { technician: '3001', feeFen } });

  it('no quote, a declined one, or a fee above the agreed amount is refused; within it, allowed', () => {
    expect(fee(project(paid()), 8000)).toEqual({ ok: false, reason: 'noAgreedQuote' });
    expect(fee(project([...paid(), entry('quoted', { amountFen: 12000, work: '换电容', agreed: false })]), 8000)).toEqual({ ok: false, reason: 'noAgreedQuote' });
    const agreed = project([...paid(), entry('quoted', { amountFen: 12000, work: '换电容', agreed: true })]);
    expect(fee(agreed, 12001)).toEqual({ ok: false, reason: 'feeAboveQuote' });
    expect(fee(agreed, 12000)).toEqual({ ok: true });
    // No fee needs no quote (a paid call found not fixable), and warranty work is never asked for one.
    expect(fee(project(paid()), 0)).toEqual({ ok: true });
    expect(fee(project(sent()), 5000)).toEqual({ ok: true });
  });

  it('fees over several visits and the return together stay within the quote', () => {
    const quoted = [...paid(), entry('quoted', { amountFen: 30000, work: '拉修换主板', agreed: true }), entry('visitRecorded', visit('takenBack', '3001', 5000)), entry('goodsReceived', receipt), entry('repairRecorded', repair()), entry('repairChecked', { passed: true, note: '', readyOn: '2026-12-03' }, '9001')];
    const c = project(quoted);
    expect(checkServiceStep(c, { type: 'goodsReturned', by: '1001', data: { feeFen: 25001 } })).toEqual({ ok: false, reason: 'feeAboveQuote' });
    expect(checkServiceStep(c, { type: 'goodsReturned', by: '1001', data: { feeFen: 25000 } })).toEqual({ ok: true });
  });

  it('a later quote replaces the earlier one', () => {
    const c = project([...paid(), entry('quoted', { amountFen: 8000, work: '清洗', agreed: true }), entry('quoted', { amountFen: 15000, work: '清洗并加冷媒', agreed: true })])!;
    expect(c.quote).toMatchObject({ amountFen: 15000, work: '清洗并加冷媒' });
  });
});

describe('follow-up and the opinion card', () => {
  const done = () => [...sent(), entry('visitRecorded', visit('fixedOnSite'))];
  const card = { scores: { attitude: 4, skill: 3, arrival: 4, promise: 2 }, technician: '3001' } as const;

  it('both come after the job; each once; the card credits the technician for the evaluation', () => {
    expect(checkServiceStep(project(sent()), { type: 'followedUp', by: '1001', data: { reached: true, satisfaction: 'satisfied', note: '' } })).toEqual({ ok: false, reason: 'notDone' });
    expect(checkServiceStep(project(sent()), { type: 'opinionRecorded', by: '1001', data: card })).toEqual({ ok: false, reason: 'noVisit' });
    const c = project([...done(), entry('followedUp', { reached: true, satisfaction: 'verySatisfied', note: '' }), entry('opinionRecorded', card), entry('followedUp', { reached: true, satisfaction: 'neutral', note: '' }), entry('opinionRecorded', card)])!;
    expect(c.followUp).toMatchObject({ satisfaction: 'verySatisfied' });
    expect(c.conflicts.map((x) => x.reason)).toEqual(['alreadyFollowedUp', 'opinionAlreadyRecorded']);
    expect(opinionOf(c)).toEqual({ callId: 'call-1', technician: '3001', at: c.opinion?.at, scores: card.scores });
  });

  it('a card can come back while the goods are still in the workshop (a visit was made)', () => {
    const c = project([...inWorkshop(), entry('opinionRecorded', card)])!;
    expect(c.opinion?.scores.promise).toBe(2);
  });
});

describe('any order of the same steps', () => {
  const steps: readonly ServiceEntry[] = [
    ...inWorkshop(),
    entry('repairRecorded', repair()),
    entry('repairChecked', { passed: true, note: '', readyOn: '2026-12-02' }, '9001'),
    entry('goodsReturned', back()),
    entry('goodsReturned', back()),
    entry('followedUp', { reached: false, note: '无人接听' }),
    entry('opinionRecorded', { scores: { attitude: 4, skill: 4, arrival: 4, promise: 4 }, technician: '3001' }),
  ];

  it('never returns goods that were not checked, and never twice; every entry is applied or kept as a conflict', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...steps.slice(1)], { minLength: 0 }), (rest) => {
        const c = project([steps[0]!, ...rest])!;
        if (c.workshop?.returned) expect(c.workshop.check?.passed).toBe(true);
        expect(c.status === 'closed' || !c.workshop?.returned).toBe(true);
        const applied = rest.filter((e) => !c.conflicts.some((x) => x.entryId === e.id)).length;
        expect(applied + c.conflicts.length).toBe(rest.length);
      }),
    );
  });
});

describe('who may act on a call: the desk on any, a technician on their own jobs only', () => {
  const call = { dispatch: { technician: '3001', by: '9001', at: 0, counter: 'C1' } };
  it.each([
    ['clerk', '1001', undefined, true],
    ['technician', '3001', undefined, true],
    ['technician', '3002', undefined, false],
    ['supervisor', '9001', undefined, true],
    ['technician', '3002', ['service.register', 'service.dispatch'] as const, false],
    ['technician', '3001', ['service.register', 'service.dispatch'] as const, true],
  ] as const)('%s %s (desk acts: %s) → %s', (role, staffNo, desk, allowed) => {
    expect(mayActOnCall(role, staffNo, call, desk)).toBe(allowed);
  });
});
