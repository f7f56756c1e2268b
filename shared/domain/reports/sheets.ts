import { toCsv, type CsvRow } from '../csv';
import { AREA_LABELS, PERIOD_LABELS, REPORT_TITLE, SHEET, UNIT_LABELS } from './labels';
import { isLabel, type Cell, type Figure, type Label, type SupervisorReport } from './model';

/** Which of a label's two texts a file is written in: the screen's language. */
export type Lang = keyof Label;

export type SheetCell = string | number | undefined;

/** One section as rows of cells, numbers kept as numbers: a CSV part and an XLSX sheet are written from the same rows. */
export interface ReportSheet {
  readonly name: string;
  readonly rows: readonly (readonly SheetCell[])[];
}

export function periodText(report: Pick<SupervisorReport, 'period'>): string {
  const { period } = report;
  return period.from === period.to ? period.key : `${period.key} (${period.from} – ${period.to})`;
}

export function scopeText(report: SupervisorReport, lang: Lang): string {
  const { area, counter } = report.scope;
  return `${area ? AREA_LABELS[area][lang] : SHEET.wholeStore[lang]} · ${counter ?? SHEET.allCounters[lang]}`;
}

/** "达标" / "OK" when the target was reached; "" when the figure has none (or nothing to judge). */
export function statusText(figure: Figure, lang: Lang): string {
  if (!figure.target) return '';
  return figure.target.met ? SHEET.met[lang] : SHEET.missed[lang];
}

export function unitText(figure: Pick<Figure, 'unit' | 'scale'>, lang: Lang): string {
  const unit = UNIT_LABELS[figure.unit][lang];
  return figure.scale === undefined ? unit : `${unit} (${SHEET.scaleOf[lang]} ${figure.scale})`.trim();
}

const cellText = (cell: Cell, lang: Lang): SheetCell => (isLabel(cell) ? cell[lang] : cell);

/** The report as sheets, one per section: its figures, then each of its tables (the charts draw from these). */
export function reportSheets(report: SupervisorReport, lang: Lang): ReportSheet[] {
  return report.sections.map((section) => {
    const rows: SheetCell[][] = [
      [section.title[lang]],
      [SHEET.period[lang], `${PERIOD_LABELS[report.period.kind][lang]} ${periodText(report)}`],
      [SHEET.scope[lang], scopeText(report, lang)],
      [],
      [SHEET.item[lang], SHEET.value[lang], SHEET.unit[lang], SHEET.part[lang], SHEET.whole[lang], SHEET.target[lang], SHEET.status[lang]],
      ...section.figures.map((f) => [f.label[lang], f.value, unitText(f, lang), f.of?.part, f.of?.whole, f.target?.value, statusText(f, lang)]),
    ];
    for (const table of section.tables) {
      rows.push([], [table.title[lang]], table.columns.map((c) => c.label[lang]));
      for (const r of table.rows) rows.push(r.map((c) => cellText(c, lang)));
    }
    for (const note of section.notes) rows.push([], [note[lang]]);
    return { name: section.title[lang], rows };
  });
}

/** The whole report in one CSV (UTF-8 with BOM for Excel): the sheets one after another. */
export function reportCsv(report: SupervisorReport, lang: Lang): string {
  const rows: CsvRow[] = [];
  for (const sheet of reportSheets(report, lang)) rows.push([], ...sheet.rows);
  return toCsv([REPORT_TITLE[lang], periodText(report)], rows);
}
