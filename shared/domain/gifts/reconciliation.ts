import { toCsv, type CsvRow } from '../csv';
import { formatYuan, type Fen } from '../money';
import { giftStockId } from './projection';
import type { Campaign, GiftStock, Handout } from './types';

/**
 * End-of-campaign reconciliation per gift. The identity the desk answers for,
 * the same one GiftStock keeps (remaining = received − issued + returned − charity + adjusted),
 * written the way the issue states it:
 *
 *     received = (issued − returned) + charity + remaining − adjusted
 *
 * where `charity` is what was handed over to charity events (公益赞助) and
 * `adjusted` the signed sum of adjustments (negative: lost or damaged). A
 * gift balances when both sides agree AND the stock's issued, returned and
 * charity counts agree with the records themselves (handouts handed out and
 * reversed, charity hand-outs); a difference there is an issue that came
 * from another counter when the stock was already empty (a stock alarm) and
 * has not been settled.
 */
export interface ReconciliationRow {
  readonly giftId: string;
  readonly name: string;
  readonly valueFen: Fen;
  readonly received: number;
  readonly issued: number;
  readonly returned: number;
  /** issued − returned: what customers kept. */
  readonly netIssued: number;
  /** Handed over to charity events, its own line: not a customer's gift. */
  readonly charity: number;
  readonly adjusted: number;
  readonly remaining: number;
  /** (issued − returned) + charity + remaining − adjusted: must equal received. */
  readonly accountedFor: number;
  /** Gift pieces on handout records (all, reversed ones included) and on reversed ones. */
  readonly handoutsIssued: number;
  readonly handoutsReturned: number;
  /** Gift pieces on charity events' hand-out records. */
  readonly charityHandedOut: number;
  /** Stock alarms: issues from another counter that found no stock. */
  readonly alarms: number;
  /** Value of what customers kept: netIssued × value. */
  readonly netIssuedValueFen: Fen;
  readonly balances: boolean;
}

export interface Reconciliation {
  readonly campaignId: string;
  readonly rows: readonly ReconciliationRow[];
  readonly totals: Omit<ReconciliationRow, 'giftId' | 'name' | 'valueFen'>;
  readonly balances: boolean;
}

const ZERO_STOCK = { received: 0, issued: 0, returned: 0, charity: 0, adjusted: 0, remaining: 0, conflicts: [] } as const;

/** A charity event's hand-out of one campaign's gift, as its record says. */
export interface CharityGoodsHandedOut {
  readonly campaignId: string;
  readonly giftId: string;
  readonly quantity: number;
}

export function reconcileCampaign(
  campaign: Pick<Campaign, 'id' | 'gifts'>,
  stocks: readonly GiftStock[],
  handouts: readonly Pick<Handout, 'campaignId' | 'giftId' | 'quantity' | 'status'>[],
  charityHandOuts: readonly CharityGoodsHandedOut[] = [],
): Reconciliation {
  const byId = new Map(stocks.map((s) => [s.id, s]));
  const rows = campaign.gifts.map((gift): ReconciliationRow => {
    const s = byId.get(giftStockId(campaign.id, gift.giftId)) ?? ZERO_STOCK;
    const mine = handouts.filter((h) => h.campaignId === campaign.id && h.giftId === gift.giftId);
    const handoutsIssued = mine.reduce((n, h) => n + h.quantity, 0);
    const handoutsReturned = mine.filter((h) => h.status === 'reversed').reduce((n, h) => n + h.quantity, 0);
    const charityHandedOut = charityHandOuts.filter((c) => c.campaignId === campaign.id && c.giftId === gift.giftId).reduce((n, c) => n + c.quantity, 0);
    const charity = s.charity ?? 0;
    const netIssued = s.issued - s.returned;
    const accountedFor = netIssued + charity + s.remaining - s.adjusted;
    return {
      giftId: gift.giftId,
      name: gift.name,
      valueFen: gift.valueFen,
      received: s.received,
      issued: s.issued,
      returned: s.returned,
      netIssued,
      charity,
      adjusted: s.adjusted,
      remaining: s.remaining,
      accountedFor,
      handoutsIssued,
      handoutsReturned,
      charityHandedOut,
      alarms: s.conflicts.length,
      netIssuedValueFen: netIssued * gift.valueFen,
      balances:
        accountedFor === s.received && handoutsIssued === s.issued && handoutsReturned === s.returned && charityHandedOut === charity && s.conflicts.length === 0,
    };
  });
  const sum = (pick: (r: ReconciliationRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const totals = {
    received: sum((r) => r.received),
    issued: sum((r) => r.issued),
    returned: sum((r) => r.returned),
    netIssued: sum((r) => r.netIssued),
    charity: sum((r) => r.charity),
    adjusted: sum((r) => r.adjusted),
    remaining: sum((r) => r.remaining),
    accountedFor: sum((r) => r.accountedFor),
    handoutsIssued: sum((r) => r.handoutsIssued),
    handoutsReturned: sum((r) => r.handoutsReturned),
    charityHandedOut: sum((r) => r.charityHandedOut),
    alarms: sum((r) => r.alarms),
    netIssuedValueFen: sum((r) => r.netIssuedValueFen),
    balances: rows.every((r) => r.balances),
  };
  return { campaignId: campaign.id, rows, totals, balances: totals.balances };
}

/** Column titles, Chinese and English, shared by the printout and the CSV. */
export const RECONCILIATION_COLUMNS = [
  ['赠品', 'Gift'],
  ['单价', 'Value'],
  ['入库', 'Received'],
  ['发放', 'Issued'],
  ['退回', 'Returned'],
  ['净发放', 'Net issued'],
  ['公益', 'Charity'],
  ['调整', 'Adjusted'],
  ['结存', 'Remaining'],
  ['核算', 'Accounted for'],
  ['发放单数', 'On handouts'],
  ['冲销单数', 'Reversed'],
  ['库存报警', 'Alarms'],
  ['净发放金额', 'Net value'],
  ['是否平衡', 'Balances'],
] as const;

function csvCells(label: string, valueFen: Fen | undefined, r: Omit<ReconciliationRow, 'giftId' | 'name' | 'valueFen'>): CsvRow {
  return [
    label,
    valueFen === undefined ? '' : formatYuan(valueFen),
    r.received,
    r.issued,
    r.returned,
    r.netIssued,
    r.charity,
    r.adjusted,
    r.remaining,
    r.accountedFor,
    r.handoutsIssued,
    r.handoutsReturned,
    r.alarms,
    formatYuan(r.netIssuedValueFen),
    r.balances ? '平衡 yes' : '不平衡 NO',
  ];
}

/**
 * The reconciliation as a CSV file for Excel: one row per gift and a total
 * row, amounts in yuan with two decimals, a UTF-8 BOM (see shared/domain/csv).
 */
export function reconciliationCsv(rec: Reconciliation): string {
  const header = RECONCILIATION_COLUMNS.map(([zh, en]) => `${zh} ${en}`);
  const rows = rec.rows.map((r) => csvCells(r.name, r.valueFen, r));
  rows.push(csvCells('合计 Total', undefined, rec.totals));
  return toCsv(header, rows);
}
