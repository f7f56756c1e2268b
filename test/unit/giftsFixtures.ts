import type { Entry } from '../../shared/domain/entry';
import { hlcToString } from '../../shared/domain/hlc';
import type { Campaign, GiftStockEntry } from '../../shared/domain/gifts/types';

/** 2026-11-25 10:00 in Shanghai. */
export const T0 = Date.UTC(2026, 10, 25, 2, 0);
export const DAY = 86_400_000;

/** 满 199 送 A（保温杯），满 399 送 B（电饭煲）或 A: one gift per receipt, twice per customer. */
export function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1',
    number: 'HD-S01-C1-261120-0001',
    name: '双十一满赠',
    start: Date.UTC(2026, 10, 19, 16, 0), // 2026-11-20 00:00 Shanghai
    end: Date.UTC(2026, 10, 30, 16, 0) - 1, // 2026-11-30 23:59:59.999 Shanghai
    gifts: [
      { giftId: 'G1', name: '保温杯', valueFen: 3900 },
      { giftId: 'G2', name: '电饭煲', valueFen: 19900 },
    ],
    tiers: [
      { minSpendFen: 39900, giftIds: ['G1', 'G2'] },
      { minSpendFen: 19900, giftIds: ['G1'] },
    ],
    perReceiptLimit: 1,
    perCustomerLimit: 2,
    closed: false,
    defined: { by: '9001', at: T0 - 10 * DAY, counter: 'C1' },
    printCount: 0,
    pendingEntries: 0,
    ...over,
  };
}

let n = 0;
/** A gift stock entry as a counter would make it. */
export function stockEntry<E extends GiftStockEntry>(type: E['type'], data: E['data'], wall: number, counter = 'C1', recordId = 'c1:G1'): GiftStockEntry {
  n += 1;
  const e: Entry = {
    id: `${counter}-${wall}-${n}`,
    recordType: 'giftStock',
    recordId,
    type,
    schemaVersion: 1,
    store: 'S01',
    counter,
    seq: n,
    hlc: hlcToString({ wall, logical: 0, node: counter }),
    at: wall,
    by: `staff-${counter}`,
    data,
  };
  return e as GiftStockEntry;
}
