import { storeDay } from '../../shared/domain/clock';
import { newId } from '../../shared/domain/ids';
import { DeskDatabase } from '../../renderer/db/database';
import { checkReceiptForCampaign, handOutGift } from '../../renderer/db/gifts/handout';
import { giftStockAlarms } from '../../renderer/db/gifts/queries';
import { runningCampaign } from '../../test/renderer/giftsFixture';
import { seedGifts } from './seedGifts';
import { time, type Timing } from './stats';
import { BENCH_NOW, openBenchDesk } from './benchDesk';

export interface GiftsBenchResult {
  readonly records: number;
  readonly seedMs: number;
  /** The whole handout write: checks in the transaction, number, three entries, projections, audit, outbox. */
  readonly handout: Timing;
  /** The check made when a receipt is scanned. */
  readonly scan: Timing;
  readonly alarms: Timing;
}

const SETTLE_MS = 30_000;

declare global {
  interface Window {
    runGiftsBench(records: number): Promise<GiftsBenchResult>;
  }
}

/**
 * Gift handout write with `records` handouts already in the database (a
 * year of monthly campaigns), on a running campaign with a per-customer
 * limit, so the [campaignId+phoneKey] count runs in every write.
 */
window.runGiftsBench = async (records: number) => {
  const { name, db, ctx } = await openBenchDesk('bench-gifts');
  const now = BENCH_NOW;
  const seedStart = performance.now();
  await seedGifts(db, records, now - 365 * 86_400_000, ['C2', 'C3', 'C4']);
  const seedMs = performance.now() - seedStart;
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
  const handout = await time(300, (i) => handOutGift(ctx, newId(), raw(WARM_UP + 1 + i)));
  const scan = await time(300, (i) => checkReceiptForCampaign(ctx, campaign.id, `SCAN${String(i).padStart(8, '0')}`));
  const alarms = await time(50, () => giftStockAlarms(db));
  db.close();
  await DeskDatabase.delete(name);
  return { records, seedMs, handout, scan, alarms };
};
