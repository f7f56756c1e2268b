import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWorkingCalendar, DEFAULT_WORKING_HOURS } from '../../shared/domain/calendar/types';
import { arrivalDeadline, dispatchBoardOrder, isArrivalOverdue, type WorkingRules } from '../../shared/domain/service/arrival';
import { firstTimeFixRate, isFirstTimeFix } from '../../shared/domain/service/firstFix';
import { suggestTechnicians, type TechnicianProfile } from '../../shared/domain/service/suggestion';
import type { ServiceArea } from '../../shared/domain/service/types';
import { warrantyStatus } from '../../shared/domain/service/warranty';
import { at, entry, project, registered, visit } from './serviceEntries';

const TZ = 'Asia/Shanghai';

const rules = (holidays: string[] = [], makeUpWorkdays: string[] = []): WorkingRules => ({
  calendar: toWorkingCalendar({ holidays, makeUpWorkdays }),
  hours: DEFAULT_WORKING_HOURS,
  timeZone: TZ,
});

const call = (receivedAt: number, area: ServiceArea = 'inTown') => ({ receivedAt, customer: { name: '陈女士', phone: '13800138000', address: '五一路 8 号', area } });

describe('arrival target: 6 working hours in town, 7 out of town (09:00–21:00, the working-day calendar)', () => {
  it.each([
    ['a Tuesday morning call, in town', at('2026-12-01', '10:00'), 'inTown', [], [], at('2026-12-01', '16:00')],
    ['the same, out of town', at('2026-12-01', '10:00'), 'outOfTown', [], [], at('2026-12-01', '17:00')],
    ['an evening call runs on the next morning', at('2026-12-01', '18:00'), 'inTown', [], [], at('2026-12-02', '12:00')],
    ['a call after closing starts at the next opening', at('2026-12-01', '22:30'), 'inTown', [], [], at('2026-12-02', '15:00')],
    ['Friday evening skips the weekend', at('2026-12-04', '19:00'), 'inTown', [], [], at('2026-12-07', '13:00')],
    ['a holiday is skipped', at('2026-12-01', '18:00'), 'inTown', ['2026-12-02'], [], at('2026-12-03', '12:00')],
    ['a make-up working Saturday counts', at('2026-12-04', '19:00'), 'outOfTown', [], ['2026-12-05'], at('2026-12-05', '14:00')],
  ] as const)('%s', (_, received, area, holidays, makeUp, expected) => {
    expect(arrivalDeadline(call(received, area), rules([...holidays], [...makeUp]))).toBe(expected);
  });

  it('out of town is never earlier than in town, and both are never before the call', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2026-01-01', '00:00'), max: at('2026-12-31', '23:59') }), (received) => {
        const town = arrivalDeadline(call(received, 'inTown'), rules());
        const out = arrivalDeadline(call(received, 'outOfTown'), rules());
        return town > received && out > town;
      }),
      { numRuns: 300 },
    );
  });
});

describe('a service call’s steps', () => {
  it('registered, appointment agreed and moved with a reason, dispatched, accepted by its technician, fixed on site: closed, a first-time fix', () => {
    const c = project([
      entry('registered', registered),
      entry('appointmentSet', { visitAt: at('2026-12-01', '14:00') }),
      entry('appointmentSet', { visitAt: at('2026-12-01', '16:00'), reason: '顾客下午有事' }),
      entry('dispatched', { technician: '3001', suggestion: '同区域 · 会空调 · 今日 0 单' }, '9001'),
      entry('accepted', {}, '3001'),
      entry('visitRecorded', visit('fixedOnSite'), '1001'),
    ])!;
    expect(c.status).toBe('closed');
    expect(c.appointment).toMatchObject({ visitAt: at('2026-12-01', '16:00'), reason: '顾客下午有事' });
    expect(c.reschedules.map((a) => a.visitAt)).toEqual([at('2026-12-01', '14:00')]);
    expect(isFirstTimeFix(c)).toBe(true);
    expect(c.conflicts).toEqual([]);
  });

  it('only the technician it was dispatched to accepts it; a second dispatch and a visit before acceptance are kept as conflicts', () => {
    const c = project([
      entry('registered', registered),
      entry('dispatched', { technician: '3001' }, '9001'),
      entry('accepted', {}, '3002'),
      entry('visitRecorded', visit('fixedOnSite'), '1001'),
      entry('dispatched', { technician: '3002' }, '9001', at('2026-12-01', '10:05'), 'C2'),
    ])!;
    expect(c.status).toBe('dispatched');
    expect(c.dispatch?.technician).toBe('3001');
    expect(c.conflicts.map((k) => [k.type, k.reason])).toEqual([
      ['accepted', 'notYourJob'],
      ['visitRecorded', 'notAccepted'],
      ['dispatched', 'alreadyDispatched'],
    ]);
  });

  it('waiting for parts goes back to the board and may be dispatched again; fixed on the second visit is not a first-time fix', () => {
    const c = project([
      entry('registered', registered),
      entry('dispatched', { technician: '3001' }, '9001'),
      entry('accepted', {}, '3001'),
      entry('visitRecorded', visit('waitingParts')),
      entry('dispatched', { technician: '3001' }, '9001'),
      entry('accepted', {}, '3001'),
      entry('visitRecorded', visit('fixedOnSite')),
    ])!;
    expect(c.status).toBe('closed');
    expect(c.visits.map((v) => v.outcome)).toEqual(['waitingParts', 'fixedOnSite']);
    expect(isFirstTimeFix(c)).toBe(false);
    expect(firstTimeFixRate([c, project([entry('registered', registered), entry('dispatched', { technician: '3001' }), entry('accepted', {}, '3001'), entry('visitRecorded', visit('fixedOnSite'))])!])).toBe(0.5);
  });

  it('nothing follows a closed or cancelled call', () => {
    const c = project([entry('registered', registered), entry('cancelled', { reason: '顾客已自行修好' }), entry('dispatched', { technician: '3001' }, '9001')])!;
    expect(c.status).toBe('cancelled');
    expect(c.conflicts.map((k) => k.reason)).toEqual(['closed']);
  });
});

describe('overdue and the dispatch board', () => {
  it('a call not visited by its target is overdue; one visited is not', () => {
    const c = project([entry('registered', registered)])!;
    const deadline = arrivalDeadline(c, rules());
    expect(isArrivalOverdue(c, deadline, deadline - 1)).toBe(false);
    expect(isArrivalOverdue(c, deadline, deadline + 1)).toBe(true);
  });

  it('calls left undispatched from an earlier day come first, then by arrival target', () => {
    const mk = (number: string, receivedAt: number, deadline: number) => ({ call: { ...project([entry('registered', { ...registered, number, receivedAt })])!, receivedAt }, deadline });
    const yesterday = mk('WX-1', at('2026-11-30', '20:00'), at('2026-12-01', '17:00'));
    const early = mk('WX-2', at('2026-12-01', '09:00'), at('2026-12-01', '15:00'));
    const late = mk('WX-3', at('2026-12-01', '09:30'), at('2026-12-01', '16:00'));
    expect(dispatchBoardOrder([late, early, yesterday], at('2026-12-01', '10:00'), TZ).map((b) => b.call.number)).toEqual(['WX-1', 'WX-2', 'WX-3']);
  });
});

describe('the suggested technician', () => {
  const team: TechnicianProfile[] = [
    { staffNo: '3001', name: '周师傅', areas: ['inTown'], skills: ['aircon', 'fridge'], active: true },
    { staffNo: '3002', name: '吴师傅', areas: ['inTown', 'outOfTown'], skills: ['aircon'], active: true },
    { staffNo: '3003', name: '郑师傅', areas: ['outOfTown'], skills: ['washer'], active: true },
    { staffNo: '3004', name: '冯师傅', areas: ['inTown'], skills: ['aircon'], active: false },
  ];

  it('same area first, then the skill, then the lightest day; each says why; inactive technicians are not offered', () => {
    const s = suggestTechnicians({ area: 'inTown', skill: 'aircon' }, team, new Map([['3001', 3], ['3002', 1]]));
    expect(s.map((t) => t.staffNo)).toEqual(['3002', '3001', '3003']);
    expect(s[0]!.reasons).toEqual([{ key: 'sameArea' }, { key: 'skill', skill: 'aircon' }, { key: 'jobsToday', count: 1 }]);
    expect(suggestTechnicians({ area: 'outOfTown', skill: 'washer' }, team, new Map()).map((t) => t.staffNo)).toEqual(['3003', '3002', '3001']);
  });

  it('is the same whatever order the team is listed in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(team, { minLength: team.length, maxLength: team.length }), (shuffled) => {
        const a = suggestTechnicians({ area: 'inTown', skill: 'fridge' }, shuffled, new Map([['3001', 2]]));
        const b = suggestTechnicians({ area: 'inTown', skill: 'fridge' }, team, new Map([['3001', 2]]));
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});

describe('warranty, derived from the purchase date', () => {
  it.each([
    ['2026-03-01', '2026-12-01', 'inWarranty'],
    ['2025-12-01', '2026-11-30', 'inWarranty'],
    ['2025-12-01', '2026-12-01', 'outOfWarranty'],
    ['2025-01-31', '2026-01-30', 'inWarranty'],
    [undefined, '2026-12-01', 'unknown'],
  ] as const)('bought %s, called %s: %s', (bought, called, expected) => {
    expect(warrantyStatus(bought, at(called, '10:00'), TZ)).toBe(expected);
  });
});
