import { isIsoDate, type IsoDate } from './days';
import type { WorkingCalendarData, WorkingHours } from './types';

export type CalendarProblem =
  | { readonly kind: 'invalidDate'; readonly list: 'holidays' | 'makeUpWorkdays'; readonly index: number; readonly value: string }
  | { readonly kind: 'overlap'; readonly date: IsoDate };

/** A day may not be a holiday and a make-up working day at once, and every entry must be a real date. */
export function calendarProblems(data: WorkingCalendarData): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  data.holidays.forEach((value, index) => {
    if (!isIsoDate(value)) problems.push({ kind: 'invalidDate', list: 'holidays', index, value });
  });
  data.makeUpWorkdays.forEach((value, index) => {
    if (!isIsoDate(value)) problems.push({ kind: 'invalidDate', list: 'makeUpWorkdays', index, value });
  });
  const holidays = new Set(data.holidays);
  for (const date of new Set(data.makeUpWorkdays)) {
    if (holidays.has(date) && isIsoDate(date)) problems.push({ kind: 'overlap', date });
  }
  return problems;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an HH:mm text, or undefined. */
export function minutesOfDay(hhmm: string): number | undefined {
  const m = HH_MM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export type WorkingHoursProblem = 'invalidTime' | 'endNotAfterStart';

export function workingHoursProblem(hours: WorkingHours): WorkingHoursProblem | undefined {
  const start = minutesOfDay(hours.start);
  const end = minutesOfDay(hours.end);
  if (start === undefined || end === undefined) return 'invalidTime';
  return end > start ? undefined : 'endNotAfterStart';
}
