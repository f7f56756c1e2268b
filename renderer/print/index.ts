import type { LockerDoor } from '../../shared/domain/storage/lockers';
import type { LostItem } from '../../shared/domain/storage/lostFound';
import type { StorageItem } from '../../shared/domain/storage/types';
import { PAPERS_BY_KIND, type PaperSize, type PrintKind } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderLockerOpeningSlip, type LockerOpening } from './lockerOpeningSlip';
import { renderLostItemSlip } from './lostItemSlip';
import { renderOvernightList } from './overnightList';
import { renderStorageTicket } from './storageTicket';
import { renderReturnSlip, type ReturnSlipInput } from './returnSlip';
import { renderReturnsMonthly, type ReturnsMonthlyInput } from './returnsMonthly';
import type { Campaign, Draw, Handout } from '../../shared/domain/gifts/types';
import type { Reconciliation } from '../../shared/domain/gifts/reconciliation';
import { renderHandoutSlip } from './handoutSlip';
import { renderReconciliation } from './reconciliation';
import { renderDrawResult } from './drawResult';
import { renderComplaintSlip, type ComplaintSlipInput } from './complaintSlip';
import { renderComplaintsMonthly, type ComplaintsMonthlyInput } from './complaintsMonthly';
import { renderServiceVoucher, type ServiceVoucherInput } from './serviceVoucher';
import { renderServiceDayReport, type ServiceDayReportInput } from './serviceDayReport';
import { renderTechnicianMonthly, type TechnicianMonthlyInput } from './technicianMonthly';
import { renderGoodsReceipt, type GoodsReceiptInput } from './goodsReceipt';
import { renderDayClose, type DayClosePrintInput } from './dayClose';
import { renderSupervisorReport, type SupervisorReportInput } from './supervisorReport';
import { renderSuggestionsMonthly, type SuggestionsMonthlyInput } from './suggestionsMonthly';
import { renderCustomerHistory, type CustomerHistoryInput } from './customerHistory';
import type { CharityEvent } from '../../shared/domain/charity/types';
import { renderCharitySlip } from './charitySlip';
import { renderPickupSlip, type PickupSlipInput } from './pickupSlip';
import type { Invoice } from '../../shared/domain/invoices/types';
import { renderInvoiceSlip } from './invoiceSlip';

export type { PrintContext, PrintOutput } from './context';
export type { LockerOpening } from './lockerOpeningSlip';
export { renderPrintDocument, type PrintDocumentInput } from './document';
export { renderStorageTicket } from './storageTicket';
export { renderLostItemSlip } from './lostItemSlip';
export { renderLockerOpeningSlip } from './lockerOpeningSlip';
export { renderOvernightList, overnightListNumber } from './overnightList';
export { renderReturnSlip } from './returnSlip';
export { renderReturnsMonthly } from './returnsMonthly';
export { renderHandoutSlip } from './handoutSlip';
export { renderReconciliation } from './reconciliation';
export { renderDrawResult } from './drawResult';
export { renderComplaintSlip } from './complaintSlip';
export { renderComplaintsMonthly } from './complaintsMonthly';
export { renderServiceVoucher, type ServiceVoucherInput } from './serviceVoucher';
export { renderServiceDayReport, type ServiceDayReportInput } from './serviceDayReport';
export { renderTechnicianMonthly, type TechnicianMonthlyInput } from './technicianMonthly';
export { renderGoodsReceipt, type GoodsReceiptInput } from './goodsReceipt';
export { renderDayClose, type DayClosePrintInput } from './dayClose';
export { renderSupervisorReport, supervisorReportNumber, type SupervisorReportInput } from './supervisorReport';
export { renderSuggestionsMonthly, type SuggestionsMonthlyInput } from './suggestionsMonthly';
export { renderCustomerHistory, type CustomerHistoryInput } from './customerHistory';
export { renderPickupSlip, type PickupSlipInput } from './pickupSlip';
export { renderCharitySlip } from './charitySlip';
export { renderInvoiceSlip } from './invoiceSlip';
export { PAPERS, paperSpec, type PaperSpec } from './paper';
export { maskPhone } from './format';

/** What each kind of printout is made from. */
export interface PrintInputs {
  readonly storageTicket: { readonly item: StorageItem; readonly overdueDays?: number | undefined };
  readonly lostItemSlip: { readonly item: LostItem };
  readonly lockerOpeningSlip: { readonly door: LockerDoor; readonly opening?: LockerOpening | undefined };
  readonly overnightList: { readonly items: readonly StorageItem[]; readonly overdueDays?: number | undefined };
  readonly returnSlip: ReturnSlipInput;
  readonly returnsMonthly: ReturnsMonthlyInput;
  readonly handoutSlip: { readonly handout: Handout; readonly campaign: Campaign };
  readonly reconciliation: { readonly campaign: Campaign; readonly reconciliation: Reconciliation };
  readonly drawResult: { readonly draw: Draw };
  readonly complaintSlip: ComplaintSlipInput;
  readonly complaintsMonthly: ComplaintsMonthlyInput;
  readonly serviceVoucher: ServiceVoucherInput;
  readonly serviceDayReport: ServiceDayReportInput;
  readonly serviceMonthly: TechnicianMonthlyInput;
  readonly goodsReceipt: GoodsReceiptInput;
  readonly dayClose: DayClosePrintInput;
  readonly supervisorReport: SupervisorReportInput;
  readonly suggestionsMonthly: SuggestionsMonthlyInput;
  readonly customerHistory: CustomerHistoryInput;
  readonly charitySlip: { readonly event: CharityEvent };
  readonly pickupSlip: PickupSlipInput;
  readonly invoiceSlip: { readonly invoice: Invoice };
}

export interface PrintTemplate<TInput> {
  /** Papers the layout is made for; the first is the default. */
  readonly papers: readonly [PaperSize, ...PaperSize[]];
  render(input: TInput, ctx: PrintContext, paper: PaperSize): PrintOutput;
}

/** One template per PrintKind: adding a kind to PRINT_KINDS fails the type check until it has one. */
export const PRINT_TEMPLATES: { readonly [K in PrintKind]: PrintTemplate<PrintInputs[K]> } = {
  storageTicket: {
    papers: PAPERS_BY_KIND.storageTicket,
    render: (input, ctx, paper) => renderStorageTicket(input.item, ctx, paper, input.overdueDays),
  },
  lostItemSlip: {
    papers: PAPERS_BY_KIND.lostItemSlip,
    render: (input, ctx, paper) => renderLostItemSlip(input.item, ctx, paper),
  },
  lockerOpeningSlip: {
    papers: PAPERS_BY_KIND.lockerOpeningSlip,
    render: (input, ctx, paper) => renderLockerOpeningSlip(input.door, ctx, paper, input.opening),
  },
  overnightList: {
    papers: PAPERS_BY_KIND.overnightList,
    render: (input, ctx, paper) => renderOvernightList(input.items, ctx, paper, input.overdueDays),
  },
  returnSlip: {
    papers: PAPERS_BY_KIND.returnSlip,
    render: (input, ctx, paper) => renderReturnSlip(input, ctx, paper),
  },
  returnsMonthly: {
    papers: PAPERS_BY_KIND.returnsMonthly,
    render: (input, ctx, paper) => renderReturnsMonthly(input, ctx, paper),
  },
  handoutSlip: {
    papers: PAPERS_BY_KIND.handoutSlip,
    render: (input, ctx, paper) => renderHandoutSlip(input.handout, input.campaign, ctx, paper),
  },
  reconciliation: {
    papers: PAPERS_BY_KIND.reconciliation,
    render: (input, ctx, paper) => renderReconciliation(input.campaign, input.reconciliation, ctx, paper),
  },
  drawResult: {
    papers: PAPERS_BY_KIND.drawResult,
    render: (input, ctx, paper) => renderDrawResult(input.draw, ctx, paper),
  },
  complaintSlip: {
    papers: PAPERS_BY_KIND.complaintSlip,
    render: (input, ctx, paper) => renderComplaintSlip(input, ctx, paper),
  },
  complaintsMonthly: {
    papers: PAPERS_BY_KIND.complaintsMonthly,
    render: (input, ctx, paper) => renderComplaintsMonthly(input, ctx, paper),
  },
  serviceVoucher: {
    papers: PAPERS_BY_KIND.serviceVoucher,
    render: (input, ctx, paper) => renderServiceVoucher(input, ctx, paper),
  },
  serviceDayReport: {
    papers: PAPERS_BY_KIND.serviceDayReport,
    render: (input, ctx, paper) => renderServiceDayReport(input, ctx, paper),
  },
  serviceMonthly: {
    papers: PAPERS_BY_KIND.serviceMonthly,
    render: (input, ctx, paper) => renderTechnicianMonthly(input, ctx, paper),
  },
  dayClose: {
    papers: PAPERS_BY_KIND.dayClose,
    render: (input, ctx, paper) => renderDayClose(input, ctx, paper),
  },
  goodsReceipt: {
    papers: PAPERS_BY_KIND.goodsReceipt,
    render: (input, ctx, paper) => renderGoodsReceipt(input, ctx, paper),
  },
  supervisorReport: {
    papers: PAPERS_BY_KIND.supervisorReport,
    render: (input, ctx, paper) => renderSupervisorReport(input, ctx, paper),
  },
  suggestionsMonthly: {
    papers: PAPERS_BY_KIND.suggestionsMonthly,
    render: (input, ctx, paper) => renderSuggestionsMonthly(input, ctx, paper),
  },
  customerHistory: {
    papers: PAPERS_BY_KIND.customerHistory,
    render: (input, ctx, paper) => renderCustomerHistory(input, ctx, paper),
  },
  charitySlip: {
    papers: PAPERS_BY_KIND.charitySlip,
    render: (input, ctx, paper) => renderCharitySlip(input.event, ctx, paper),
  },
  pickupSlip: {
    papers: PAPERS_BY_KIND.pickupSlip,
    render: (input, ctx, paper) => renderPickupSlip(input, ctx, paper),
  },
  invoiceSlip: {
    papers: PAPERS_BY_KIND.invoiceSlip,
    render: (input, ctx, paper) => renderInvoiceSlip(input.invoice, ctx, paper),
  },
};

/** Renders any kind on its default paper, or on the paper the printer route gives when the layout supports it. */
export function renderPrint<K extends PrintKind>(kind: K, input: PrintInputs[K], ctx: PrintContext, paper?: PaperSize): PrintOutput {
  const template: PrintTemplate<PrintInputs[K]> = PRINT_TEMPLATES[kind];
  const chosen = paper ?? template.papers[0];
  if (!template.papers.includes(chosen)) throw new RangeError(`${kind} is not laid out for ${chosen} paper`);
  return template.render(input, ctx, chosen);
}
