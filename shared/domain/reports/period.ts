import { addDays, datesBetween, isIsoDate, weekdayOf, type IsoDate } from '../calendar/days';
import { dayRange } from '../clock';

/** What a report covers: one store day, an ISO week (Monday first) or a calendar month. */
export const PERIOD_KINDS = ['day', 'week', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportPeriod {
  readonly kind: PeriodKind;
  /** First and last store-local day, both included. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Every day of the period, in order: the trend's points. */
  readonly days: readonly IsoDate[];
  /** The instants [start, end) of those days in the store's zone, for index ranges. */
  readonly start: number;
  readonly end: number;
  /** yyyy-MM-dd, yyyy-Www (ISO week) or yyyy-MM: names the printout and the files. */
  readonly key: string;
}

/** The ISO week of a date: the week belongs to the year its Thursday falls in. */
export function isoWeekOf(date: IsoDate): { readonly year: number; readonly week: number; readonly monday: IsoDate } {
  const mondayOf = (d: IsoDate) => addDays(d, -((weekdayOf(d) + 6) % 7));
  const monday = mondayOf(date);
  const year = Number(addDays(monday, 3).slice(0, 4));
  // Week 1 is the week that holds 4 January.
  const firstMonday = mondayOf(`${year}-01-04`);
  return { year, week: (datesBetween(firstMonday, monday).length - 1) / 7 + 1, monday };
}

function lastOfMonth(date: IsoDate): IsoDate {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The day, week or month that holds `date`; undefined for a date that is not real. */
export function reportPeriod(kind: PeriodKind, date: IsoDate, timeZone: string): ReportPeriod | undefined {
  if (!isIsoDate(date)) return undefined;
  let from = date;
  let to = date;
  let key = date;
  if (kind === 'week') {
    const w = isoWeekOf(date);
    from = w.monday;
    to = addDays(w.monday, 6);
    key = `${w.year}-W${String(w.week).padStart(2, '0')}`;
  } else if (kind === 'month') {
    from = `${date.slice(0, 7)}-01`;
    to = lastOfMonth(date);
    key = date.slice(0, 7);
  }
  const first = dayRange(from, timeZone);
  const last = dayRange(to, timeZone);
  if (!first || !last) return undefined;
  return { kind, from, to, days: datesBetween(from, to), start: first.from, end: last.to, key };
}
