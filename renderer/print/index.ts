import type { LockerDoor } from '../../shared/domain/storage/lockers';
import type { LostItem } from '../../shared/domain/storage/lostFound';
import type { StorageItem } from '../../shared/domain/storage/types';
import { PAPERS_BY_KIND, type PaperSize, type PrintKind } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderLockerOpeningSlip, type LockerOpening } from './lockerOpeningSlip';
import { renderLostItemSlip } from './lostItemSlip';
import { renderOvernightList } from './overnightList';
import { renderStorageTicket } from './storageTicket';

export type { PrintContext, PrintOutput } from './context';
export type { LockerOpening } from './lockerOpeningSlip';
export { renderPrintDocument, type PrintDocumentInput } from './document';
export { renderStorageTicket } from './storageTicket';
export { renderLostItemSlip } from './lostItemSlip';
export { renderLockerOpeningSlip } from './lockerOpeningSlip';
export { renderOvernightList, overnightListNumber } from './overnightList';
export { PAPERS, paperSpec, type PaperSpec } from './paper';
export { maskPhone } from './format';

/** What each kind of printout is made from. */
export interface PrintInputs {
  readonly storageTicket: { readonly item: StorageItem; readonly overdueDays?: number | undefined };
  readonly lostItemSlip: { readonly item: LostItem };
  readonly lockerOpeningSlip: { readonly door: LockerDoor; readonly opening?: LockerOpening | undefined };
  readonly overnightList: { readonly items: readonly StorageItem[]; readonly overdueDays?: number | undefined };
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
};

/** Renders any kind on its default paper, or on the paper the printer route gives when the layout supports it. */
export function renderPrint<K extends PrintKind>(kind: K, input: PrintInputs[K], ctx: PrintContext, paper?: PaperSize): PrintOutput {
  const template: PrintTemplate<PrintInputs[K]> = PRINT_TEMPLATES[kind];
  const chosen = paper ?? template.papers[0];
  if (!template.papers.includes(chosen)) throw new RangeError(`${kind} is not laid out for ${chosen} paper`);
  return template.render(input, ctx, chosen);
}
