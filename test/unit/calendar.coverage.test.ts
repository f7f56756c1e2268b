import { describe, expect, it } from 'vitest';
import { missingCalendarYear } from '../../shared/domain/calendar/coverage';
import { calendarDataFromChineseDays } from '../../shared/domain/calendar/chineseDays';
import { toWorkingCalendar } from '../../shared/domain/calendar/types';

const official = toWorkingCalendar(calendarDataFromChineseDays(undefined, 2025, 2026));

describe('missingCalendarYear', () => {
  it('asks for the coming year from November, not before', () => {
    expect(missingCalendarYear(official, '2026-10-31')).toBeUndefined();
    expect(missingCalendarYear(official, '2026-11-01')).toBe(2027);
    expect(missingCalendarYear(official, '2026-12-31')).toBe(2027);
  });

  it('asks for this year first when it has no holidays at all', () => {
    expect(missingCalendarYear(official, '2027-01-04')).toBe(2027);
    expect(missingCalendarYear(toWorkingCalendar({ holidays: [], makeUpWorkdays: [] }), '2026-03-01')).toBe(2026);
  });

  it('is satisfied once the coming year has its days', () => {
    const entered = toWorkingCalendar({ holidays: [...official.holidays, '2027-01-01'], makeUpWorkdays: [...official.makeUpWorkdays] });
    expect(missingCalendarYear(entered, '2026-11-25')).toBeUndefined();
  });
});
