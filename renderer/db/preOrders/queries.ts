import Dexie from 'dexie';
import { dayRange, storeDay } from '../../../shared/domain/clock';
import { normalizeRecordNumber } from '../../../shared/domain/numbering';
import { isPickupOverdue } from '../../../shared/domain/preOrders/moves';
import type { DeskDatabase } from '../database';
import type { PreOrderRow } from './row';

/** The lists of the pre-order screen: pickups today, overdue, everything still open, or the pickups of one day. */
export const PRE_ORDER_LISTS = ['today', 'overdue', 'open', 'day'] as const;
export type PreOrderList = (typeof PRE_ORDER_LISTS)[number];

const byPickup = (a: PreOrderRow, b: PreOrderRow) => a.pickupAt - b.pickupAt || (a.number < b.number ? -1 : 1);

/** Open orders whose pickup falls before `to` (UTC ms), earliest first: one read of the open index. */
function openBefore(db: DeskDatabase, to: number): Promise<PreOrderRow[]> {
  return db.preOrders.where('[open+pickupAt]').between([1, Dexie.minKey], [1, to], true, false).toArray();
}

/**
 * What the desk is shown at sign-in: open orders due for pickup today and
 * those overdue (pickup time passed, neither picked up nor cancelled),
 * earliest first.
 */
export async function readDuePickups(db: DeskDatabase, now: number, timeZone: string): Promise<PreOrderRow[]> {
  const today = dayRange(storeDay(now, timeZone), timeZone);
  return today ? (await openBefore(db, today.to)).sort(byPickup) : [];
}

/** The orders of one list, earliest pickup first; `day` (yyyy-MM-dd) is the day the 'day' list shows. */
export async function readPreOrders(db: DeskDatabase, list: PreOrderList, now: number, timeZone: string, day: string): Promise<PreOrderRow[]> {
  if (list === 'overdue') return (await openBefore(db, now)).filter((o) => isPickupOverdue(o, now)).sort(byPickup);
  if (list === 'open') return (await db.preOrders.where('[open+pickupAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray()).sort(byPickup);
  const range = dayRange(list === 'today' ? storeDay(now, timeZone) : day, timeZone);
  if (!range) return [];
  return (await db.preOrders.where('pickupAt').between(range.from, range.to, true, false).toArray()).sort(byPickup);
}

/** The order of a scanned or typed slip number; undefined when none holds it. */
export async function findPreOrderByNumber(db: DeskDatabase, typed: string): Promise<PreOrderRow | undefined> {
  return db.preOrders.where('number').equals(normalizeRecordNumber(typed)).first();
}

/** Departments the desk has sent orders to, most used first: suggestions for the next order's department. */
export async function readUsedDepartments(db: DeskDatabase, limit = 12): Promise<string[]> {
  const counts = new Map<string, number>();
  // Recent orders only: the list of departments changes slowly and the last few hundred name them all.
  for (const o of await db.preOrders.orderBy('pickupAt').reverse().limit(500).toArray()) counts.set(o.department, (counts.get(o.department) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([d]) => d);
}
