import type { Fen } from '../money';
import type { ReturnFact } from '../returns/facts';
import { summarizeBetween, type SummaryRow } from '../returns/summary';
import { takenAt } from './counterOf';
import { R, SECTION_TITLES } from './labels';
import type { Cell, Label, ReportSection } from './model';

export interface ReturnNames {
  readonly reason: (code: string) => Label;
  readonly category: (code: string) => Label;
}

const yuan = (fen: Fen) => fen / 100;

const row = (name: Label, r: SummaryRow): Cell[] => [name, r.returns, r.units, yuan(r.amountFen)];

/**
 * 退换货: the returns registered in [start, end) at the store or one
 * counter, by reason and by category, counted by the monthly summary's own
 * rule (summarizeBetween over the return facts).
 */
export function returnSection(facts: readonly ReturnFact[], start: number, end: number, counter: string | undefined, names: ReturnNames): ReportSection {
  const s = summarizeBetween(
    facts.filter((f) => takenAt(f.number, counter)),
    start,
    end,
  );
  const columns = (first: Label) =>
    [
      { label: first, unit: 'label' },
      { label: R.returnsCount, unit: 'count' },
      { label: R.units, unit: 'count' },
      { label: R.amount, unit: 'yuan' },
    ] as const;
  return {
    id: 'returns',
    title: SECTION_TITLES.returns,
    figures: [
      { id: 'returns', label: R.returnsCount, value: s.returns, unit: 'count' },
      { id: 'units', label: R.units, value: s.units, unit: 'count' },
      { id: 'amount', label: R.amount, value: yuan(s.totalFen), unit: 'yuan' },
      { id: 'refunded', label: R.refunded, value: yuan(s.refundFen), unit: 'yuan' },
    ],
    tables: [
      { id: 'byReason', title: R.byReason, columns: columns(R.reason), rows: s.byReason.map((r) => row(names.reason(r.key), r)) },
      { id: 'byCategory', title: R.byCategory, columns: columns(R.category), rows: s.byCategory.map((r) => row(names.category(r.key), r)) },
    ],
    charts: [
      {
        id: 'byReason',
        kind: 'bar',
        title: R.returnsChart,
        categories: s.byReason.map((r) => names.reason(r.key)),
        series: [{ label: R.returnsCount, values: s.byReason.map((r) => r.returns) }],
        unit: 'count',
      },
    ],
    notes: [R.returnsNote],
  };
}
