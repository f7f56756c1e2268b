import { marksToRaise } from '../../../shared/domain/backup/marks';
import { NUMBER_KEY_PATTERN, type CounterMarks } from '../../../shared/schema/marker';
import type { DeskDatabase } from '../database';
import { readCounterClock, type WriteTx } from '../writePath';

/** The counter's sequence and every daily number key as this database holds them. */
export async function readDatabaseMarks(db: DeskDatabase): Promise<CounterMarks> {
  const [clock, rows] = await Promise.all([readCounterClock(db), db.meta.where('key').startsWith('seq:').toArray()]);
  const numbers: Record<string, number> = {};
  for (const { key, value } of rows) if (NUMBER_KEY_PATTERN.test(key) && typeof value === 'number' && Number.isInteger(value) && value >= 1) numbers[key] = value;
  return { seq: clock.seq, numbers };
}

/**
 * Inside a write: raises this database's sequence and daily numbers to the
 * marker's (a restored copy is older than what was printed since), so no
 * number already handed out is handed out again. Returns what was raised.
 */
export async function raiseToMarks(tx: WriteTx, marker: CounterMarks): Promise<CounterMarks> {
  const raise = marksToRaise(await readDatabaseMarks(tx.db), marker);
  if (raise.seq > 0) tx.continueSequenceAfter(raise.seq);
  for (const [key, value] of Object.entries(raise.numbers)) tx.keepNumber(key, value);
  return raise;
}
