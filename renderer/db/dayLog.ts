import { dayRange } from '../../shared/domain/clock';
import { dayLogOf, type DayLogLine } from '../../shared/domain/dayLog/lines';
import type { DeskDatabase } from './database';

/**
 * The daily log of a store-local day (yyyy-MM-dd), newest first: every
 * counter's entries of the day (synced ones included) with this counter's
 * audit lines, marked where they came after the day's close. Three indexed
 * reads, whatever the number of lines; [] for a day that is not a date.
 */
export async function dayLogLines(db: DeskDatabase, day: string, timeZone: string): Promise<DayLogLine[]> {
  const range = dayRange(day, timeZone);
  if (!range) return [];
  const [entries, audit, late] = await Promise.all([
    db.entries.where('at').between(range.from, range.to, true, false).toArray(),
    db.audit.where('at').between(range.from, range.to, true, false).toArray(),
    db.lateEntries.where('day').equals(day).primaryKeys(),
  ]);
  return dayLogOf(entries, audit, new Set(late));
}
