import type { Figure, Label } from './model';

/** A share as a percent with one decimal (2 of 3 = 66.7); undefined with nothing to divide by. */
export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : undefined;
}

/** A mean to one decimal; undefined with nothing counted. */
export function mean(sum: number, count: number): number | undefined {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : undefined;
}

/** A share as a figure, with the counts behind it and, when given, the target it must reach (a percent). */
export function shareFigure(id: string, label: Label, part: number, whole: number, target?: number): Figure {
  const value = percent(part, whole);
  return {
    id,
    label,
    value,
    unit: 'percent',
    of: { part, whole },
    // Decided on the exact share: 79.96% rounds to 80.0 on paper but has not reached 80%.
    target: target === undefined || whole === 0 ? undefined : { value: target, met: part * 100 >= target * whole },
  };
}
