import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../shared/domain/calendar/days';
import { isoWeekOf, reportPeriod } from '../../shared/domain/reports/period';

const TZ = 'Asia/Shanghai';

describe('report periods', () => {
  it('a day, an ISO week (Monday first) and a month, with their store-local instants', () => {
    expect(reportPeriod('day', '2026-11-25', TZ)).toMatchObject({ from: '2026-11-25', to: '2026-11-25', key: '2026-11-25', start: Date.UTC(2026, 10, 24, 16), end: Date.UTC(2026, 10, 25, 16) });
    expect(reportPeriod('week', '2026-11-29', TZ)).toMatchObject({ from: '2026-11-23', to: '2026-11-29', key: '2026-W48' });
    const month = reportPeriod('month', '2026-02-14', TZ)!;
    expect(month).toMatchObject({ from: '2026-02-01', to: '2026-02-28', key: '2026-02', start: Date.UTC(2026, 0, 31, 16), end: Date.UTC(2026, 1, 28, 16) });
    expect(month.days).toHaveLength(28);
    expect(reportPeriod('month', '2026-02-30', TZ)).toBeUndefined();
  });

  it('weeks at the turn of the year belong to the year of their Thursday', () => {
    expect(isoWeekOf('2026-01-01')).toEqual({ year: 2026, week: 1, monday: '2025-12-29' });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53, monday: '2026-12-28' });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1, monday: '2024-12-30' });
    expect(reportPeriod('week', '2027-01-03', TZ)!.key).toBe('2026-W53');
  });

  it('any day: its week is the seven days Monday to Sunday that hold it, numbered 1–53', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));
    fc.assert(
      fc.property(day, (date) => {
        const p = reportPeriod('week', date, TZ)!;
        expect(p.days).toHaveLength(7);
        expect(weekdayOf(p.from)).toBe(1);
        expect(p.days).toContain(date);
        const { week } = isoWeekOf(date);
        expect(week).toBeGreaterThanOrEqual(1);
        expect(week).toBeLessThanOrEqual(53);
        // The next Monday starts the next week (or week 1).
        const next = isoWeekOf(addDays(p.from, 7)).week;
        expect(next === week + 1 || next === 1).toBe(true);
      }),
    );
  });
});
