import { formatInZone } from '../../shared/domain/clock';
import { newId } from '../../shared/domain/ids';
import { summarizeMonth } from '../../shared/domain/returns/summary';
import { DeskDatabase } from '../../renderer/db/database';
import { returnFactsOfMonth } from '../../renderer/db/returns/queries';
import { registerReturn } from '../../renderer/db/returns/register';
import { seedReturns } from './seedReturns';
import { time, type Timing } from './stats';
import { BENCH_NOW, openBenchDesk } from './benchDesk';

export interface ReturnsBenchResult {
  readonly records: number;
  readonly seedMs: number;
  readonly register: Timing;
  readonly summary: Timing;
  /** Returns in the summarized month. */
  readonly monthReturns: number;
}

declare global {
  interface Window {
    runReturnsBench(records: number): Promise<ReturnsBenchResult>;
  }
}

const TZ = 'Asia/Shanghai';

/**
 * Register-a-return (the whole write: checks, numbering, return + receipt
 * entries, projections, audit, outbox) with `records` returns already in the
 * database, and the monthly summary of a full month (one registeredAt index
 * range plus the pure summary).
 */
window.runReturnsBench = async (records: number) => {
  const { name, db, ctx } = await openBenchDesk('bench-returns');
  const now = BENCH_NOW;
  const seedStart = performance.now();
  await seedReturns(db, records, now - 365 * 86_400_000, ['C2', 'C3', 'C4']);
  const seedMs = performance.now() - seedStart;
  const raw = (i: number) => ({
    receiptNo: `POS-BENCH-${String(i).padStart(6, '0')}`,
    purchaseDate: '2026-11-23',
    lines: [{ sku: '6901234567892', name: '电水壶', category: 'appliance', quantityBought: '2', quantity: '1', unitPrice: '99.90', disposition: 'restock' }],
    reason: 'quality',
    condition: 'faulty',
    outcome: 'refund',
    refundMethod: 'originalPayment',
  });
  await registerReturn(ctx, newId(), raw(-1));
  const register = await time(300, (i) => registerReturn(ctx, newId(), raw(i)));
  // Last full month before "now": October 2026.
  const month = formatInZone(now - 30 * 86_400_000, 'yyyy-MM', TZ);
  let monthReturns = 0;
  const summary = await time(20, async () => {
    const s = summarizeMonth(await returnFactsOfMonth(db, month, TZ), month, TZ);
    monthReturns = s.returns + s.reversed + s.byOutcome.repair + s.byOutcome.refused;
  });
  db.close();
  await DeskDatabase.delete(name);
  return { records, seedMs, register, summary, monthReturns };
};
