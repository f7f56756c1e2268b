import type { Campaign, Handout } from '../../../shared/domain/gifts/types';
import type { PrintRequest } from '../printing/usePrinter';

/** The print request of a handout slip (赠品发放单); the print count makes a reprint say 补打. */
export function handoutSlipRequest(handout: Handout, campaign: Campaign): PrintRequest<'handoutSlip'> {
  return {
    kind: 'handoutSlip',
    input: { handout, campaign },
    record: { type: 'handout', id: handout.id, printCount: handout.printCount },
  };
}
