import type { ActionStamp } from '../storage/types';
import { moveRefusal } from './moves';
import { PRE_ORDER_SCHEMA_VERSION, type PreOrder, type PreOrderEntry, type PreOrderMove } from './types';

/**
 * Applies one pre-order entry, in the shared order. A step the moves table
 * does not allow from the order's state (another counter picked it up or
 * cancelled it while this one was offline) is not applied: it is kept on
 * the order as a conflict for a supervisor.
 */
export function applyPreOrderEntry(order: PreOrder | undefined, e: PreOrderEntry): PreOrder | undefined {
  if (e.schemaVersion > PRE_ORDER_SCHEMA_VERSION) return order;
  const stamp: ActionStamp = { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy };
  if (e.type === 'taken') {
    // Record ids are made on the counter and never reused: a second 'taken' is a replay, the first stands.
    if (order) return order;
    return { ...e.data, id: e.recordId, status: 'taken', taken: stamp, printCount: 0, conflicts: [] };
  }
  // Nothing taken here yet: nowhere to keep it; the entry stays in the log.
  if (!order) return order;
  if (e.type === 'printed') return { ...order, printCount: order.printCount + 1 };
  const move: PreOrderMove = e.type;
  const reason = moveRefusal(order.status, move);
  if (reason) return { ...order, conflicts: [...order.conflicts, { ...stamp, entryId: e.id, move, reason }] };
  switch (e.type) {
    case 'confirmed':
      return { ...order, status: 'confirmed', confirmed: { ...stamp, ...e.data } };
    case 'ready':
      return { ...order, status: 'ready', ready: { ...stamp, ...e.data } };
    case 'pickedUp':
      return { ...order, status: 'pickedUp', pickedUp: { ...stamp, ...e.data } };
    case 'cancelled':
      return { ...order, status: 'cancelled', cancelled: { ...stamp, ...e.data } };
  }
}
