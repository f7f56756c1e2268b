import { storeDay } from '../../../shared/domain/clock';
import { buildDayClose } from '../../../shared/domain/dayClose/close';
import { checkDayClose, type CounterCheck } from '../../../shared/domain/dayClose/check';
import type { MoneyLookups } from '../../../shared/domain/dayClose/money';
import { DAY_CLOSE_RECORD_TYPE, DAY_CLOSE_SCHEMA_VERSION } from '../../../shared/domain/dayClose/projection';
import type { CarriedItems, DayClose, DayClosedData } from '../../../shared/domain/dayClose/types';
import type { Entry } from '../../../shared/domain/entry';
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

/** What the supervisor sees before signing: the close as it would be signed, and what may not add up. */
export interface DayClosePreview {
  readonly close: DayClosedData;
  /** Conflicts between counters still waiting for a supervisor (any day). */
  readonly conflicts: number;
  /** This counter's entries the sync server has not acknowledged yet. */
  readonly unsynced: number;
}

/** Each counter's hash at its last close before `day` ('' for a counter never closed). */
async function previousHashes(db: DeskDatabase, day: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  await db.dayCloses
    .where('day')
    .below(day)
    .reverse()
    .each((close) => {
      for (const c of close.counters) if (!hashes.has(c.counter)) hashes.set(c.counter, c.hash);
    });
  return hashes;
}

/** What reversals of earlier records need, read once for the day's entries. */
async function moneyLookups(db: DeskDatabase, entries: readonly Entry[]): Promise<MoneyLookups> {
  const reversedIds = (recordType: string) => [...new Set(entries.filter((e) => e.recordType === recordType && e.type === 'reversed').map((e) => e.recordId))];
  const returns = new Map((await db.returns.bulkGet(reversedIds('returnRecord'))).flatMap((r) => (r ? [[r.id, r] as const] : [])));
  const handouts = new Map((await db.handouts.bulkGet(reversedIds('handout'))).flatMap((h) => (h ? [[h.id, h] as const] : [])));
  const campaignIds = new Set<string>([...handouts.values()].map((h) => h.campaignId));
  for (const e of entries) if (e.recordType === 'handout' && e.type === 'handedOut') campaignIds.add((e.data as { campaignId: string }).campaignId);
  const values = new Map<string, number>();
  for (const c of await db.campaigns.bulkGet([...campaignIds])) for (const g of c?.gifts ?? []) values.set(`${c!.id}:${g.giftId}`, g.valueFen);
  return {
    returnOf: (id) => returns.get(id),
    handoutOf: (id) => handouts.get(id),
    giftValueFen: (campaignId, giftId) => values.get(`${campaignId}:${giftId}`) ?? 0,
  };
}

async function carriedItems(db: DeskDatabase): Promise<CarriedItems> {
  const [storageHeld, lostItemsKept, complaintsOpen, serviceCallsOpen] = await Promise.all([
    db.storageItems.where('status').equals('held').count(),
    db.lostItems.where('status').equals('kept').count(),
    db.complaints.where('open').equals(1).count(),
    db.serviceCalls.where('open').equals(1).count(),
  ]);
  return { storageHeld, lostItemsKept, complaintsOpen, serviceCallsOpen };
}

async function buildFromCopy(db: DeskDatabase, day: string, timeZone: string, notes: string): Promise<DayClosedData> {
  // The reads go to IndexedDB together: the day's entries and the open counts are the long ones.
  const [entries, hashes, carried] = await Promise.all([entriesOfDay(db, day, timeZone), previousHashes(db, day), carriedItems(db)]);
  return buildDayClose({ day, entries, previousHashes: hashes, carried, notes, lookups: await moneyLookups(db, entries) });
}

/** The day as it would be signed now, with what the supervisor should look at first. */
export async function previewDayClose(db: DeskDatabase, day: string, timeZone: string): Promise<DayClosePreview> {
  const [close, conflicts, outbox] = await Promise.all([buildFromCopy(db, day, timeZone, ''), countConflicts(db), db.outbox.toArray()]);
  return { close, conflicts, unsynced: outbox.filter((l) => !l.problem).length };
}

/**
 * 日结: the supervisor (signed in, and with number + PIN) signs a day up to
 * today; from then on the day's business is locked. Figures are taken in the
 * same transaction as the close is written, so nothing slips between.
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
  const approvedBy = await approve(ctx, approval, 'day.close');
  return writeEntries(ctx, 'day.close', async (tx) => {
    await refuseClosed(tx.db, day, timeZone);
    const data = await buildFromCopy(tx.db, day, timeZone, notes);
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
