import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCharityEventEntry } from '../../shared/domain/charity/projection';
import { checkCharityHandOut, checkCharityPledge } from '../../shared/domain/charity/rules';
import type { CharityEvent, CharityEventEntry } from '../../shared/domain/charity/types';
import type { Entry } from '../../shared/domain/entry';
import { projectGiftStock } from '../../shared/domain/gifts/projection';
import { reconcileCampaign } from '../../shared/domain/gifts/reconciliation';
import type { GiftStock } from '../../shared/domain/gifts/types';
import { hlcToString } from '../../shared/domain/hlc';
import { roleMayRun } from '../../shared/domain/permissions';
import { ROLES } from '../../shared/domain/staff';
import { charityEventInput, charityHandOutInput } from '../../shared/schema/charity';
import { campaign, stockEntry, T0 } from './giftsFixtures';

const donate = (wall: number, counter: string, event: string, quantity: number) => stockEntry('donated', { eventId: event, eventNumber: `GY-${event}`, quantity }, wall, counter);

function event(over: Partial<CharityEvent> = {}): CharityEvent {
  return {
    id: 'e1',
    number: 'GY-S01-C1-261125-0001',
    name: '助学捐赠',
    day: '2026-11-28',
    recipientKind: 'school',
    recipient: '五一路小学',
    goods: { campaignId: 'c1', giftId: 'G1', giftName: '保温杯', quantity: 20, valueFen: 3900 },
    moneyFen: 50_000,
    status: 'planned',
    defined: { by: '1002', at: T0, counter: 'C1', approvedBy: '9001' },
    printCount: 0,
    conflicts: [],
    pendingEntries: 0,
    ...over,
  };
}

const stock = (remaining: number): GiftStock => ({ id: 'c1:G1', campaignId: 'c1', giftId: 'G1', received: remaining, issued: 0, returned: 0, adjusted: 0, remaining, conflicts: [], pendingEntries: 0 });

describe('charity hand-outs take gifts off the stock, never below zero', () => {
  it('a hand-out counts as charity and leaves the shelf', () => {
    const s = projectGiftStock([stockEntry('received', { quantity: 30 }, T0), stockEntry('issued', { handoutId: 'h1', handoutNumber: 'ZP-1', quantity: 1 }, T0 + 1), donate(T0 + 2, 'C1', 'e1', 20)])!;
    expect(s).toMatchObject({ received: 30, issued: 1, charity: 20, remaining: 9, conflicts: [] });
  });

  it('a handout and a charity hand-out at two counters for the last pieces: the later is an alarm, not counted', () => {
    const handout = stockEntry('issued', { handoutId: 'h1', handoutNumber: 'ZP-1', quantity: 2 }, T0 + 10, 'C1');
    const late = donate(T0 + 20, 'C2', 'e1', 1);
    const s = projectGiftStock([late, stockEntry('received', { quantity: 2 }, T0), handout])!;
    expect(s).toMatchObject({ issued: 2, remaining: 0 });
    expect(s.charity ?? 0).toBe(0);
    expect(s.conflicts).toEqual([{ entryId: late.id, kind: 'belowZero', handoutId: 'e1', handoutNumber: 'GY-e1', by: 'staff-C2', at: T0 + 20, counter: 'C2' }]);
  });

  it('the pledge and the hand-out are refused beyond what is on the shelf, at the quantity', () => {
    expect(checkCharityPledge(stock(5), '保温杯', 6)).toEqual({ ok: false, code: 'error.charityOverStock', field: 'quantity', params: { gift: '保温杯', remaining: 5 } });
    expect(checkCharityPledge(stock(5), '保温杯', 5)).toEqual({ ok: true });
    expect(checkCharityPledge(undefined, '保温杯', 1)).toMatchObject({ ok: false, params: { remaining: 0 } });
    expect(checkCharityHandOut({ event: event(), stock: stock(19), quantity: 20, moneyFen: 0 })).toMatchObject({ ok: false, code: 'error.charityOverStock', field: 'quantity', params: { remaining: 19 } });
    expect(checkCharityHandOut({ event: event(), stock: stock(20), quantity: 20, moneyFen: 50_000 })).toEqual({ ok: true });
  });

  it('never more than the supervisor approved, once, and something handed over', () => {
    expect(checkCharityHandOut({ event: event(), stock: stock(99), quantity: 21, moneyFen: 0 })).toMatchObject({ ok: false, code: 'error.charityOverPledge', field: 'quantity', params: { pledged: 20 } });
    expect(checkCharityHandOut({ event: event(), stock: stock(99), quantity: 0, moneyFen: 50_001 })).toMatchObject({ ok: false, code: 'error.charityMoneyOverPledge', field: 'money', params: { amount: 50_000 } });
    expect(checkCharityHandOut({ event: event(), stock: stock(99), quantity: 0, moneyFen: 0 })).toMatchObject({ ok: false, code: 'error.charityNothingHandedOut', field: 'quantity' });
    expect(checkCharityHandOut({ event: event({ goods: undefined }), stock: undefined, quantity: 1, moneyFen: 0 })).toMatchObject({ ok: false, code: 'error.charityOverPledge' });
    expect(checkCharityHandOut({ event: event({ status: 'handedOut' }), stock: stock(99), quantity: 1, moneyFen: 0 })).toMatchObject({ ok: false, code: 'error.charityAlreadyHandedOut' });
  });
});

describe('gift reconciliation with charity', () => {
  const c = campaign();
  const cups = projectGiftStock([
    stockEntry('received', { quantity: 50 }, T0),
    stockEntry('issued', { handoutId: 'h1', handoutNumber: 'ZP-1', quantity: 1 }, T0 + 1),
    stockEntry('issued', { handoutId: 'h2', handoutNumber: 'ZP-2', quantity: 1 }, T0 + 2),
    stockEntry('returned', { handoutId: 'h2', quantity: 1 }, T0 + 3),
    donate(T0 + 4, 'C1', 'e1', 20),
    stockEntry('adjusted', { quantity: -2, reason: '破损' }, T0 + 5),
  ])!;
  const handouts = [
    { campaignId: 'c1', giftId: 'G1', quantity: 1, status: 'handedOut' as const },
    { campaignId: 'c1', giftId: 'G1', quantity: 1, status: 'reversed' as const },
  ];

  it('received = handed out + charity + adjustments + on hand, with charity as its own line, and it balances', () => {
    const rec = reconcileCampaign(c, [cups], handouts, [{ campaignId: 'c1', giftId: 'G1', quantity: 20 }]);
    const row = rec.rows[0]!;
    expect(row).toMatchObject({ received: 50, netIssued: 1, charity: 20, adjusted: -2, remaining: 27, accountedFor: 50, charityHandedOut: 20, balances: true });
    expect(row.netIssued + row.charity + row.remaining - row.adjusted).toBe(row.received);
    expect(rec.totals).toMatchObject({ charity: 20, balances: true });
  });

  it('does not balance when the stock and the charity records disagree', () => {
    expect(reconcileCampaign(c, [cups], handouts, []).balances).toBe(false);
    expect(reconcileCampaign(c, [cups], handouts, [{ campaignId: 'c1', giftId: 'G1', quantity: 19 }]).balances).toBe(false);
  });

  it('property: whatever the history, charity included, the identity holds for the projected stock', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('received', 'issued', 'returned', 'donated', 'adjusted'), fc.integer({ min: -4, max: 6 }), fc.constantFrom('C1', 'C2')), { maxLength: 30 }), (steps) => {
        const entries = steps.map(([kind, q, counter], i) => {
          const quantity = Math.max(1, Math.abs(q));
          if (kind === 'received') return stockEntry('received', { quantity }, T0 + i, counter);
          if (kind === 'issued') return stockEntry('issued', { handoutId: `h${i}`, handoutNumber: `ZP-${i}`, quantity }, T0 + i, counter);
          if (kind === 'returned') return stockEntry('returned', { handoutId: `h${i}`, quantity }, T0 + i, counter);
          if (kind === 'donated') return donate(T0 + i, counter, `e${i}`, quantity);
          return stockEntry('adjusted', { quantity: q === 0 ? 1 : q, reason: 'count' }, T0 + i, counter);
        });
        const s = projectGiftStock([stockEntry('received', { quantity: 1 }, T0 - 1), ...entries])!;
        expect(s.remaining).toBeGreaterThanOrEqual(0);
        const row = reconcileCampaign(c, [s], []).rows[0]!;
        expect(row.accountedFor).toBe(row.received);
      }),
    );
  });
});

let seq = 0;
function eventEntry<E extends CharityEventEntry>(type: E['type'], data: E['data'], wall: number, counter = 'C1'): CharityEventEntry {
  seq += 1;
  const e: Entry = { id: `${counter}-${seq}`, recordType: 'charityEvent', recordId: 'e1', type, schemaVersion: 1, store: 'S01', counter, seq, hlc: hlcToString({ wall, logical: 0, node: counter }), at: wall, by: `staff-${counter}`, data };
  return e as CharityEventEntry;
}

describe('charity event record', () => {
  it('is handed out once: a second hand-out from another counter is a conflict, the first stands', () => {
    const { number, name, day, recipientKind, recipient, goods, moneyFen } = event();
    const data = { number, name, day, recipientKind, recipient, goods, moneyFen };
    const entries = [
      eventEntry('defined', data, T0),
      eventEntry('handedOut', { representative: '张老师', quantity: 20, moneyFen: 50_000 }, T0 + 10, 'C1'),
      eventEntry('handedOut', { representative: '李校长', quantity: 20, moneyFen: 0 }, T0 + 20, 'C2'),
    ];
    const state = entries.reduce<CharityEvent | undefined>((s, e) => applyCharityEventEntry(s, e), undefined)!;
    expect(state).toMatchObject({ status: 'handedOut', handedOut: { representative: '张老师', counter: 'C1' } });
    expect(state.conflicts).toEqual([{ by: 'staff-C2', at: T0 + 20, counter: 'C2', approvedBy: undefined, entryId: entries[2]!.id, reason: 'alreadyHandedOut' }]);
  });
});

describe('charity input', () => {
  const form = { name: '助学捐赠', day: '2026-11-28', recipientKind: 'school', recipient: '五一路小学', stockId: 'c1:G1', quantity: '20', money: '', note: '' };
  const issues = (raw: unknown) => {
    const r = charityEventInput.safeParse(raw);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('takes full-width digits and yuan; refuses a quantity that is not a whole number, and an empty recipient, at the field', () => {
    expect(charityEventInput.parse({ ...form, quantity: '２０', money: '５００.5' })).toMatchObject({ quantity: 20, money: 50_050 });
    expect(issues({ ...form, quantity: '2O' })).toEqual({ quantity: 'error.charityQuantity' });
    expect(issues({ ...form, quantity: '1e3' })).toEqual({ quantity: 'error.charityQuantity' });
    expect(issues({ ...form, recipient: '  ' })).toEqual({ recipient: 'error.required' });
  });

  it('asks for goods or money, and for both halves of goods', () => {
    expect(issues({ ...form, stockId: '', quantity: '' })).toEqual({ stockId: 'error.charityNothingGiven' });
    expect(issues({ ...form, stockId: '', quantity: '3' })).toEqual({ stockId: 'error.charityPickGift' });
    expect(issues({ ...form, quantity: '' })).toEqual({ quantity: 'error.charityQuantity' });
    expect(charityEventInput.parse({ ...form, stockId: '', quantity: '', money: '500' })).toMatchObject({ stockId: undefined, quantity: undefined, money: 50_000 });
  });

  it('a hand-out needs the representative; blanks are none', () => {
    expect(charityHandOutInput.safeParse({ representative: '', phone: '', quantity: '20', money: '' }).success).toBe(false);
    expect(charityHandOutInput.parse({ representative: '张老师', phone: '138 0013 8000', quantity: '', money: '' })).toEqual({ representative: '张老师', phone: '13800138000', quantity: 0, money: 0 });
  });
});

describe('who runs charity events', () => {
  it('a desk lead and above record, hand over and print them; a clerk or technician does not', () => {
    for (const command of ['charity.define', 'charity.handOut', 'charity.print'] as const) {
      expect(ROLES.filter((r) => roleMayRun(r, command)), command).toEqual(['lead', 'supervisor', 'storeManager']);
    }
  });
});
