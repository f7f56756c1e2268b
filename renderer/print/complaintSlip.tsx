import type { Complaint } from '../../shared/domain/complaints/state';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';

/** STUB (lead): replaced by the intake slice. */
export interface ComplaintSlipInput {
  readonly complaint: Complaint;
  /** When the customer is promised a reply (the earliest limit that answers them). */
  readonly promisedReplyAt?: number | undefined;
}

export function renderComplaintSlip(_input: ComplaintSlipInput, _ctx: PrintContext, _paper: PaperSize): PrintOutput {
  throw new Error('complaintSlip not built yet');
}
