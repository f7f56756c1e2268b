import type { Entry } from '../../shared/domain/entry';
import { newId } from '../../shared/domain/ids';
import { formatRecordNumber, sequenceKey } from '../../shared/domain/numbering';
import { applyStorageEntry, STORAGE_SCHEMA_VERSION } from '../../shared/domain/storage/projection';
import type { DepositedData } from '../../shared/domain/storage/types';
import type { DeskDatabase, StorageItemRow } from '../../renderer/db/database';
import { storageRow } from '../../renderer/db/projectors';
import { seedEntry } from './seedEntry';

const DESCRIPTIONS = ['黑色拉杆箱', '婴儿车', '购物袋两个', '纸箱', '雨伞', '电脑包', '红色背包', '折叠自行车'];

/**
 * A year of deposits made as the app makes them (entries projected by the
 * same rule), written in bulk so seeding 200,000 takes seconds, not hours.
 * Returns the ticket numbers, to look up.
 */
export async function seedStorage(db: DeskDatabase, count: number, start: number, counters: readonly string[]): Promise<string[]> {
  const numbers: string[] = [];
  const batch = 5000;
  const stepMs = Math.floor((365 * 86_400_000) / count);
  const sequences = new Map<string, number>();
  for (let from = 0; from < count; from += batch) {
    const entries: Entry[] = [];
    const rows: StorageItemRow[] = [];
    for (let i = from; i < Math.min(count, from + batch); i += 1) {
      const at = start + i * stepMs;
      const counter = counters[i % counters.length]!;
      const dayKey = `${counter}:${sequenceKey('storage', at)}`;
      const seq = (sequences.get(dayKey) ?? 0) + 1;
      sequences.set(dayKey, seq);
      const unique = formatRecordNumber('storage', 'S01', counter, at, seq);
      const data: DepositedData = {
        number: unique,
        description: DESCRIPTIONS[i % DESCRIPTIONS.length]!,
        count: 1 + (i % 3),
        phone: i % 2 === 0 ? `139${String(i).padStart(8, '0')}` : undefined,
        slot: `A-${i % 50}`,
        source: 'counter',
      };
      const entry = seedEntry({ recordType: 'storage', recordId: newId(at), schemaVersion: STORAGE_SCHEMA_VERSION, counter, seq: i + 1, at }, 'deposited', data);
      const item = applyStorageEntry(undefined, entry);
      if (!item) continue;
      entries.push(entry);
      rows.push(storageRow(item));
      numbers.push(unique);
    }
    await db.transaction('rw', db.entries, db.storageItems, async () => {
      await db.entries.bulkAdd(entries);
      await db.storageItems.bulkAdd(rows);
    });
  }
  return numbers;
}
