import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortEntries, type Entry } from '../../shared/domain/entry';
import { departmentSuggestions } from '../../shared/domain/preOrders/departments';
import { balanceDue, depositOutcomeMissing, isPickupDueToday, isPickupOverdue, itemsTotal, moveRefusal, movesFrom, pickupInPast } from '../../shared/domain/preOrders/moves';
import { applyPreOrderEntry } from '../../shared/domain/preOrders/projection';
import { PRE_ORDER_STATUSES, type PreOrder, type PreOrderEntry, type PreOrderMove, type PreOrderStatus, type PreOrderTakenData } from '../../shared/domain/preOrders/types';
import { preOrderCancelInput, preOrderTakeInput } from '../../shared/schema/preOrders';

const TZ = 'Asia/Shanghai';
/** Store wall time in Shanghai (UTC+8) as UTC ms. */
const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+08:00`);

const taken: PreOrderTakenData = {
  number: 'YD-S01-C1-261125-0001',
  kind: 'phone',
  customerName: '王女士',
  phone: '13800138000',
  items: [{ name: '生日蛋糕', quantity: 1, unitPriceFen: 16800 }],
  department: '烘焙部',
  pickupAt: at('2026-11-26', '17:00'),
  depositFen: 5000,
};

let seq = 0;
function entry(type: PreOrderEntry['type'], data: unknown, counter = 'C1'): PreOrderEntry {
  seq += 1;
  const e = { id: `e${String(seq).padStart(4, '0')}`, recordType: 'preOrder', recordId: 'po-1', type, schemaVersion: 1, store: 'S01', counter, seq, hlc: String(seq).padStart(6, '0'), at: at('2026-11-25', '10:00') + seq, by: '1001', data };
  return e as Entry as PreOrderEntry;
}

const MOVE_DATA: { readonly [M in PreOrderMove]: unknown } = {
  confirmed: { confirmedBy: '烘焙部 张师傅' },
  ready: {},
  pickedUp: { balancePaidFen: 11800 },
  cancelled: { reason: '顾客改主意', deposit: 'refunded' },
};

const project = (entries: readonly PreOrderEntry[]) => entries.reduce<PreOrder | undefined>(applyPreOrderEntry, undefined);
const orderAt = (status: PreOrderStatus, pickupAt = taken.pickupAt): Pick<PreOrder, 'status' | 'pickupAt'> => ({ status, pickupAt });

describe('pre-order moves', () => {
  it('goes taken → confirmed → ready → picked up, one step at a time', () => {
    expect(movesFrom('taken')).toEqual(['confirmed', 'cancelled']);
    expect(movesFrom('confirmed')).toEqual(['ready', 'cancelled']);
    expect(movesFrom('ready')).toEqual(['pickedUp', 'cancelled']);
    expect(moveRefusal('taken', 'ready')).toBe('notConfirmed');
    expect(moveRefusal('taken', 'pickedUp')).toBe('notReady');
    expect(moveRefusal('confirmed', 'pickedUp')).toBe('notReady');
    expect(moveRefusal('confirmed', 'confirmed')).toBe('alreadyDone');
    expect(moveRefusal('ready', 'ready')).toBe('alreadyDone');
  });

  it('picked up cannot be cancelled; cancelled is final; any open order may be cancelled', () => {
    expect(moveRefusal('pickedUp', 'cancelled')).toBe('alreadyPickedUp');
    expect(movesFrom('pickedUp')).toEqual([]);
    expect(movesFrom('cancelled')).toEqual([]);
    for (const move of ['confirmed', 'ready', 'pickedUp', 'cancelled'] as const) expect(moveRefusal('cancelled', move)).toBe('alreadyCancelled');
    for (const status of ['taken', 'confirmed', 'ready'] as const) expect(moveRefusal(status, 'cancelled')).toBeUndefined();
  });

  it('the projection follows the table: the full way to pickup, with who confirmed and what was paid', () => {
    const order = project([entry('taken', taken), entry('confirmed', MOVE_DATA.confirmed), entry('ready', {}), entry('pickedUp', MOVE_DATA.pickedUp)]);
    expect(order?.status).toBe('pickedUp');
    expect(order?.confirmed?.confirmedBy).toBe('烘焙部 张师傅');
    expect(order?.pickedUp?.balancePaidFen).toBe(11800);
    expect(order?.conflicts).toEqual([]);
  });

  it('a step another counter took from a state that no longer allows it is kept as a conflict, not applied', () => {
    // Counter C2 cancelled while C1, offline, had the customer pick up: the cancellation came first in the shared order.
    const order = project([entry('taken', taken), entry('confirmed', MOVE_DATA.confirmed), entry('ready', {}), entry('cancelled', MOVE_DATA.cancelled, 'C2'), entry('pickedUp', MOVE_DATA.pickedUp)]);
    expect(order?.status).toBe('cancelled');
    expect(order?.pickedUp).toBeUndefined();
    expect(order?.conflicts.map((c) => [c.move, c.reason, c.counter])).toEqual([['pickedUp', 'alreadyCancelled', 'C1']]);
  });

  it('whatever steps arrive in whatever order, the state is one the table reaches and the same on every counter', () => {
    const step = fc.constantFrom<PreOrderMove>('confirmed', 'ready', 'pickedUp', 'cancelled');
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (moves) => {
        const entries = [entry('taken', taken), ...moves.map((m) => entry(m, MOVE_DATA[m]))];
        const order = project(sortEntries(entries));
        const again = project(sortEntries([...entries].reverse()));
        expect(again).toEqual(order);
        expect(PRE_ORDER_STATUSES).toContain(order?.status);
        // Every step is either applied or kept as a conflict: none is lost.
        const applied = [order?.confirmed, order?.ready, order?.pickedUp, order?.cancelled].filter(Boolean).length;
        expect(applied + (order?.conflicts.length ?? 0)).toBe(moves.length);
        if (order?.pickedUp) expect(order.cancelled).toBeUndefined();
      }),
    );
  });

  it('counts prints, so a second print is a reprint', () => {
    expect(project([entry('taken', taken), entry('printed', { template: 'pickupSlip', copy: 1 }), entry('printed', { template: 'pickupSlip', copy: 2 })])?.printCount).toBe(2);
  });
});

describe('pickups due and overdue', () => {
  const now = at('2026-11-26', '12:00');

  it('overdue: still open and its pickup time passed', () => {
    expect(isPickupOverdue(orderAt('ready', at('2026-11-26', '11:59')), now)).toBe(true);
    expect(isPickupOverdue(orderAt('taken', at('2026-11-20', '09:00')), now)).toBe(true);
    expect(isPickupOverdue(orderAt('ready', at('2026-11-26', '12:01')), now)).toBe(false);
    expect(isPickupOverdue(orderAt('pickedUp', at('2026-11-26', '11:00')), now)).toBe(false);
    expect(isPickupOverdue(orderAt('cancelled', at('2026-11-26', '11:00')), now)).toBe(false);
  });

  it('due today: open, later today in the store’s time zone', () => {
    expect(isPickupDueToday(orderAt('confirmed', at('2026-11-26', '23:59')), now, TZ)).toBe(true);
    expect(isPickupDueToday(orderAt('confirmed', at('2026-11-27', '00:00')), now, TZ)).toBe(false);
    expect(isPickupDueToday(orderAt('confirmed', at('2026-11-26', '11:00')), now, TZ)).toBe(false);
    expect(isPickupDueToday(orderAt('cancelled', at('2026-11-26', '18:00')), now, TZ)).toBe(false);
  });

  it('a pickup time must lie ahead when the order is taken', () => {
    expect(pickupInPast(now, now)).toBe(true);
    expect(pickupInPast(now - 60_000, now)).toBe(true);
    expect(pickupInPast(now + 60_000, now)).toBe(false);
  });
});

describe('pre-order money and input', () => {
  it('the balance due is the priced total less the deposit, unknown while a line is unpriced', () => {
    expect(itemsTotal([{ name: '粽子', quantity: 20, unitPriceFen: 550 }, { name: '月饼', quantity: 3, unitPriceFen: 12800 }])).toBe(49400);
    expect(balanceDue({ items: taken.items, depositFen: 5000 })).toBe(11800);
    expect(balanceDue({ items: taken.items, depositFen: 20000 })).toBe(0);
    expect(balanceDue({ items: [{ name: '果篮', quantity: 2 }], depositFen: 0 })).toBeUndefined();
  });

  it('a cancellation with a deposit says what became of it', () => {
    expect(depositOutcomeMissing({ depositFen: 5000 }, undefined)).toBe(true);
    expect(depositOutcomeMissing({ depositFen: 5000 }, 'kept')).toBe(false);
    expect(depositOutcomeMissing({ depositFen: 0 }, undefined)).toBe(false);
    expect(preOrderCancelInput.safeParse({ reason: ' ', deposit: '' }).error?.issues[0]?.message).toBe('error.required');
  });

  it('refuses bad input at its field: phone, quantity, deposit, a group without its organisation', () => {
    const base = { kind: 'phone', organisation: '', customerName: '王女士', phone: '13800138000', items: [{ name: '蛋糕', quantity: '1', unitPrice: '' }], department: '烘焙部', pickupAt: taken.pickupAt, deposit: '', note: '' };
    const messages = (over: Record<string, unknown>) => {
      const r = preOrderTakeInput.safeParse({ ...base, ...over });
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
    };
    expect(messages({})).toEqual({});
    expect(preOrderTakeInput.parse({ ...base, phone: '１３８ ００１３ ８０００', deposit: '５０', items: [{ name: '蛋糕', quantity: '２', unitPrice: '168.00' }] })).toMatchObject({
      phone: '13800138000',
      deposit: 5000,
      items: [{ quantity: 2, unitPrice: 16800 }],
    });
    expect(messages({ phone: '1380013800' })).toEqual({ phone: 'error.phone' });
    expect(messages({ items: [{ name: '蛋糕', quantity: '1.5', unitPrice: '' }] })).toEqual({ 'items.0.quantity': 'error.preOrderQuantity' });
    expect(messages({ items: [{ name: '蛋糕', quantity: '0', unitPrice: '1e3' }] })).toEqual({ 'items.0.quantity': 'error.preOrderQuantity', 'items.0.unitPrice': 'error.amount' });
    expect(messages({ items: [] })).toEqual({ items: 'error.preOrderNoItems' });
    expect(messages({ deposit: '五十' })).toEqual({ deposit: 'error.amount' });
    expect(messages({ deposit: '-50' })).toEqual({ deposit: 'error.amount' });
    expect(messages({ pickupAt: undefined })).toEqual({ pickupAt: 'error.dateTime' });
    expect(messages({ kind: 'group' })).toEqual({ organisation: 'error.required' });
  });

  it('suggests the departments the desk used first, then the common ones', () => {
    expect(departmentSuggestions(['熟食部', '团购部']).slice(0, 3)).toEqual(['熟食部', '团购部', '生鲜部']);
    expect(departmentSuggestions([]).length).toBe(new Set(departmentSuggestions([])).size);
  });
});
