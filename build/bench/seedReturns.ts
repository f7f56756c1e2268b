import type { Entry } from '../../shared/domain/entry';
import { newId } from '../../shared/domain/ids';
import { formatRecordNumber, sequenceKey } from '../../shared/domain/numbering';
import { applyReturnEntry, RETURN_SCHEMA_VERSION } from '../../shared/domain/returns/projection';
import { RETURN_REASONS, type ReturnLine, type ReturnRegisteredData } from '../../shared/domain/returns/types';
import { returnFactOf, withFact, type ReturnFactBucket } from '../../shared/domain/returns/facts';
import type { DeskDatabase, ReturnRow } from '../../renderer/db/database';
import { seedEntry } from './seedEntry';

const ITEMS = [
  { sku: '6901234567892', name: '电水壶', category: 'appliance', price: 9_990 },
  { sku: '6923456789012', name: '运动鞋', category: 'clothing', price: 29_900 },
  { sku: '6934567890123', name: '纯牛奶 12 盒', category: 'grocery', price: 5_500 },
  { sku: '6945678901234', name: '蓝牙耳机', category: 'electronics', price: 19_900 },
  { sku: '6956789012345', name: '毛巾两条', category: 'household', price: 2_990 },
];

/**
 * A year of returns made as the app makes them (the registered entry
 * projected by the same rule, with its summary fact), written in bulk so 300,000 seed in seconds.
 * Registered times are spread evenly: about 25,000 a month.
 */
export async function seedReturns(db: DeskDatabase, count: number, start: number, counters: readonly string[]): Promise<void> {
  const batch = 5000;
  const stepMs = Math.floor((365 * 86_400_000) / count);
  const sequences = new Map<string, number>();
  // Hourly fact buckets; seeding is in time order, so a bucket is complete once a later hour starts.
  let buckets = new Map<number, ReturnFactBucket>();
  for (let from = 0; from < count; from += batch) {
    const entries: Entry[] = [];
    const rows: ReturnRow[] = [];
    for (let i = from; i < Math.min(count, from + batch); i += 1) {
      const at = start + i * stepMs;
      const counter = counters[i % counters.length]!;
      const dayKey = `${counter}:${sequenceKey('returnRecord', at)}`;
      const seq = (sequences.get(dayKey) ?? 0) + 1;
      sequences.set(dayKey, seq);
      const item = ITEMS[i % ITEMS.length]!;
      const quantity = 1 + (i % 4);
      const line: ReturnLine = { sku: item.sku, name: item.name, category: item.category, quantity, unitPriceFen: item.price, amountFen: quantity * item.price, disposition: i % 5 === 0 ? 'damaged' : 'restock', quantityBought: quantity };
      const data: ReturnRegisteredData = {
        number: formatRecordNumber('returnRecord', 'S01', counter, at, seq),
        receiptNo: `POS-${String(i).padStart(10, '0')}`,
        purchaseDate: '2026-01-01',
        lines: [line],
        reason: RETURN_REASONS[i % RETURN_REASONS.length]!,
        reasonText: i % RETURN_REASONS.length === RETURN_REASONS.length - 1 ? '其他原因' : undefined,
        condition: 'unopened',
        outcome: i % 10 === 0 ? 'exchange' : 'refund',
        refundMethod: i % 10 === 0 ? undefined : 'originalPayment',
        totalFen: line.amountFen,
        refundFen: i % 10 === 0 ? 0 : line.amountFen,
        exceptions: [],
        giftClawbacks: [],
      };
      const entry = seedEntry({ recordType: 'returnRecord', recordId: newId(at), schemaVersion: RETURN_SCHEMA_VERSION, counter, seq: i + 1, at }, 'registered', data);
      const record = applyReturnEntry(undefined, entry);
      if (!record) continue;
      entries.push(entry);
      rows.push({ ...record, registeredAt: record.registered.at });
      const fact = returnFactOf(record);
      const bucket = withFact(buckets.get(Math.floor(fact.registeredAt / 3_600_000) * 3_600_000), fact);
      buckets.set(bucket.hour, bucket);
    }
    await db.transaction('rw', db.entries, db.returns, db.returnFacts, async () => {
      await db.entries.bulkAdd(entries);
      await db.returns.bulkAdd(rows);
      await db.returnFacts.bulkPut([...buckets.values()]);
    });
    const last = Math.max(...buckets.keys());
    buckets = new Map([...buckets].filter(([hour]) => hour === last));
  }
}
