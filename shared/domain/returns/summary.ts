import { toCsv, type CsvRow } from '../csv';
import { formatYuan, type Fen } from '../money';
import { monthRange } from './days';
import { isTakenBack } from './policy';
import type { ReturnFact } from './facts';
import { RETURN_OUTCOMES, RETURN_REASONS, type ReturnOutcome, type ReturnReason } from './types';

/**
 * 按月汇总: a store-local month of returns for the product department.
 *
 * What counts: returns registered in the month (store-local calendar) whose
 * goods came back (outcome refund or exchange). Reversed returns are left
 * out (a reversal says the return did not happen); repairs and refusals are
 * only counted by outcome, since no goods came back.
 *
 * Amounts are the goods' value (line amounts, before gift deductions).
 */
export interface AmountBand {
  readonly code: string;
  /** Inclusive lower bound in fen. */
  readonly fromFen: Fen;
  /** Exclusive upper bound in fen; undefined = no upper bound. */
  readonly toFen?: Fen | undefined;
}

/** <50, 50–200, 200–1000, ≥1000 yuan: a return of exactly 50.00 yuan is in the second band. */
export const AMOUNT_BANDS: readonly AmountBand[] = [
  { code: 'under50', fromFen: 0, toFen: 5_000 },
  { code: 'from50', fromFen: 5_000, toFen: 20_000 },
  { code: 'from200', fromFen: 20_000, toFen: 100_000 },
  { code: 'from1000', fromFen: 100_000 },
];

/**
 * A batch return worth the product department's cause analysis:
 * - the same SKU returned in `skuUnits` or more units over the month (a
 *   product problem: many customers bring the same thing back), or
 * - one return of `returnUnits` or more units (a bulk buyer, or goods bought
 *   to be returned).
 * Both are listed, largest first.
 */
export interface BatchRule {
  readonly skuUnits: number;
  readonly returnUnits: number;
}

export const DEFAULT_BATCH_RULE: BatchRule = { skuUnits: 10, returnUnits: 5 };

export interface SummaryRow {
  readonly key: string;
  /** Returns holding this key (a return with lines in two categories counts in both). */
  readonly returns: number;
  readonly units: number;
  readonly amountFen: Fen;
}

export type BatchFlag =
  | {
      readonly kind: 'sku';
      readonly sku: string;
      readonly name: string;
      readonly category: string;
      readonly units: number;
      readonly amountFen: Fen;
      readonly returns: number;
      readonly numbers: readonly string[];
    }
  | {
      readonly kind: 'return';
      readonly number: string;
      readonly receiptNo?: string | undefined;
      readonly units: number;
      readonly amountFen: Fen;
      readonly reason: ReturnReason;
    };

export interface MonthlySummary {
  readonly month: string;
  readonly start: number;
  readonly end: number;
  readonly returns: number;
  readonly units: number;
  readonly totalFen: Fen;
  /** Paid back to customers (refunds only, after gift deductions). */
  readonly refundFen: Fen;
  readonly byReason: readonly SummaryRow[];
  readonly byCategory: readonly SummaryRow[];
  readonly byBand: readonly SummaryRow[];
  /** Every non-reversed record of the month by outcome, including repairs and refusals. */
  readonly byOutcome: Readonly<Record<ReturnOutcome, number>>;
  /** Reversed records of the month, left out of the figures. */
  readonly reversed: number;
  readonly batches: readonly BatchFlag[];
  readonly rule: BatchRule;
}

interface Tally {
  returns: number;
  units: number;
  amountFen: Fen;
}

function add(map: Map<string, Tally>, key: string, units: number, amountFen: Fen, newReturn: boolean): void {
  const t = map.get(key);
  if (!t) {
    map.set(key, { returns: newReturn ? 1 : 0, units, amountFen });
    return;
  }
  t.returns += newReturn ? 1 : 0;
  t.units += units;
  t.amountFen += amountFen;
}

/** One SKU's month; `numbers` gets each return once, since a return's lines come one after another. */
interface SkuTally {
  readonly name: string;
  readonly category: string;
  units: number;
  amountFen: Fen;
  readonly numbers: string[];
}

/** A return counts once in a category: with the first of its lines there. */
function isFirstOfCategory(lines: ReturnFact['lines'], at: number): boolean {
  for (let i = 0; i < at; i += 1) if (lines[i]![2] === lines[at]![2]) return false;
  return true;
}

function rows(map: Map<string, Tally>, order?: readonly string[]): SummaryRow[] {
  const keys = order ?? [...map.keys()].sort((a, b) => map.get(b)!.amountFen - map.get(a)!.amountFen || (a < b ? -1 : 1));
  return keys.map((key) => ({ key, ...(map.get(key) ?? { returns: 0, units: 0, amountFen: 0 }) }));
}

export function bandOf(amountFen: Fen): AmountBand {
  return AMOUNT_BANDS.find((b) => amountFen >= b.fromFen && (b.toFen === undefined || amountFen < b.toFen)) ?? AMOUNT_BANDS[0]!;
}

export function summarizeMonth(
  records: Iterable<ReturnFact>,
  month: string,
  timeZone: string,
  rule: BatchRule = DEFAULT_BATCH_RULE,
): MonthlySummary {
  const { start, end } = monthRange(month, timeZone);
  return { month, ...summarizeBetween(records, start, end, rule) };
}

/** The same summary over the returns registered in [start, end): a day or a week for the supervisor's reports. */
export function summarizeBetween(records: Iterable<ReturnFact>, start: number, end: number, rule: BatchRule = DEFAULT_BATCH_RULE): Omit<MonthlySummary, 'month'> {
  const byReason = new Map<string, Tally>();
  const byCategory = new Map<string, Tally>();
  const byBand = new Map<string, Tally>();
  const bySku = new Map<string, SkuTally>();
  const byOutcome = Object.fromEntries(RETURN_OUTCOMES.map((o) => [o, 0])) as Record<ReturnOutcome, number>;
  const single: BatchFlag[] = [];
  let returns = 0;
  let units = 0;
  let totalFen = 0;
  let refundFen = 0;
  let reversed = 0;
  for (const r of records) {
    if (r.registeredAt < start || r.registeredAt >= end) continue;
    if (r.status === 'reversed') {
      reversed += 1;
      continue;
    }
    byOutcome[r.outcome] += 1;
    if (!isTakenBack(r.outcome)) continue;
    const returnUnits = r.lines.reduce((n, [, , , quantity]) => n + quantity, 0);
    returns += 1;
    units += returnUnits;
    totalFen += r.totalFen;
    refundFen += r.refundFen;
    add(byReason, r.reason, returnUnits, r.totalFen, true);
    add(byBand, bandOf(r.totalFen).code, returnUnits, r.totalFen, true);
    for (let i = 0; i < r.lines.length; i += 1) {
      const [code, name, category, quantity, amountFen] = r.lines[i]!;
      add(byCategory, category, quantity, amountFen, isFirstOfCategory(r.lines, i));
      let sku = bySku.get(code);
      if (!sku) {
        sku = { name, category, units: 0, amountFen: 0, numbers: [] };
        bySku.set(code, sku);
      }
      sku.units += quantity;
      sku.amountFen += amountFen;
      if (sku.numbers[sku.numbers.length - 1] !== r.number) sku.numbers.push(r.number);
    }
    if (returnUnits >= rule.returnUnits) {
      single.push({ kind: 'return', number: r.number, receiptNo: r.receiptNo, units: returnUnits, amountFen: r.totalFen, reason: r.reason });
    }
  }
  const skuFlags: BatchFlag[] = [...bySku.entries()]
    .filter(([, s]) => s.units >= rule.skuUnits)
    .map(([sku, s]) => ({ kind: 'sku', sku, name: s.name, category: s.category, units: s.units, amountFen: s.amountFen, returns: s.numbers.length, numbers: s.numbers.sort() }));
  const key = (b: BatchFlag) => (b.kind === 'sku' ? b.sku : b.number);
  const batches = [...skuFlags, ...single].sort((a, b) => b.units - a.units || b.amountFen - a.amountFen || (key(a) < key(b) ? -1 : 1));
  return {
    start,
    end,
    returns,
    units,
    totalFen,
    refundFen,
    byReason: rows(byReason, RETURN_REASONS),
    byCategory: rows(byCategory),
    byBand: rows(byBand, AMOUNT_BANDS.map((b) => b.code)),
    byOutcome,
    reversed,
    batches,
    rule,
  };
}

/** Names for the CSV, in the reader's language (the caller's texts: shared/ has none). */
export interface SummaryCsvLabels {
  readonly header: readonly [section: string, key: string, name: string, returns: string, units: string, amountYuan: string];
  readonly section: (section: 'total' | 'reason' | 'category' | 'band' | 'batchSku' | 'batchReturn') => string;
  readonly name: (section: 'reason' | 'category' | 'band', key: string) => string;
}

/** The summary as CSV (UTF-8 with BOM, amounts in yuan with two decimals). */
export function summaryCsv(s: MonthlySummary, labels: SummaryCsvLabels): string {
  const out: CsvRow[] = [[labels.section('total'), s.month, '', s.returns, s.units, formatYuan(s.totalFen)]];
  const section = (name: 'reason' | 'category' | 'band', list: readonly SummaryRow[]) => {
    for (const r of list) out.push([labels.section(name), r.key, labels.name(name, r.key), r.returns, r.units, formatYuan(r.amountFen)]);
  };
  section('reason', s.byReason);
  section('category', s.byCategory);
  section('band', s.byBand);
  for (const b of s.batches) {
    out.push(
      b.kind === 'sku'
        ? [labels.section('batchSku'), b.sku, b.name, b.returns, b.units, formatYuan(b.amountFen)]
        : [labels.section('batchReturn'), b.number, labels.name('reason', b.reason), 1, b.units, formatYuan(b.amountFen)],
    );
  }
  return toCsv(labels.header, out);
}
