import { storeDay } from '../../shared/domain/clock';
import { newId } from '../../shared/domain/ids';
import { receiptRecordId } from '../../shared/domain/sales/receipt';
import { DeskDatabase } from '../../renderer/db/database';
import { checkReceiptForCampaign, handOutGift } from '../../renderer/db/gifts/handout';
import { giftStockAlarms } from '../../renderer/db/gifts/queries';
import { runningCampaign } from '../../test/renderer/giftsFixture';
import { seedGifts } from './seedGifts';
import { jsHeapMiB, type BenchFigure, type HeapReading } from './figure';
import { describePuts, openRaw, replayRaw } from './rawFloor';
import { timeInterleaved } from './stats';
import { BENCH_NOW, openBenchDesk } from './benchDesk';

export interface GiftsBenchResult {
  readonly records: number;
  readonly seedMs: number;
  readonly figures: readonly BenchFigure[];
  readonly heap: HeapReading;
}

const SETTLE_MS = 30_000;

declare global {
  interface Window {
    runGiftsBench(records: number): Promise<GiftsBenchResult>;
  }
}

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const r = make();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('raw read failed'));
  });
}

/** What the scan check reads (the campaign and the receipt by key), as raw gets in one transaction. */
function rawScanReads(idb: IDBDatabase, campaignId: string, receiptNo: string): Promise<unknown> {
  const tx = idb.transaction(['campaigns', 'receipts'], 'readonly');
  return Promise.all([request(() => tx.objectStore('campaigns').get(campaignId)), request(() => tx.objectStore('receipts').get(receiptRecordId(receiptNo)))]);
}

/** The stocks with alarms by the same `conflict` index, nothing counted. */
function rawAlarmRows(idb: IDBDatabase): Promise<unknown> {
  return request(() => idb.transaction('giftStocks', 'readonly').objectStore('giftStocks').index('conflict').getAll(1));
}

/**
 * Gift handout write with `records` handouts already in the database (a
 * year of monthly campaigns), on a running campaign with a per-customer
 * limit, so the [campaignId+phoneKey] count runs in every write; beside raw
 * puts of the rows one handout wrote. The receipt scan check and the stock
 * alarm count beside the raw reads of the same rows.
 */
window.runGiftsBench = async (records: number) => {
  const { name, db, ctx, writes } = await openBenchDesk('bench-gifts');
  const now = BENCH_NOW;
  const seedStart = performance.now();
  await seedGifts(db, records, now - 365 * 86_400_000, ['C2', 'C3', 'C4']);
  const seedMs = performance.now() - seedStart;
  const afterSeedMiB = await jsHeapMiB();
  const campaign = await runningCampaign(ctx, { cups: 5000 }, { perCustomerLimit: '3' });
  /** Handout n (1, 2, …): its own receipt and customer phone. */
  const raw = (n: number) => ({
    campaignId: campaign.id,
    receiptNo: `BENCH${String(n).padStart(8, '0')}`,
    purchaseDate: storeDay(now, ctx.session.timeZone),
    amount: '256.80',
    phone: `138${String(n).padStart(8, '0')}`,
    giftId: 'G1',
    quantity: '1',
  });
  // A year of handouts arrived here in four minutes: let the store finish
  // compacting that bulk load (a desk that grew over a year did so long ago),
  // then warm up the write path (first-open costs are not a handout).
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const WARM_UP = 20;
  for (let n = 1; n <= WARM_UP; n += 1) await handOutGift(ctx, newId(), raw(n));
  const handoutPuts = await writes.capture(() => handOutGift(ctx, newId(), raw(WARM_UP + 1)));
  const idb = await openRaw(name);
  await replayRaw(idb, handoutPuts, -1);
  const first = WARM_UP + 2;
  const handout = await timeInterleaved(
    300,
    (i) => handOutGift(ctx, newId(), raw(first + i)),
    (i) => replayRaw(idb, handoutPuts, i),
  );
  const scanNo = (i: number) => `SCAN${String(i).padStart(8, '0')}`;
  const scan = await timeInterleaved(
    300,
    (i) => checkReceiptForCampaign(ctx, campaign.id, scanNo(i)),
    (i) => rawScanReads(idb, campaign.id, scanNo(i)),
  );
  const alarms = await timeInterleaved(
    50,
    () => giftStockAlarms(db),
    () => rawAlarmRows(idb),
  );
  const afterRunMiB = await jsHeapMiB();
  idb.close();
  db.close();
  await DeskDatabase.delete(name);
  const figures: BenchFigure[] = [
    { bench: 'gifts', name: 'handout write', ...handout, floorName: `raw: its ${describePuts(handoutPuts)}`, maxRatio: 3, budgetMs: 20 },
    { bench: 'gifts', name: 'receipt scan check', ...scan, floorName: 'raw gets: campaign, receipt', maxRatio: 2 },
    { bench: 'gifts', name: 'stock alarm count', ...alarms, floorName: 'raw conflict index read', maxRatio: 2 },
  ];
  return { records, seedMs, figures, heap: { afterSeedMiB, afterRunMiB } };
};
