import type { Cell, Figure, FigureUnit } from './model';
import { isLabel } from './model';
import type { Lang } from './sheets';

const NONE = '—';

/** A number as the screen and the paper show it: yuan with two decimals, a percent with its sign. */
export function valueText(value: number | undefined, unit: FigureUnit | 'label'): string {
  if (value === undefined) return NONE;
  if (unit === 'yuan') return value.toFixed(2);
  if (unit === 'percent') return `${value}%`;
  return String(value);
}

/** A figure's value with what stands behind it: "66.7%（2 / 3）", "3.5 / 4". */
export function figureText(f: Figure): string {
  const text = valueText(f.value, f.unit);
  if (f.value !== undefined && f.of) return `${text}（${f.of.part} / ${f.of.whole}）`;
  if (f.value !== undefined && f.scale !== undefined) return `${text} / ${f.scale}`;
  return text;
}

export function cellText(cell: Cell, unit: FigureUnit | 'label', lang: Lang): string {
  return isLabel(cell) ? cell[lang] : valueText(cell, unit);
}
