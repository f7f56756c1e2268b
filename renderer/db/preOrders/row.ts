import { isPreOrderOpen } from '../../../shared/domain/preOrders/moves';
import type { PreOrder } from '../../../shared/domain/preOrders/types';

/** A pre-order as its projection table keeps it, with the fields its indexes need. */
export interface PreOrderRow extends PreOrder {
  /** 1 while neither picked up nor cancelled (IndexedDB cannot index booleans): the due and overdue lists read these. */
  readonly open: 0 | 1;
  /** Last four digits of the phone: what a customer usually remembers. */
  readonly phoneTail: string;
  /** 1 when a step from another counter could not be applied: it waits for a supervisor. */
  readonly conflict: 0 | 1;
}

export function preOrderRow(order: PreOrder): PreOrderRow {
  return { ...order, open: isPreOrderOpen(order.status) ? 1 : 0, phoneTail: order.phone.slice(-4), conflict: order.conflicts.length > 0 ? 1 : 0 };
}
