import type { Fen } from '../money';
import type { ReceiptState } from '../sales/receipt';

/**
 * A receipt line is never refunded beyond the quantity bought, over every
 * visit and counter. The receipt aggregate (shared/domain/sales/receipt.ts)
 * holds what was refunded so far; this checks a new return against it.
 */
export interface ReturnedLine {
  readonly sku: string;
  readonly quantityBought: number;
  readonly unitPriceFen: Fen;
  readonly quantity: number;
}

export type LineCheck =
  | { readonly ok: true; readonly known: boolean }
  /** The receipt recorded this line before with another quantity bought or price. */
  | { readonly ok: false; readonly reason: 'lineMismatch'; readonly quantityBought: number; readonly unitPriceFen: Fen }
  | { readonly ok: false; readonly reason: 'beyondBought'; readonly left: number; readonly bought: number };

export function checkReturnedLine(receipt: ReceiptState | undefined, line: ReturnedLine, refunding: boolean): LineCheck {
  const known = receipt?.lines[line.sku];
  if (known && (known.quantityBought !== line.quantityBought || known.unitPriceFen !== line.unitPriceFen)) {
    return { ok: false, reason: 'lineMismatch', quantityBought: known.quantityBought, unitPriceFen: known.unitPriceFen };
  }
  const bought = known?.quantityBought ?? line.quantityBought;
  const left = bought - (known?.refundedQuantity ?? 0);
  if (refunding && line.quantity > left) return { ok: false, reason: 'beyondBought', left: Math.max(0, left), bought };
  return { ok: true, known: known !== undefined };
}

/** Index of the first line whose SKU repeats an earlier line: one line per SKU keeps the receipt check exact. */
export function duplicateSkuIndex(lines: readonly { readonly sku: string }[]): number {
  const seen = new Set<string>();
  for (const [i, line] of lines.entries()) {
    if (seen.has(line.sku)) return i;
    seen.add(line.sku);
  }
  return -1;
}
