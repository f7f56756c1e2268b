import { RETURN_RATE_TARGET } from '../surveys/figures';
import { PERIOD_LABELS, R, SHEET } from './labels';
import { isLabel, same, type Cell, type Figure, type FigureUnit, type Label, type ReportColumn, type ReportTable, type SectionId, type SupervisorReport } from './model';
import type { ReportPeriod } from './period';
import { periodText, type Lang, type ReportSheet, type SheetCell } from './sheets';

/** One store's report as the head office lays them side by side. */
export interface StoreOfReport {
  readonly store: string;
  readonly name: string;
  readonly report: SupervisorReport;
}

export const OFFICE = {
  title: { zh: '各店汇总', en: 'Stores' },
  store: { zh: '门店', en: 'Store' },
  storeName: { zh: '店名', en: 'Store name' },
  returnRateMet: { zh: `回收率达标（≥ ${RETURN_RATE_TARGET * 100}%）`, en: `Return rate ≥ ${RETURN_RATE_TARGET * 100}%` },
} as const satisfies Readonly<Record<string, Label>>;

interface KeyFigure {
  readonly section: SectionId;
  readonly figure: string;
  readonly label: Label;
  readonly unit: FigureUnit;
}

/** The key figures of each store, in the order the summary shows them: each one a figure the store's own report holds. */
const KEY_FIGURES: readonly KeyFigure[] = [
  { section: 'volumes', figure: 'entries', label: R.entries, unit: 'count' },
  { section: 'complaints', figure: 'complaints', label: R.complaintsReceived, unit: 'count' },
  { section: 'complaints', figure: 'ratePer10k', label: R.ratePer10k, unit: 'per10k' },
  { section: 'complaints', figure: 'responseOnTime', label: R.responseOnTime, unit: 'percent' },
  { section: 'complaints', figure: 'solutionOnTime', label: R.solutionOnTime, unit: 'percent' },
  { section: 'service', figure: 'firstTimeFix', label: R.firstTimeFix, unit: 'percent' },
  { section: 'satisfaction', figure: 'surveySatisfied', label: R.surveySatisfied, unit: 'percent' },
  { section: 'satisfaction', figure: 'returnRate', label: R.returnRate, unit: 'percent' },
  { section: 'returns', figure: 'returns', label: R.returnsCount, unit: 'count' },
  { section: 'gifts', figure: 'handedOut', label: R.giftsHandedOut, unit: 'count' },
];

function figureOf(report: SupervisorReport, section: SectionId, figure: string): Figure | undefined {
  return report.sections.find((s) => s.id === section)?.figures.find((f) => f.id === figure);
}

/** Whether the survey return rate reached its target; nothing when no survey went out. */
function returnRateStatus(report: SupervisorReport): Label | undefined {
  const target = figureOf(report, 'satisfaction', 'returnRate')?.target;
  return target && (target.met ? SHEET.met : SHEET.missed);
}

/**
 * One row per store of the figures a head office compares: taken from each
 * store's own report, never worked out again (a rate is not summed across
 * stores, so there is no total row).
 */
export function storesSummary(stores: readonly StoreOfReport[]): ReportTable {
  const columns: ReportColumn[] = [
    { label: OFFICE.store, unit: 'label' },
    { label: OFFICE.storeName, unit: 'label' },
    ...KEY_FIGURES.map((k) => ({ label: k.label, unit: k.unit })),
    { label: OFFICE.returnRateMet, unit: 'label' },
  ];
  const rows = stores.map((s): Cell[] => [
    same(s.store),
    same(s.name),
    ...KEY_FIGURES.map((k) => figureOf(s.report, k.section, k.figure)?.value),
    returnRateStatus(s.report),
  ]);
  return { id: 'stores', title: OFFICE.title, columns, rows };
}

/** The summary as a sheet (the XLSX's first), headed by the period like each store's sheets. */
export function summarySheet(summary: ReportTable, period: ReportPeriod, lang: Lang): ReportSheet {
  const rows: SheetCell[][] = [
    [summary.title[lang]],
    [SHEET.period[lang], `${PERIOD_LABELS[period.kind][lang]} ${periodText({ period })}`],
    [],
    summary.columns.map((c) => c.label[lang]),
    ...summary.rows.map((r) => r.map((c) => (isLabel(c) ? c[lang] : c))),
  ];
  return { name: summary.title[lang], rows };
}
