import { normalizeRecordNumber, parseRecordNumber, RECORD_PREFIX } from '../../../shared/domain/numbering';
import { reconcileCampaign, type Reconciliation } from '../../../shared/domain/gifts/reconciliation';
import { campaignStatus } from '../../../shared/domain/gifts/rules';
import type { Campaign } from '../../../shared/domain/gifts/types';
import type { ReceiptConflict } from '../../../shared/domain/sales/receipt';
import { charityHandOutsOf } from '../charity/queries';
import type { DeskDatabase, GiftStockRow, HandoutRow } from '../database';

/**
 * Stock alarms: issues from another counter that found the stock empty.
 * The count is what the status bar shows; the campaigns screen lists them.
 */
export async function giftStockAlarms(db: DeskDatabase): Promise<number> {
  const rows = await db.giftStocks.where('conflict').equals(1).toArray();
  return rows.reduce((n, s) => n + s.conflicts.length, 0);
}

/** The gift stocks with alarms, for the list on the campaigns screen. */
export function giftStocksWithAlarms(db: DeskDatabase): Promise<GiftStockRow[]> {
  return db.giftStocks.where('conflict').equals(1).toArray();
}

/**
 * Receipts that earned one campaign's gift twice (two counters, offline):
 * each such gift handed out too many, for a supervisor to settle.
 */
export async function giftTwiceConflicts(db: DeskDatabase): Promise<{ readonly receiptNo: string; readonly conflict: ReceiptConflict }[]> {
  const receipts = await db.receipts.where('conflict').equals(1).toArray();
  return receipts.flatMap((r) => r.conflicts.filter((c) => c.kind === 'giftTwice').map((conflict) => ({ receiptNo: r.receiptNo, conflict })));
}

/** Campaigns handing out gifts now, newest first. */
export async function runningCampaigns(db: DeskDatabase, now: number): Promise<Campaign[]> {
  const started = await db.campaigns.where('start').belowOrEqual(now).toArray();
  return started.filter((c) => campaignStatus(c, now) === 'running').sort((a, b) => b.start - a.start);
}

/** Every campaign, newest first. */
export async function allCampaigns(db: DeskDatabase): Promise<Campaign[]> {
  return (await db.campaigns.orderBy('start').toArray()).reverse();
}

export function campaignStocks(db: DeskDatabase, campaignId: string): Promise<GiftStockRow[]> {
  return db.giftStocks.where('campaignId').equals(campaignId).toArray();
}

export async function campaignReconciliation(db: DeskDatabase, campaign: Campaign): Promise<Reconciliation> {
  const [stocks, handouts, charity] = await Promise.all([
    campaignStocks(db, campaign.id),
    db.handouts.where('campaignId').equals(campaign.id).toArray(),
    charityHandOutsOf(db, campaign.id),
  ]);
  return reconcileCampaign(campaign, stocks, handouts, charity);
}

/** Finds handouts by their ZP number or by the purchase receipt number, newest first. */
export async function findHandouts(db: DeskDatabase, text: string): Promise<HandoutRow[]> {
  const cleaned = normalizeRecordNumber(text);
  if (!cleaned) return [];
  const parts = parseRecordNumber(cleaned);
  const rows =
    parts?.prefix === RECORD_PREFIX.handout
      ? await db.handouts.where('number').equals(cleaned).toArray()
      : await db.handouts.where('receiptNo').equals(cleaned).toArray();
  return rows.sort((a, b) => b.handedOutAt - a.handedOutAt);
}

/** The latest handouts at the desk (every counter), newest first. */
export function recentHandouts(db: DeskDatabase, limit = 20): Promise<HandoutRow[]> {
  return db.handouts.orderBy('handedOutAt').reverse().limit(limit).toArray();
}
