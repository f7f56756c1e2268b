import type { IsoDate } from '../calendar/days';

function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

/**
 * The customers of a period, for the complaint rate per 10,000: the store
 * records one count a month (from the tills), so a day or a week takes its
 * month's count pro rata by days (a week across two months takes from each).
 * Undefined when a month of the period has no count: a rate from half the
 * customers would be wrong, so the report shows "—" and says why.
 */
export function periodCustomers(days: readonly IsoDate[], counts: Readonly<Record<string, number>> | undefined): number | undefined {
  let customers = 0;
  for (const day of days) {
    const month = day.slice(0, 7);
    const count = counts?.[month];
    if (count === undefined || count <= 0) return undefined;
    customers += count / daysInMonth(month);
  }
  return days.length > 0 ? Math.round(customers) : undefined;
}
