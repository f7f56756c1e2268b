import { dayRange, storeDay } from '../../../shared/domain/clock';
import { correctionDay, isLateForClose, isLockedByClose, mayCorrect } from '../../../shared/domain/dayClose/lock';
import type { Entry, RecordType } from '../../../shared/domain/entry';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';

/** Whether the store-local day of `now` is signed (the write path reads it once, with the other rows a write starts from). */
export async function isDayClosed(db: DeskDatabase, now: number, timeZone: string): Promise<boolean> {
  return (await db.dayCloses.get(storeDay(now, timeZone))) !== undefined;
}

/**
 * The write path's check of a signed day: business on a closed day
 * (`todayClosed`, read by the write) is refused; a reversal of work from a
 * closed earlier day is stamped as its correction.
 */
export async function dayCloseStamp(
  db: DeskDatabase,
  draft: { readonly recordType: RecordType; readonly recordId: string; readonly type: string },
  now: number,
  timeZone: string,
  todayClosed: boolean,
): Promise<string | undefined> {
  if (!isLockedByClose(draft.recordType)) return undefined;
  const today = storeDay(now, timeZone);
  if (todayClosed) throw new DeskError('error.dayClosed', undefined, { day: today });
  if (!mayCorrect(draft)) return undefined;
  const made = await db.entries.where('[recordType+recordId]').equals([draft.recordType, draft.recordId]).first();
  if (!made) return undefined;
  const recordDay = storeDay(made.at, timeZone);
  const closed = recordDay < today && (await db.dayCloses.get(recordDay)) !== undefined;
  return correctionDay(draft, recordDay, today, () => closed);
}

/**
 * Flags entries of closed days that the close did not count (a late sync),
 * and, when a close arrives, the entries of its day this copy already held
 * beyond it: the same entries end up flagged on every copy.
 */
export async function flagLateEntries(db: DeskDatabase, fresh: readonly Entry[], timeZone: string, now: number): Promise<void> {
  const byDay = new Map<string, Entry[]>();
  for (const e of fresh) {
    if (e.recordType === 'dayClose') continue;
    const day = storeDay(e.at, timeZone);
    const list = byDay.get(day);
    if (list) list.push(e);
    else byDay.set(day, [e]);
  }
  for (const closeEntry of fresh.filter((e) => e.recordType === 'dayClose')) {
    byDay.set(closeEntry.recordId, await entriesOfDay(db, closeEntry.recordId, timeZone));
  }
  for (const [day, entries] of byDay) {
    const close = await db.dayCloses.get(day);
    if (!close) continue;
    const late = entries.filter((e) => isLateForClose(e, close));
    const known = new Set((await db.lateEntries.bulkGet(late.map((e) => e.id))).flatMap((row) => (row ? [row.id] : [])));
    await db.lateEntries.bulkPut(
      late.filter((e) => !known.has(e.id)).map((e) => ({ id: e.id, day, counter: e.counter, seq: e.seq, action: `${e.recordType}.${e.type}`, at: e.at, arrivedAt: now })),
    );
  }
}

/** Every entry this copy holds of a store-local day, any counter. */
export async function entriesOfDay(db: DeskDatabase, day: string, timeZone: string): Promise<Entry[]> {
  const range = dayRange(day, timeZone);
  return range ? db.entries.where('at').between(range.from, range.to, true, false).toArray() : [];
}
