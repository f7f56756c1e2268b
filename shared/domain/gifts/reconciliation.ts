import { toCsv, type CsvRow } from '../csv';
import { formatYuan, type Fen } from '../money';
import { giftStockId } from './projection';
import type { Campaign, GiftStock, Handout } from './types';

/**
 * End-of-campaign reconciliation per gift. The identity the desk answers for,
 * the same one GiftStock keeps (remaining = received − issued + returned + adjusted),
 * written the way the issue states it:
 *
 *     received = (issued − returned) + remaining − adjusted
 *
 * where `adjusted` is the signed sum of adjustments (negative: lost or
 * damaged). A gift balances when both sides agree AND the stock's issued and
 * returned counts agree with the handout records themselves (handed out,
 * reversed); a difference there is an issue that came from another counter
 * when the stock was already empty (a stock alarm) and has not been settled.
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
  readonly adjusted: number;
  readonly remaining: number;
  /** (issued − returned) + remaining − adjusted: must equal received. */
  readonly accountedFor: number;
  /** Gift pieces on handout records (all, reversed ones included) and on reversed ones. */
  readonly handoutsIssued: number;
  readonly handoutsReturned: number;
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

const ZERO_STOCK = { received: 0, issued: 0, returned: 0, adjusted: 0, remaining: 0, conflicts: [] } as const;

export function reconcileCampaign(
  campaign: Pick<Campaign, 'id' | 'gifts'>,
  stocks: readonly GiftStock[],
  handouts: readonly Pick<Handout, 'campaignId' | 'giftId' | 'quantity' | 'status'>[],
): Reconciliation {
  const byId = new Map(stocks.map((s) => [s.id, s]));
  const rows = campaign.gifts.map((gift): ReconciliationRow => {
    const s = byId.get(giftStockId(campaign.id, gift.giftId)) ?? ZERO_STOCK;
    const mine = handouts.filter((h) => h.campaignId === campaign.id && h.giftId === gift.giftId);
    const handoutsIssued = mine.reduce((n, h) => n + h.quantity, 0);
    const handoutsReturned = mine.filter((h) => h.status === 'reversed').reduce((n, h) => n + h.quantity, 0);
    const netIssued = s.issued - s.returned;
    const accountedFor = netIssued + s.remaining - s.adjusted;
    return {
      giftId: gift.giftId,
      name: gift.name,
      valueFen: gift.valueFen,
      received: s.received,
      issued: s.issued,
      returned: s.returned,
      netIssued,
      adjusted: s.adjusted,
      remaining: s.remaining,
      accountedFor,
      handoutsIssued,
      handoutsReturned,
      alarms: s.conflicts.length,
      netIssuedValueFen: netIssued * gift.valueFen,
      balances: accountedFor === s.received && handoutsIssued === s.issued && handoutsReturned === s.returned && s.conflicts.length === 0,
    };
  });
  const sum = (pick: (r: ReconciliationRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const totals = {
    received: sum((r) => r.received),
    issued: sum((r) => r.issued),
    returned: sum((r) => r.returned),
    netIssued: sum((r) => r.netIssued),
    adjusted: sum((r) => r.adjusted),
    remaining: sum((r) => r.remaining),
    accountedFor: sum((r) => r.accountedFor),
    handoutsIssued: sum((r) => r.handoutsIssued),
    handoutsReturned: sum((r) => r.handoutsReturned),
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
