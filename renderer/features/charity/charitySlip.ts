import type { CharityEvent } from '../../../shared/domain/charity/types';
import type { PrintRequest } from '../printing/usePrinter';

/** The print request of a charity hand-over slip (公益赞助交接单); the print count makes a reprint say 补打. */
export function charitySlipRequest(event: CharityEvent): PrintRequest<'charitySlip'> {
  return { kind: 'charitySlip', input: { event }, record: { type: 'charityEvent', id: event.id, printCount: event.printCount } };
}
