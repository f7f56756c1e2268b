import { storeDay } from '../../../shared/domain/clock';
import { checkDayClose, type CounterCheck } from '../../../shared/domain/dayClose/check';
import { DAY_CLOSE_RECORD_TYPE, DAY_CLOSE_SCHEMA_VERSION } from '../../../shared/domain/dayClose/projection';
import type { DayClose, DayClosedData } from '../../../shared/domain/dayClose/types';
import { formatInZone } from '../../../shared/domain/clock';
import { dayCloseInput } from '../../../shared/schema/dayClose';
import { approve, type Approval } from '../approval';
import { countConflicts } from '../conflicts';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { staffNameOf } from '../staffName';
import { requireCommand, writeEntries } from '../writePath';
import { entriesOfDay } from './lock';
import { dayCloseFigures, previousHashes, takeDay } from './figures';

/** What the supervisor sees before signing: the close as it would be signed, and what may not add up. */
export interface DayClosePreview {
  readonly close: DayClosedData;
  /** Conflicts between counters still waiting for a supervisor (any day). */
  readonly conflicts: number;
  /** This counter's entries the sync server has not acknowledged yet. */
  readonly unsynced: number;
}

/** The day as it would be signed now, with what the supervisor should look at first. */
export async function previewDayClose(db: DeskDatabase, day: string, timeZone: string): Promise<DayClosePreview> {
  const figures = async () => dayCloseFigures(db, await takeDay(db, day, timeZone), timeZone, '');
  const [close, conflicts, outbox] = await Promise.all([figures(), countConflicts(db), db.outbox.toArray()]);
  return { close, conflicts, unsynced: outbox.filter((l) => !l.problem).length };
}

/**
 * 日结: the supervisor (signed in, and with number + PIN) signs a day up to
 * today; from then on the day's business is locked. The day is read and
 * hashed first and checked again in the transaction that writes the close
 * (made again there if an entry came meanwhile), so nothing slips between.
 */
export async function closeDay(ctx: DeskContext, raw: unknown, approval: Approval): Promise<DayClose> {
  const parsed = dayCloseInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DeskError(issue?.message ?? 'error.unexpected', String(issue?.path[0] ?? 'day'));
  }
  const { day, notes } = parsed.data;
  const { timeZone } = ctx.session;
  if (day > storeDay(ctx.clock.now(), timeZone)) throw new DeskError('error.dayCloseInFuture', 'day');
  await requireCommand(ctx, 'day.close');
  await refuseClosed(ctx.db, day, timeZone);
  // The PIN's check (Web Crypto, off this thread) and the day's read and hash go together.
  const [approvedBy, taken] = await Promise.all([approve(ctx, approval, 'day.close'), takeDay(ctx.db, day, timeZone)]);
  return writeEntries(ctx, 'day.close', async (tx) => {
    await refuseClosed(tx.db, day, timeZone);
    const data = await dayCloseFigures(tx.db, taken, timeZone, notes);
    await tx.append({
      recordType: DAY_CLOSE_RECORD_TYPE,
      recordId: day,
      type: 'closed',
      schemaVersion: DAY_CLOSE_SCHEMA_VERSION,
      data,
      approvedBy,
      summary: `${day} ${data.counters.map((c) => `${c.counter}:${c.entries}`).join(' ')}`,
    });
    const closed = await tx.db.dayCloses.get(day);
    if (!closed) throw new DeskError('error.unexpected');
    return closed;
  });
}

async function refuseClosed(db: DeskDatabase, day: string, timeZone: string): Promise<void> {
  const close = await db.dayCloses.get(day);
  if (close) throw new DeskError('error.dayAlreadyClosed', 'day', { by: await staffNameOf(db, close.closedBy), at: formatInZone(close.closedAt, 'yyyy-MM-dd HH:mm', timeZone) });
}

/** 复核: each counter's signed figures recomputed from the entries this copy holds now. */
export async function checkClosedDay(db: DeskDatabase, close: DayClose, timeZone: string): Promise<CounterCheck[]> {
  return checkDayClose(close, await entriesOfDay(db, close.day, timeZone), await previousHashes(db, close.day));
}

/**
 * Days before today with work on them and no close, the most recent
 * `lookBack` days (a day left unclosed is raised the next morning).
 */
export async function unclosedDays(db: DeskDatabase, today: string, lookBack = 31): Promise<string[]> {
  const worked = (await db.deskFacts.orderBy('day').uniqueKeys()).map(String).filter((d) => d < today);
  const recent = worked.slice(-lookBack);
  const closed = await db.dayCloses.bulkGet(recent);
  return recent.filter((_, i) => !closed[i]);
}
