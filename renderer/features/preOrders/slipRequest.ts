import type { PreOrder } from '../../../shared/domain/preOrders/types';
import type { PrintRequest } from '../printing/usePrinter';

/** The print request of a pickup slip (取货单); the print count makes the print at pickup say 补打. */
export function pickupSlipRequest(order: PreOrder): PrintRequest<'pickupSlip'> {
  return { kind: 'pickupSlip', input: { order }, record: { type: 'preOrder', id: order.id, printCount: order.printCount } };
}
