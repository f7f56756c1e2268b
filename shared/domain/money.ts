import { halfWidthDigits } from './typedDigits';

/**
 * Money is integer fen (分) everywhere: never floating point. Amounts are
 * typed by clerks as yuan with at most two decimals.
 */
export type Fen = number;

/** Decimal digits only, thousands commas only between groups of three: "0x3", "1e3" and "1,0,0" are not amounts. */
const YUAN_PATTERN = /^(\d{1,9}|\d{1,3}(?:,\d{3}){1,2})(?:\.(\d{1,2}))?$/;

/**
 * "12.5" -> 1250, "¥1,299.50" and full-width "１２.５" too; undefined for
 * anything that is not a non-negative amount with at most two decimals.
 */
export function parseYuan(text: string): Fen | undefined {
  const m = YUAN_PATTERN.exec(halfWidthDigits(text).replace(/^[¥￥]/, ''));
  if (!m) return undefined;
  return Number(m[1]!.replace(/,/g, '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 1250 -> "12.50" */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Line amount: quantity x unit price, exact. */
export function lineAmount(quantity: number, unitPriceFen: Fen): Fen {
  return quantity * unitPriceFen;
}

export function sumFen(amounts: Iterable<Fen>): Fen {
  let total = 0;
  for (const a of amounts) total += a;
  return total;
}
