/** How the technicians' reports show their figures, the same on screen, on paper and in the CSV. */

/** Minutes as hours with one decimal: 135 → 2.3. */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

/** An opinion average to one decimal; undefined (no card) stays undefined. */
export function scoreOf(average: number | undefined): number | undefined {
  return average === undefined ? undefined : Math.round(average * 10) / 10;
}

/** The parts used most, by quantity then name: the monthly view lists the first few. */
export function topParts(parts: ReadonlyMap<string, number>, count = 5): [name: string, quantity: number][] {
  return [...parts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, count);
}
