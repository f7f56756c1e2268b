import type { MonthlyComplaintReport } from '../../shared/domain/complaints/report';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';

/** STUB (lead): replaced by the reports slice. */
export interface ComplaintsMonthlyInput {
  readonly report: MonthlyComplaintReport;
}

export function renderComplaintsMonthly(_input: ComplaintsMonthlyInput, _ctx: PrintContext, _paper: PaperSize): PrintOutput {
  throw new Error('complaintsMonthly not built yet');
}
