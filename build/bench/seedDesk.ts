import { INVOICE_TRAIL, RETURN_TRAIL, STORAGE_TRAIL, type CustomerTrailRow } from '../../shared/domain/customers/trail';
import type { RecordType } from '../../shared/domain/entry';
import { newId } from '../../shared/domain/ids';
import { applyInvoiceEntry } from '../../shared/domain/invoices/projection';
import { INVOICE_SCHEMA_VERSION, type InvoiceRequestedData } from '../../shared/domain/invoices/types';
import { formatRecordNumber, sequenceKey } from '../../shared/domain/numbering';
import { applyReturnEntry, RETURN_SCHEMA_VERSION } from '../../shared/domain/returns/projection';
import type { ReturnRegisteredData } from '../../shared/domain/returns/types';
import { applyStorageEntry, STORAGE_SCHEMA_VERSION } from '../../shared/domain/storage/projection';
import type { DepositedData } from '../../shared/domain/storage/types';
import type { DeskDatabase, ReturnRow, StorageItemRow } from '../../renderer/db/database';
import { invoiceRow, type InvoiceRow } from '../../renderer/db/invoices/row';
import { storageRow } from '../../renderer/db/projectors';
import { seedEntry } from './seedEntry';

/** Customers of the seeded year: not a multiple of the five-record cycle, so each customer's records are of every kind. */
export const DESK_CUSTOMERS = 49_999;

/** Customer k's phone (139 and k in eight digits) and name: the last four digits are shared by about five customers. */
export const customerPhone = (k: number) => `139${String(k).padStart(8, '0')}`;
export const customerName = (k: number) => `顾客${k}`;

export interface DeskSeed {
  readonly invoices: number;
}

/**
 * A year of the desk's records with a customer's phone, `count` in all:
 * three in five invoice requests, one in five deposits and one in five
 * returns, each made by its projection rule from the entry the desk would
 * have written and kept as its projection row with its trail row (the
 * projector's own rule): what the figures read and write beside. Written
 * in bulk, 5,000 records a transaction.
 */
export async function seedDesk(db: DeskDatabase, count: number, start: number, counters: readonly string[]): Promise<DeskSeed> {
  const batch = 5000;
  const stepMs = Math.floor((365 * 86_400_000) / count);
  const sequences = new Map<string, number>();
  const nextSeq = (type: 'invoice' | 'storage' | 'returnRecord', counter: string, at: number) => {
    const key = `${counter}:${sequenceKey(type, at)}`;
    const seq = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, seq);
    return seq;
  };
  let invoices = 0;
  for (let from = 0; from < count; from += batch) {
    const invoiceRows: InvoiceRow[] = [];
    const storageRows: StorageItemRow[] = [];
    const returnRows: ReturnRow[] = [];
    const trail: CustomerTrailRow[] = [];
    for (let i = from; i < Math.min(count, from + batch); i += 1) {
      const at = start + i * stepMs;
      const counter = counters[i % counters.length]!;
      const k = i % DESK_CUSTOMERS;
      const phone = customerPhone(k);
      const stamp = (recordType: RecordType, schemaVersion: number) => ({ recordType, recordId: newId(at), schemaVersion, counter, seq: i + 1, at });
      const kind = i % 5;
      if (kind < 3) {
        const amountFen = 1_000 + (i % 500) * 100;
        const data: InvoiceRequestedData = {
          number: formatRecordNumber('invoice', 'S01', counter, at, nextSeq('invoice', counter, at)),
          receipts: [{ receiptNo: `POS-${String(i).padStart(10, '0')}`, receiptTotalFen: amountFen, amountFen }],
          amountFen,
          title: customerName(k),
          buyer: 'person',
          kind: 'ordinary',
          medium: 'electronic',
          phone,
        };
        const invoice = applyInvoiceEntry(undefined, seedEntry(stamp('invoice', INVOICE_SCHEMA_VERSION), 'requested', data));
        if (!invoice) continue;
        invoiceRows.push(invoiceRow(invoice));
        const row = INVOICE_TRAIL.rowOf(invoice);
        if (row) trail.push(row);
        invoices += 1;
      } else if (kind === 3) {
        const data: DepositedData = {
          number: formatRecordNumber('storage', 'S01', counter, at, nextSeq('storage', counter, at)),
          description: '黑色拉杆箱',
          count: 1,
          customerName: customerName(k),
          phone,
          slot: `A-${i % 50}`,
          source: 'counter',
        };
        const item = applyStorageEntry(undefined, seedEntry(stamp('storage', STORAGE_SCHEMA_VERSION), 'deposited', data));
        if (!item) continue;
        storageRows.push(storageRow(item));
        const row = STORAGE_TRAIL.rowOf(item);
        if (row) trail.push(row);
      } else {
        const data: ReturnRegisteredData = {
          number: formatRecordNumber('returnRecord', 'S01', counter, at, nextSeq('returnRecord', counter, at)),
          receiptNo: `POS-R${String(i).padStart(10, '0')}`,
          purchaseDate: '2026-01-01',
          lines: [{ sku: '6901234567892', name: '电水壶', category: 'appliance', quantity: 1, unitPriceFen: 9_990, amountFen: 9_990, disposition: 'restock', quantityBought: 1 }],
          reason: 'quality',
          condition: 'faulty',
          outcome: 'refund',
          refundMethod: 'originalPayment',
          phone,
          totalFen: 9_990,
          refundFen: 9_990,
          exceptions: [],
          giftClawbacks: [],
        };
        const record = applyReturnEntry(undefined, seedEntry(stamp('returnRecord', RETURN_SCHEMA_VERSION), 'registered', data));
        if (!record) continue;
        returnRows.push({ ...record, registeredAt: record.registered.at });
        const row = RETURN_TRAIL.rowOf(record);
        if (row) trail.push(row);
      }
    }
    await db.transaction('rw', [db.invoices, db.storageItems, db.returns, db.customerTrail], async () => {
      await Promise.all([db.invoices.bulkAdd(invoiceRows), db.storageItems.bulkAdd(storageRows), db.returns.bulkAdd(returnRows), db.customerTrail.bulkAdd(trail)]);
    });
  }
  return { invoices };
}
