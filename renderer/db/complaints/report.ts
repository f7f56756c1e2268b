import { monthRange } from '../../../shared/domain/returns/days';
import { STORE_RECORD_ID, STORE_SCHEMA_VERSION, type CustomerCountRecordedData } from '../../../shared/domain/store';
import { customerCountRecordInput } from '../../../shared/schema/complaints';
import type { DeskContext } from '../context';
import type { ComplaintRow, DeskDatabase } from '../database';
import { writeEntries } from '../writePath';

/** How many complaints are read at a time, so a big month shows progress and the screen stays responsive. */
const CHUNK = 500;

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The complaints received in a store-local month: one key range over the
 * receivedAt index, read in chunks with progress inside one read
 * transaction (a complaint taken in meanwhile cannot shift the chunks). The
 * month's bounds are the store's midnights, not the PC's.
 */
export async function complaintsReceivedInMonth(
  db: DeskDatabase,
  month: string,
  timeZone: string,
  onProgress?: (progress: ReadProgress) => void,
): Promise<ComplaintRow[]> {
  const { start, end } = monthRange(month, timeZone);
  const range = () => db.complaints.where('receivedAt').between(start, end, true, false);
  return db.transaction('r', db.complaints, async () => {
    const total = await range().count();
    const rows: ComplaintRow[] = [];
    onProgress?.({ done: 0, total });
    while (rows.length < total) {
      const chunk = await range().offset(rows.length).limit(CHUNK).toArray();
      if (chunk.length === 0) break;
      rows.push(...chunk);
      onProgress?.({ done: rows.length, total });
    }
    return rows;
  });
}

/** Keeps a month's customer count (a lead, supervisor or store manager): the rate per 10,000 customers is then the same for everyone who opens the month. */
export async function recordCustomerCount(ctx: DeskContext, raw: unknown): Promise<CustomerCountRecordedData> {
  const data: CustomerCountRecordedData = customerCountRecordInput.parse(raw);
  await writeEntries(ctx, 'complaints.recordCustomerCount', (tx) =>
    tx.append({
      recordType: 'store',
      recordId: STORE_RECORD_ID,
      type: 'customerCountRecorded',
      schemaVersion: STORE_SCHEMA_VERSION,
      data,
      summary: `customers ${data.month}: ${data.count}`,
    }),
  );
  return data;
}
