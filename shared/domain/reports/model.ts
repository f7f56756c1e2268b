import type { DeskArea } from './areas';
import type { ReportPeriod } from './period';

/**
 * The supervisor's report (报表) as one model: sections of labelled figures,
 * tables and charts. The screen, the A4 print, the CSV and the XLSX are all
 * drawn from it, so each shows the same figures; it is built from small
 * rows only, so the head office can build it from rows read through sync.
 * Labels are bilingual like the printouts: a screen shows its language,
 * paper shows both.
 */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** How a value reads: a count, a percent (0–100), hours, a score on a scale, per 10,000 customers, yuan. */
export type FigureUnit = 'count' | 'percent' | 'hours' | 'score' | 'per10k' | 'yuan';

export interface Figure {
  readonly id: string;
  readonly label: Label;
  /** undefined when there is nothing to work it out from: shown as "—". */
  readonly value: number | undefined;
  readonly unit: FigureUnit;
  /** The counts behind a share (12 of 15). */
  readonly of?: { readonly part: number; readonly whole: number } | undefined;
  /** The target the figure is held to (a percent), and whether it was reached. */
  readonly target?: { readonly value: number; readonly met: boolean } | undefined;
  /** Top of the scale of a score (4 on an opinion card, 5 on a follow-up). */
  readonly scale?: number | undefined;
}

/** A table cell: a number, a label (an area, a reason, a counter), or nothing ("—"). */
export type Cell = number | Label | undefined;

export interface ReportColumn {
  readonly label: Label;
  readonly unit: FigureUnit | 'label';
}

export interface ReportTable {
  readonly id: string;
  readonly title: Label;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface ChartSeries {
  readonly label: Label;
  readonly values: readonly number[];
}

/** A line for a trend over days, bars for a breakdown; drawn from figures the section's tables also hold. */
export interface ReportChart {
  readonly id: string;
  readonly kind: 'line' | 'bar';
  readonly title: Label;
  readonly categories: readonly Label[];
  readonly series: readonly ChartSeries[];
  readonly unit: FigureUnit;
}

export const SECTION_IDS = ['volumes', 'complaints', 'service', 'satisfaction', 'returns', 'gifts'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface ReportSection {
  readonly id: SectionId;
  readonly title: Label;
  readonly figures: readonly Figure[];
  readonly tables: readonly ReportTable[];
  readonly charts: readonly ReportChart[];
  /** How a figure was worked out where the reader would ask (customers pro rata, store-wide stock). */
  readonly notes: readonly Label[];
}

/** Whole store, or one area and/or one counter. */
export interface ReportScope {
  readonly area?: DeskArea | undefined;
  readonly counter?: string | undefined;
}

export interface SupervisorReport {
  readonly period: ReportPeriod;
  readonly scope: ReportScope;
  readonly generatedAt: number;
  readonly sections: readonly ReportSection[];
}

/** A text that reads the same in both languages: a counter code, a staff number, a product name. */
export const same = (text: string): Label => ({ zh: text, en: text });

export function isLabel(cell: Cell): cell is Label {
  return typeof cell === 'object';
}
