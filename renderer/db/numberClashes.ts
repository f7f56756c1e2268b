import type { Table } from 'dexie';
import { sortEntries, type Entry, type RecordType } from '../../shared/domain/entry';
import { numberClashOf, type NumberedRecord, type NumberHolder } from '../../shared/domain/numberClash';
import { isReadableEntry } from '../../shared/domain/schemaVersions';
import type { DeskDatabase } from './database';

type NumberedTable = Table<{ readonly id: string; readonly number: string }, string>;

/** The projection table of each numbered record type, read by its `number` index. */
const NUMBERED_TABLES: { readonly [T in NumberedRecord]: (db: DeskDatabase) => NumberedTable } = {
  storage: (db) => db.storageItems,
  lostItem: (db) => db.lostItems,
  returnRecord: (db) => db.returns,
  campaign: (db) => db.campaigns,
  handout: (db) => db.handouts,
  draw: (db) => db.draws,
  complaint: (db) => db.complaints,
  serviceCall: (db) => db.serviceCalls,
  maintenanceContract: (db) => db.maintenanceContracts,
  enquiry: (db) => db.enquiries,
  invoice: (db) => db.invoices,
  charityEvent: (db) => db.charityEvents,
  preOrder: (db) => db.preOrders,
};

function isNumberedRecord(type: RecordType): type is NumberedRecord {
  return Object.prototype.hasOwnProperty.call(NUMBERED_TABLES, type);
}

/** A record just written to its projection, with the number it holds. */
export interface NumberedWrite {
  readonly recordType: NumberedRecord;
  readonly recordId: string;
  readonly number: string;
}

/** The number a projected state holds, when its record type is numbered. */
export function numberedWrite(recordType: RecordType, recordId: string, state: unknown): NumberedWrite | undefined {
  if (!isNumberedRecord(recordType) || typeof state !== 'object' || state === null || !('number' in state)) return undefined;
  const { number } = state;
  return typeof number === 'string' && number !== '' ? { recordType, recordId, number } : undefined;
}

/** A record's entries when the caller already holds all of them (a rebuilt batch); undefined to read them. */
export type EntriesOf = (recordType: RecordType, recordId: string) => readonly Entry[] | undefined;

/**
 * With or after projection writes, in their transaction: each number written that
 * two or more records of its type now hold is kept as one clash (put again
 * with every holder, so a rebuild changes nothing and a third holder joins).
 * One index read per number; the records' entries are read only on a clash.
 */
export async function noteNumberClashes(db: DeskDatabase, writes: readonly NumberedWrite[], entriesOf?: EntriesOf): Promise<void> {
  const numbers = new Map<string, NumberedRecord>();
  for (const w of writes) numbers.set(w.number, w.recordType);
  if (numbers.size === 0) return;
  // The records written hold their numbers even where the read was placed before their rows (written side by side).
  const held = await Promise.all(
    [...numbers].map(async ([number, recordType]) => {
      const read = await NUMBERED_TABLES[recordType](db).where('number').equals(number).primaryKeys();
      const writing = writes.filter((w) => w.number === number && w.recordType === recordType).map((w) => w.recordId);
      return { number, recordType, ids: [...new Set([...read, ...writing])] };
    }),
  );
  await Promise.all(
    held
      .filter((h) => h.ids.length > 1)
      .map(async (h) => {
        const holders = await Promise.all(h.ids.map((id) => holderOf(db, h.recordType, id, entriesOf)));
        const clash = numberClashOf(h.number, h.recordType, holders);
        if (clash) await db.numberClashes.put(clash);
      }),
  );
}

/** A record named by the entry that made it: its first readable entry in the shared order. */
async function holderOf(db: DeskDatabase, recordType: NumberedRecord, recordId: string, entriesOf?: EntriesOf): Promise<NumberHolder> {
  const entries = entriesOf?.(recordType, recordId) ?? (await db.entries.where('[recordType+recordId]').equals([recordType, recordId]).toArray());
  const first = sortEntries(entries.filter(isReadableEntry))[0];
  return { recordId, counter: first?.counter ?? '', by: first?.by ?? '', at: first?.at ?? 0 };
}
