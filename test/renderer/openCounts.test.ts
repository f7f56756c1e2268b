import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import type { DeskContext } from '../../renderer/db/context';
import { DeskDatabase } from '../../renderer/db/database';
import { closeDay, previewDayClose } from '../../renderer/db/dayClose/close';
import { readOpenCounts, recountOpen } from '../../renderer/db/dayClose/openCounts';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries, rebuildAllProjections } from '../../renderer/db/incoming';
import { recordKeyOf } from '../../renderer/db/projectors';
import { registerReturn } from '../../renderer/db/returns/register';
import { reverseReturn } from '../../renderer/db/returns/reverse';
import { cancelServiceCall, registerServiceCall } from '../../renderer/db/service/calls';
import { takeComplaintStep } from '../../renderer/db/complaints/steps';
import { depositItem, releaseItem } from '../../renderer/db/storage/bulky';
import { claimLostItem, moveToLostFound, registerLostItem } from '../../renderer/db/storage/lostFound';
import { storeDay } from '../../shared/domain/clock';
import { recordComplaint } from './complaintWorkflowFixture';
import { makeDesk, SUPERVISOR } from './deskFixture';
import { callForm } from './serviceFixture';

const DAY = 86_400_000;
const TZ = 'Asia/Shanghai';
const bag = (slot: string) => ({ description: '黑色双肩包', count: '1', customerName: '', phone: '', slot });
const umbrella = (foundAt: number) => ({ description: '蓝色雨伞', place: '二楼扶梯口', finder: '保洁 张阿姨', foundAt });
const kettle = { sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' };
const refund = { receiptNo: 'POS-00123456', purchaseDate: '2026-11-23', lines: [kettle], reason: 'quality', condition: 'faulty', outcome: 'refund', refundMethod: 'cash' };

/** What a counter does, and what reaches it from the other one. `at` picks the counter, `pick` the record among those it holds. */
type Op =
  | { readonly kind: 'deposit' | 'lostItem' | 'call' | 'complaint' | 'return' | 'rebuild' | 'close'; readonly at: number }
  | { readonly kind: 'release' | 'claim' | 'cancel' | 'judgeInvalid' | 'reverse' | 'moveToLostFound'; readonly at: number; readonly pick: number }
  | { readonly kind: 'sync'; readonly at: number; readonly order: readonly number[]; readonly listHeld: boolean }
  | { readonly kind: 'daysPass'; readonly days: number };

const counter = fc.integer({ min: 0, max: 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('deposit' as const, 'lostItem' as const, 'call' as const, 'complaint' as const), at: counter }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('release' as const, 'claim' as const, 'cancel' as const, 'judgeInvalid' as const), at: counter, pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), at: counter, order: fc.array(fc.nat(), { maxLength: 8 }), listHeld: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('return' as const, 'rebuild' as const, 'close' as const), at: counter }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('reverse' as const, 'moveToLostFound' as const), at: counter, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('daysPass' as const), days: fc.integer({ min: 1, max: 8 }) }) },
);

/** Two counters of one store, C2 holding C1's staff (as after its first pull). */
async function twoCounters() {
  const desk = await makeDesk();
  const c2 = desk.otherCounter('C2');
  await applyIncomingEntries(c2, await desk.db.entries.toArray());
  const clerks = [desk.asClerk, c2];
  const supervisors = clerks.map((ctx) => ({ ...ctx, session: { ...ctx.session, staffNo: SUPERVISOR.staffNo } }));
  return { desk, clerks, supervisors };
}

const nth = <T>(list: readonly T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];

/** Entries `from` holds and `to` does not, taken in the order `order` picks them (a partial, out-of-order delivery). */
async function deliver(from: DeskContext, to: DeskContext, order: readonly number[], listHeld: boolean): Promise<void> {
  const known = new Set(await to.db.entries.toCollection().primaryKeys());
  const pending = (await from.db.entries.toArray()).filter((e) => !known.has(e.id));
  const batch = order.flatMap((n) => (pending.length > 0 ? pending.splice(n % pending.length, 1) : []));
  // As a first pull does: the records this copy holds listed, the others built from the batch alone.
  const held = listHeld ? new Set((await to.db.entries.toArray()).map(recordKeyOf)) : undefined;
  if (batch.length > 0) await applyIncomingEntries(to, batch, undefined, held);
}

async function run(o: Op, clerks: DeskContext[], supervisors: DeskContext[], clock: { advance(ms: number): void; now(): number }): Promise<void> {
  if (o.kind === 'daysPass') return clock.advance(o.days * DAY);
  const ctx = clerks[o.at]!;
  const { db } = ctx;
  switch (o.kind) {
    case 'deposit':
      return void (await depositItem(ctx, newId(), bag('A-01')));
    case 'lostItem':
      return void (await registerLostItem(ctx, newId(), umbrella(clock.now() - 3_600_000)));
    case 'call':
      return void (await registerServiceCall(ctx, newId(), callForm(clock.now())));
    case 'complaint':
      return void (await recordComplaint(ctx));
    case 'return':
      return void (await registerReturn(ctx, newId(), refund));
    case 'rebuild':
      return rebuildAllProjections(db);
    case 'close':
      return void (await closeDay(supervisors[o.at]!, { day: storeDay(clock.now(), TZ), notes: '' }, SUPERVISOR));
    case 'sync':
      return deliver(clerks[1 - o.at]!, ctx, o.order, o.listHeld);
    case 'release': {
      const item = nth(await db.storageItems.toArray(), o.pick);
      return void (item && (await releaseItem(ctx, item.id)));
    }
    case 'moveToLostFound': {
      const item = nth(await db.storageItems.toArray(), o.pick);
      return void (item && (await moveToLostFound(supervisors[o.at]!, { itemId: item.id, reason: '逾期未取' }, SUPERVISOR)));
    }
    case 'claim': {
      const item = nth(await db.lostItems.toArray(), o.pick);
      return void (item && (await claimLostItem(ctx, { itemId: item.id, claimantName: '张先生', phone: '138 0013 8000', identityNote: '说出伞上的挂件' })));
    }
    case 'cancel': {
      const call = nth(await db.serviceCalls.toArray(), o.pick);
      return void (call && (await cancelServiceCall(supervisors[o.at]!, call.id, { reason: '顾客自行修好' })));
    }
    case 'judgeInvalid': {
      const complaint = nth(await db.complaints.toArray(), o.pick);
      return void (complaint && (await takeComplaintStep(supervisors[o.at]!, complaint.id, 'validityJudged', { valid: false, reason: '价格无误', answer: '已向顾客解释' })));
    }
    case 'reverse': {
      const ret = nth(await db.returns.toArray(), o.pick);
      return void (ret && (await reverseReturn(ctx, { returnId: ret.id, reason: '录错' }, SUPERVISOR)));
    }
  }
}

async function expectTotalsEqualRecount(ctx: DeskContext, after: string): Promise<void> {
  expect(await readOpenCounts(ctx.db), `${ctx.session.counter} after ${after}`).toEqual(await recountOpen(ctx.db));
}

describe('what the close carries is kept as running totals', () => {
  it('equal a recount of the open rows after any work, partial out-of-order syncs, reversals, closes and rebuilds, on both copies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const { desk, clerks, supervisors } = await twoCounters();
        for (const o of ops) {
          try {
            await run(o, clerks, supervisors, desk.clock);
          } catch (error) {
            // A step the desk refuses (item gone, day closed, not overdue) changes nothing: the counts must still agree.
            if (!(error instanceof DeskError)) throw error;
          }
          for (const ctx of clerks) await expectTotalsEqualRecount(ctx, JSON.stringify(o));
        }
        // Once both copies hold every entry, they carry the same.
        const [c1, c2] = clerks as [DeskContext, DeskContext];
        await applyIncomingEntries(c2, await c1.db.entries.toArray());
        await applyIncomingEntries(c1, await c2.db.entries.toArray());
        for (const ctx of clerks) await expectTotalsEqualRecount(ctx, 'the full sync');
        expect(await readOpenCounts(clerks[0]!.db)).toEqual(await readOpenCounts(clerks[1]!.db));
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('the close reads the totals: what a preview carries is the recount, the held bag released takes one off', async () => {
    const { desk, clerks } = await twoCounters();
    const [c1, c2] = clerks as [DeskContext, DeskContext];
    const first = await depositItem(c1, newId(), bag('A-01'));
    await depositItem(c2, newId(), bag('B-01'));
    await registerLostItem(c1, newId(), umbrella(desk.clock.now() - 3_600_000));
    await registerServiceCall(c2, newId(), callForm(desk.clock.now()));
    await recordComplaint(c1);
    await applyIncomingEntries(c1, (await c2.db.entries.toArray()).filter((e) => e.counter === 'C2'));
    const day = storeDay(desk.clock.now(), TZ);
    expect((await previewDayClose(c1.db, day, TZ)).close.carried).toEqual({ storageHeld: 2, lostItemsKept: 1, complaintsOpen: 1, serviceCallsOpen: 1 });
    await releaseItem(c1, first.id);
    expect((await previewDayClose(c1.db, day, TZ)).close.carried).toEqual({ storageHeld: 1, lostItemsKept: 1, complaintsOpen: 1, serviceCallsOpen: 1 });
  });

  it('a copy made before the totals were kept is filled from its rows when it is opened', async () => {
    const { clerks } = await twoCounters();
    const [c1] = clerks as [DeskContext];
    const held = await depositItem(c1, newId(), bag('A-01'));
    const released = await depositItem(c1, newId(), bag('A-02'));
    await releaseItem(c1, released.id);
    const name = `test-upgrade-${newId()}`;
    const v13 = new Dexie(name);
    v13.version(13).stores({ storageItems: 'id, number, status, phoneTail, depositedAt, conflict', lostItems: 'id, number, status, foundAt, conflict' });
    await v13.table('storageItems').bulkPut(await c1.db.storageItems.bulkGet([held.id, released.id]));
    v13.close();
    const upgraded = new DeskDatabase(name);
    expect(await readOpenCounts(upgraded)).toEqual({ storageHeld: 1, lostItemsKept: 0, complaintsOpen: 0, serviceCallsOpen: 0 });
    upgraded.close();
  });
});
