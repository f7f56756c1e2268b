import type { RecordType } from '../../../shared/domain/entry';
import { GIFTS_SCHEMA_VERSION } from '../../../shared/domain/gifts/projection';
import { RETURN_SCHEMA_VERSION } from '../../../shared/domain/returns/projection';
import { LOST_ITEM_SCHEMA_VERSION } from '../../../shared/domain/storage/lostFound';
import { STORAGE_SCHEMA_VERSION } from '../../../shared/domain/storage/projection';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';

/** Records that carry a print count, with where to read it and their entries' schema version. */
const PRINTED_RECORDS = {
  storage: { schemaVersion: STORAGE_SCHEMA_VERSION, read: (db: DeskDatabase, id: string) => db.storageItems.get(id) },
  lostItem: { schemaVersion: LOST_ITEM_SCHEMA_VERSION, read: (db: DeskDatabase, id: string) => db.lostItems.get(id) },
  returnRecord: { schemaVersion: RETURN_SCHEMA_VERSION, read: (db: DeskDatabase, id: string) => db.returns.get(id) },
  handout: { schemaVersion: GIFTS_SCHEMA_VERSION, read: (db: DeskDatabase, id: string) => db.handouts.get(id) },
  campaign: { schemaVersion: GIFTS_SCHEMA_VERSION, read: (db: DeskDatabase, id: string) => db.campaigns.get(id) },
  draw: { schemaVersion: GIFTS_SCHEMA_VERSION, read: (db: DeskDatabase, id: string) => db.draws.get(id) },
} as const satisfies Partial<Record<RecordType, unknown>>;

export type PrintedRecordType = keyof typeof PRINTED_RECORDS;

/**
 * Records that a record was printed and returns the print count to put on
 * the printout: 1 for the first print, 2+ for a reprint (补打).
 */
export async function recordPrint(ctx: DeskContext, recordType: PrintedRecordType, recordId: string, template: string): Promise<number> {
  const kind = PRINTED_RECORDS[recordType];
  return writeEntries(ctx, async (tx) => {
    const row = await kind.read(tx.db, recordId);
    if (!row) throw new DeskError('error.unknownRecord');
    const copy = row.printCount + 1;
    await tx.append({
      recordType,
      recordId,
      type: 'printed',
      schemaVersion: kind.schemaVersion,
      number: row.number,
      data: { template, copy },
      summary: `${row.number} ${template}${copy > 1 ? ` reprint ${copy}` : ''}`,
    });
    return copy;
  });
}
