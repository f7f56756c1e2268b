import type { DayLogLine } from './lines';

/** What the supervisor narrows a day's log to; '' = every area / staff member / counter / action. */
export interface DayLogFilter {
  readonly area: string;
  readonly staffNo: string;
  readonly counter: string;
  readonly action: string;
}

export const NO_FILTER: DayLogFilter = { area: '', staffNo: '', counter: '', action: '' };

/** The lines the filter keeps: staff matches who did it or who approved it. */
export function filterDayLog(lines: readonly DayLogLine[], f: DayLogFilter): DayLogLine[] {
  return lines.filter(
    (l) =>
      (!f.area || l.area === f.area) &&
      (!f.staffNo || l.staffNo === f.staffNo || l.approvedBy === f.staffNo) &&
      (!f.counter || l.counter === f.counter) &&
      (!f.action || l.action === f.action),
  );
}

/** What the pickers offer for a day: the staff, counters and actions in its lines, sorted. */
export interface DayLogChoices {
  readonly staffNos: readonly string[];
  readonly counters: readonly string[];
  readonly actions: readonly string[];
}

/** The day's choices; the chosen filter stays a choice even on a day where it has no lines. */
export function dayLogChoices(lines: readonly DayLogLine[], chosen: DayLogFilter): DayLogChoices {
  const staff = new Set<string>();
  const counters = new Set<string>();
  const actions = new Set<string>();
  for (const l of lines) {
    staff.add(l.staffNo);
    if (l.approvedBy) staff.add(l.approvedBy);
    counters.add(l.counter);
    actions.add(l.action);
  }
  if (chosen.staffNo) staff.add(chosen.staffNo);
  if (chosen.counter) counters.add(chosen.counter);
  if (chosen.action) actions.add(chosen.action);
  return { staffNos: [...staff].sort(), counters: [...counters].sort(), actions: [...actions].sort() };
}
