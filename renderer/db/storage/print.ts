import type { RecordType } from '../../../shared/domain/entry';
import { LOST_ITEM_SCHEMA_VERSION } from '../../../shared/domain/storage/lostFound';
import { STORAGE_SCHEMA_VERSION } from '../../../shared/domain/storage/projection';
import type { DeskContext } from '../context';
import { DeskError } from '../errors';
import { writeEntries } from '../writePath';

/**
 * Records that a record was printed and returns the print count to put on
 * the printout: 1 for the first print, 2+ for a reprint (补打).
 */
export async function recordPrint(ctx: DeskContext, recordType: Extract<RecordType, 'storage' | 'lostItem'>, recordId: string, template: string): Promise<number> {
  return writeEntries(ctx, async (tx) => {
    const row = recordType === 'storage' ? await tx.db.storageItems.get(recordId) : await tx.db.lostItems.get(recordId);
    if (!row) throw new DeskError('error.unknownRecord');
    const copy = row.printCount + 1;
    await tx.append({
      recordType,
      recordId,
      type: 'printed',
      schemaVersion: recordType === 'storage' ? STORAGE_SCHEMA_VERSION : LOST_ITEM_SCHEMA_VERSION,
      number: row.number,
      data: { template, copy },
      summary: `${row.number} ${template}${copy > 1 ? ` reprint ${copy}` : ''}`,
    });
    return copy;
  });
}
