import type { DeskFact } from '../dayLog/facts';
import { areaOfFact, DESK_AREAS, type DeskArea } from './areas';
import { AREA_LABELS, R, SECTION_TITLES } from './labels';
import { same, type ReportScope, type ReportSection } from './model';
import type { ReportPeriod } from './period';

/**
 * 业务量: entries per area and counter, a line of entries per day and bars
 * per area (per counter when one area is picked), counted from the day
 * facts (a month is a few thousand small rows, not its entries).
 */
export function volumeSection(facts: readonly DeskFact[], period: ReportPeriod, scope: ReportScope): ReportSection {
  const areas: readonly DeskArea[] = scope.area ? [scope.area] : DESK_AREAS;
  const byDay = new Map<string, number>(period.days.map((d) => [d, 0]));
  const byCounter = new Map<string, Record<DeskArea, number>>();
  const byArea = Object.fromEntries(DESK_AREAS.map((a) => [a, 0])) as Record<DeskArea, number>;
  let total = 0;
  for (const f of facts) {
    const area = areaOfFact(f);
    if (!byDay.has(f.day) || (scope.area && area !== scope.area) || (scope.counter && f.counter !== scope.counter)) continue;
    byDay.set(f.day, byDay.get(f.day)! + f.count);
    let row = byCounter.get(f.counter);
    if (!row) {
      row = Object.fromEntries(DESK_AREAS.map((a) => [a, 0])) as Record<DeskArea, number>;
      byCounter.set(f.counter, row);
    }
    row[area] += f.count;
    byArea[area] += f.count;
    total += f.count;
  }
  const counters = [...byCounter.keys()].sort();
  const counterTotal = (c: string) => areas.reduce((n, a) => n + byCounter.get(c)![a], 0);
  return {
    id: 'volumes',
    title: SECTION_TITLES.volumes,
    figures: [
      { id: 'entries', label: R.entries, value: total, unit: 'count' },
      ...(scope.area ? [] : DESK_AREAS.map((a) => ({ id: `entries.${a}`, label: AREA_LABELS[a], value: byArea[a], unit: 'count' as const }))),
    ],
    tables: [
      {
        id: 'byCounter',
        title: R.byCounter,
        columns: [{ label: R.counter, unit: 'label' }, ...areas.map((a) => ({ label: AREA_LABELS[a], unit: 'count' as const })), ...(scope.area ? [] : [{ label: R.total, unit: 'count' as const }])],
        rows: [
          ...counters.map((c) => [same(c), ...areas.map((a) => byCounter.get(c)![a]), ...(scope.area ? [] : [counterTotal(c)])]),
          [R.total, ...areas.map((a) => byArea[a]), ...(scope.area ? [] : [total])],
        ],
      },
      {
        id: 'byDay',
        title: R.byDay,
        columns: [
          { label: R.day, unit: 'label' },
          { label: R.entries, unit: 'count' },
        ],
        rows: period.days.map((d) => [same(d), byDay.get(d)!]),
      },
    ],
    charts: [
      { id: 'trend', kind: 'line', title: R.trend, categories: period.days.map((d) => same(d.slice(5))), series: [{ label: R.entries, values: period.days.map((d) => byDay.get(d)!) }], unit: 'count' },
      scope.area
        ? { id: 'byCounter', kind: 'bar', title: R.byCounterChart, categories: counters.map(same), series: [{ label: AREA_LABELS[scope.area], values: counters.map(counterTotal) }], unit: 'count' }
        : { id: 'byArea', kind: 'bar', title: R.byArea, categories: DESK_AREAS.map((a) => AREA_LABELS[a]), series: [{ label: R.entries, values: DESK_AREAS.map((a) => byArea[a]) }], unit: 'count' },
    ],
    notes: [],
  };
}
