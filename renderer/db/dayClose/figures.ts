import { buildDayClose, dayHashes } from '../../../shared/domain/dayClose/close';
import type { MoneyLookups } from '../../../shared/domain/dayClose/money';
import type { DayClosedData } from '../../../shared/domain/dayClose/types';
import type { Entry } from '../../../shared/domain/entry';
import type { DeskDatabase } from '../database';
import { entriesOfDay } from './lock';
import { readOpenCounts } from './openCounts';

/** Each counter's hash at its last close before `day` ('' for a counter never closed). */
export async function previousHashes(db: DeskDatabase, day: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  // Read in one request (a cursor's round trip per close is slow on a busy machine), latest first.
  const closes = await db.dayCloses.where('day').below(day).toArray();
  for (const close of closes.reverse()) for (const c of close.counters) if (!hashes.has(c.counter)) hashes.set(c.counter, c.hash);
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

/** Entries stored for the day, from its day facts (counted with each entry, in its transaction). */
async function storedOnDay(db: DeskDatabase, day: string): Promise<number> {
  return (await db.deskFacts.where('day').equals(day).toArray()).reduce((sum, f) => sum + f.count, 0);
}

/** A day's entries and the chain's previous hashes, read together and hashed outside any transaction. */
export interface TakenDay {
  readonly day: string;
  readonly entries: readonly Entry[];
  readonly previousHashes: ReadonlyMap<string, string>;
  /** Entries stored for the day when read: the same number later means the same entries (entries are only ever added). */
  readonly stored: number;
  readonly hashes: ReadonlyMap<string, string>;
}

/**
 * Reads the day and hashes it by Web Crypto, before the close's transaction
 * opens (awaiting Web Crypto inside it would commit it early; hashing a day
 * in script took a third of the close).
 */
export async function takeDay(db: DeskDatabase, day: string, timeZone: string): Promise<TakenDay> {
  const [entries, hashes, stored] = await db.transaction('r', [db.entries, db.dayCloses, db.deskFacts], () =>
    Promise.all([entriesOfDay(db, day, timeZone), previousHashes(db, day), storedOnDay(db, day)]),
  );
  return { day, entries, previousHashes: hashes, stored, hashes: await dayHashes(entries, hashes) };
}

const sameHashes = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * The close's figures from the day taken, checked against the copy now
 * (inside the close's transaction, so nothing slips between): if an entry
 * of the day was stored since, or an earlier day's close arrived, they are
 * made again from the copy. What is carried is read now, from its totals.
 */
export async function dayCloseFigures(db: DeskDatabase, taken: TakenDay, timeZone: string, notes: string): Promise<DayClosedData> {
  const [hashes, stored, carried] = await Promise.all([previousHashes(db, taken.day), storedOnDay(db, taken.day), readOpenCounts(db)]);
  const unchanged = stored === taken.stored && sameHashes(hashes, taken.previousHashes);
  const entries = unchanged ? taken.entries : await entriesOfDay(db, taken.day, timeZone);
  const lookups = await moneyLookups(db, entries);
  return buildDayClose({ day: taken.day, entries, previousHashes: hashes, carried, notes, lookups, hashes: unchanged ? taken.hashes : undefined });
}
