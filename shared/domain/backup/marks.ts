import { MARKER_FORMAT, type CounterMarker, type CounterMarks, type MarkerUpdate } from '../../schema/marker';

/**
 * The highest numbers a counter has handed out: its sequence, and per type
 * and day the last record number. Merging never lowers one. A record number
 * carries its day, so only days that can come round again matter: the marks
 * of the last two months of days are kept (a clock set back by mistake is
 * still covered), older days are dropped to keep the marker small.
 */
export const KEPT_NUMBER_DAYS = 62;

const dayOfKey = (key: string) => key.slice(-6);

export function mergeMarks(a: CounterMarks, b: CounterMarks): CounterMarks {
  const numbers: Record<string, number> = { ...a.numbers };
  for (const [key, n] of Object.entries(b.numbers)) numbers[key] = Math.max(numbers[key] ?? 0, n);
  const days = [...new Set(Object.keys(numbers).map(dayOfKey))].sort().reverse();
  const kept = new Set(days.slice(0, KEPT_NUMBER_DAYS));
  return {
    seq: Math.max(a.seq, b.seq),
    numbers: Object.fromEntries(Object.entries(numbers).filter(([key]) => kept.has(dayOfKey(key)))),
  };
}

/** What a database's marks must be raised to so that no number the marker knows is handed out again (empty when none). */
export function marksToRaise(database: CounterMarks, marker: CounterMarks): CounterMarks {
  return {
    seq: marker.seq > database.seq ? marker.seq : 0,
    numbers: Object.fromEntries(Object.entries(marker.numbers).filter(([key, n]) => n > (database.numbers[key] ?? 0))),
  };
}

export function hasMarks(marks: CounterMarks): boolean {
  return marks.seq > 0 || Object.keys(marks.numbers).length > 0;
}

/**
 * The marker after a counter reported its marks: raised, never lowered. A
 * report of another store or counter starts a new marker (this PC was set
 * up anew, the old marker removed or unreadable).
 */
export function nextMarker(current: CounterMarker | undefined, update: MarkerUpdate, now: number): CounterMarker {
  const same = current && current.store === update.store && current.counter === update.counter ? current : undefined;
  const marks = mergeMarks(same ?? { seq: 0, numbers: {} }, update);
  return { format: MARKER_FORMAT, store: update.store, counter: update.counter, setUpAt: same?.setUpAt ?? now, updatedAt: now, ...marks };
}
