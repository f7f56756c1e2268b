import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entry } from '../../shared/domain/entry';
import { hlcToString } from '../../shared/domain/hlc';
import {
  CALENDAR_RECORD_ID,
  CALENDAR_RECORD_TYPE,
  calendarDataFromChineseDays,
  projectCalendar,
  type CalendarEntry,
} from '../../shared/domain/calendar';
import type { Role } from '../../shared/domain/staff';

const T0 = Date.UTC(2026, 0, 5, 2);

function entry(type: CalendarEntry['type'], data: CalendarEntry['data'], wall: number, counter = 'C1'): CalendarEntry {
  const e: Entry = {
    id: `${counter}-${wall}`,
    recordType: CALENDAR_RECORD_TYPE,
    recordId: CALENDAR_RECORD_ID,
    type,
    schemaVersion: 1,
    store: 'S01',
    counter,
    seq: 1,
    hlc: hlcToString({ wall, logical: 0, node: counter }),
    at: wall,
    by: `staff-${counter}`,
    data,
  };
  return e as CalendarEntry;
}

const y2026 = calendarDataFromChineseDays(undefined, 2026, 2026);
const imported = (role: Role = 'supervisor', wall = T0) =>
  entry('imported', { actorRole: role, source: 'chinese-days@1.5.7', fromYear: 2026, toYear: 2026, ...y2026 }, wall);

describe('the calendar record', () => {
  it('starts with an import; edits before it have nothing to edit', () => {
    expect(projectCalendar([entry('dayMarked', { actorRole: 'supervisor', date: '2026-03-02', kind: 'holiday' }, T0)])).toBeUndefined();
    const cal = projectCalendar([imported()])!;
    expect(cal.calendar.makeUpWorkdays).toContain('2026-10-10');
    expect(cal.hours).toEqual({ start: '09:00', end: '21:00' });
  });

  it('a supervisor marks a day; a clerk or lead cannot (kept as a refusal)', () => {
    const cal = projectCalendar([
      imported(),
      entry('dayMarked', { actorRole: 'supervisor', date: '2026-10-10', kind: 'holiday', note: 'store closed' }, T0 + 1),
      entry('dayMarked', { actorRole: 'clerk', date: '2026-03-02', kind: 'holiday' }, T0 + 2),
      entry('dayMarked', { actorRole: 'lead', date: '2026-03-03', kind: 'holiday' }, T0 + 3),
    ])!;
    expect(cal.calendar.holidays).toContain('2026-10-10');
    expect(cal.calendar.makeUpWorkdays).not.toContain('2026-10-10');
    expect(cal.calendar.holidays).not.toContain('2026-03-02');
    expect(cal.refusals.map((r) => r.reason)).toEqual(['roleNotAllowed', 'roleNotAllowed']);
  });

  it('refuses an import that overlaps, a bad date and bad hours', () => {
    const cal = projectCalendar([
      imported(),
      entry('imported', { actorRole: 'supervisor', source: 'typed', fromYear: 2027, toYear: 2027, holidays: ['2027-01-01'], makeUpWorkdays: ['2027-01-01'] }, T0 + 1),
      entry('dayMarked', { actorRole: 'supervisor', date: '2026-02-30', kind: 'holiday' }, T0 + 2),
      entry('hoursChanged', { actorRole: 'supervisor', start: '22:00', end: '08:00' }, T0 + 3),
      entry('hoursChanged', { actorRole: 'supervisor', start: '08:30', end: '22:00' }, T0 + 4),
    ])!;
    expect(cal.refusals.map((r) => r.reason)).toEqual(['invalidCalendar', 'invalidDate', 'invalidHours']);
    expect(cal.hours).toEqual({ start: '08:30', end: '22:00' });
    expect(cal.calendar.holidays).not.toContain('2027-01-01');
  });

  it('a new year import replaces only that year', () => {
    const cal = projectCalendar([
      imported(),
      entry('imported', { actorRole: 'supervisor', source: 'typed', fromYear: 2027, toYear: 2027, holidays: ['2027-01-01'], makeUpWorkdays: [] }, T0 + 1),
    ])!;
    expect(cal.calendar.holidays).toContain('2027-01-01');
    expect(cal.calendar.holidays).toContain('2026-10-01');
  });

  it('gives the same calendar for any arrival order', () => {
    const entries = [
      imported(),
      entry('dayMarked', { actorRole: 'supervisor', date: '2026-10-10', kind: 'holiday' }, T0 + 10, 'C2'),
      entry('dayMarked', { actorRole: 'supervisor', date: '2026-10-10', kind: 'regular' }, T0 + 20, 'C1'),
      entry('hoursChanged', { actorRole: 'supervisor', start: '08:00', end: '20:00' }, T0 + 20, 'C3'),
    ];
    const expected = projectCalendar(entries);
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), (shuffled) => {
        expect(projectCalendar(shuffled)).toEqual(expected);
      }),
    );
    expect(expected?.calendar.holidays).not.toContain('2026-10-10');
    expect(expected?.calendar.makeUpWorkdays).not.toContain('2026-10-10');
  });
});
