import { storeDay } from '../clock';
import { lineAmount, sumFen, type Fen } from '../money';
import type { DepositOutcome, PreOrder, PreOrderItem, PreOrderMove, PreOrderMoveRefusal, PreOrderStatus } from './types';

/**
 * The one table of the order's moves: from which states each step may be
 * taken. Picked up and cancelled are final; any open order may be cancelled.
 */
export const PRE_ORDER_MOVES: { readonly [M in PreOrderMove]: readonly PreOrderStatus[] } = {
  confirmed: ['taken'],
  ready: ['confirmed'],
  pickedUp: ['ready'],
  cancelled: ['taken', 'confirmed', 'ready'],
};

/** The steps open to an order in `status`, in the table's order. */
export function movesFrom(status: PreOrderStatus): PreOrderMove[] {
  return (Object.keys(PRE_ORDER_MOVES) as PreOrderMove[]).filter((m) => PRE_ORDER_MOVES[m].includes(status));
}

/** Why `move` may not be taken from `status`; undefined when it may. */
export function moveRefusal(status: PreOrderStatus, move: PreOrderMove): PreOrderMoveRefusal | undefined {
  if (PRE_ORDER_MOVES[move].includes(status)) return undefined;
  if (status === 'pickedUp') return 'alreadyPickedUp';
  if (status === 'cancelled') return 'alreadyCancelled';
  if (move === 'ready' && status === 'taken') return 'notConfirmed';
  if (move === 'pickedUp') return 'notReady';
  return 'alreadyDone';
}

/** A cancelled order that took a deposit says whether the deposit went back or was kept. */
export function depositOutcomeMissing(order: Pick<PreOrder, 'depositFen'>, outcome: DepositOutcome | undefined): boolean {
  return order.depositFen > 0 && outcome === undefined;
}

export function isPreOrderOpen(status: PreOrderStatus): boolean {
  return status !== 'pickedUp' && status !== 'cancelled';
}

/** A pickup time must lie ahead when the order is taken. */
export function pickupInPast(pickupAt: number, now: number): boolean {
  return pickupAt <= now;
}

/** Overdue: still open and its pickup time has passed. */
export function isPickupOverdue(order: Pick<PreOrder, 'status' | 'pickupAt'>, now: number): boolean {
  return isPreOrderOpen(order.status) && order.pickupAt < now;
}

/** Due today: still open, its pickup later today (store day). */
export function isPickupDueToday(order: Pick<PreOrder, 'status' | 'pickupAt'>, now: number, timeZone: string): boolean {
  return isPreOrderOpen(order.status) && order.pickupAt >= now && storeDay(order.pickupAt, timeZone) === storeDay(now, timeZone);
}

/** The goods' value where every line has a price; undefined while any is unpriced. */
export function itemsTotal(items: readonly PreOrderItem[]): Fen | undefined {
  if (items.some((i) => i.unitPriceFen === undefined)) return undefined;
  return sumFen(items.map((i) => lineAmount(i.quantity, i.unitPriceFen ?? 0)));
}

/** What is left to pay at pickup: the priced total less the deposit (never below 0); undefined while unpriced. */
export function balanceDue(order: Pick<PreOrder, 'items' | 'depositFen'>): Fen | undefined {
  const total = itemsTotal(order.items);
  return total === undefined ? undefined : Math.max(0, total - order.depositFen);
}
