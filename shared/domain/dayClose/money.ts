import type { Entry } from '../entry';
import type { Fen } from '../money';
import type { HandedOutData } from '../gifts/types';
import type { ReturnRegisteredData } from '../returns/types';
import type { VisitFacts } from '../service/types';
import type { GoodsReturnedData } from '../service/entries';
import type { DayMoney } from './types';

/** What a reversal needs to know of the record it reverses (made on an earlier day, or earlier today). */
export interface MoneyLookups {
  readonly returnOf: (recordId: string) => Pick<ReturnRegisteredData, 'outcome' | 'refundMethod' | 'refundFen'> | undefined;
  readonly handoutOf: (recordId: string) => Pick<HandedOutData, 'campaignId' | 'giftId' | 'quantity'> | undefined;
  readonly giftValueFen: (campaignId: string, giftId: string) => Fen;
}

export const NO_MONEY: DayMoney = { refundsFen: {}, storeCreditFen: 0, serviceFeesFen: 0, giftValueFen: 0 };

/**
 * The money of a counter's day, per method: refunds by how they were paid,
 * store credit, service fees and the value of gifts handed out. A reversal
 * made today takes its record's amount off today's figures (a correction of
 * a closed day shows there, never in the signed day).
 */
export function dayMoney(entries: readonly Entry[], lookups: MoneyLookups): DayMoney {
  const refunds = new Map<string, Fen>();
  let storeCreditFen = 0;
  let serviceFeesFen = 0;
  let giftValueFen = 0;
  const refund = (r: Pick<ReturnRegisteredData, 'outcome' | 'refundMethod' | 'refundFen'>, sign: 1 | -1) => {
    if (r.outcome !== 'refund' || r.refundFen === 0) return;
    if (r.refundMethod === 'storeCredit') storeCreditFen += sign * r.refundFen;
    else {
      const method = r.refundMethod ?? 'originalPayment';
      refunds.set(method, (refunds.get(method) ?? 0) + sign * r.refundFen);
    }
  };
  const gift = (h: Pick<HandedOutData, 'campaignId' | 'giftId' | 'quantity'>, sign: 1 | -1) => {
    giftValueFen += sign * h.quantity * lookups.giftValueFen(h.campaignId, h.giftId);
  };
  for (const e of entries) {
    if (e.recordType === 'returnRecord' && e.type === 'registered') refund(e.data as ReturnRegisteredData, 1);
    else if (e.recordType === 'returnRecord' && e.type === 'reversed') {
      const original = lookups.returnOf(e.recordId);
      if (original) refund(original, -1);
    } else if (e.recordType === 'handout' && e.type === 'handedOut') gift(e.data as HandedOutData, 1);
    else if (e.recordType === 'handout' && e.type === 'reversed') {
      const original = lookups.handoutOf(e.recordId);
      if (original) gift(original, -1);
    } else if (e.recordType === 'serviceCall' && e.type === 'visitRecorded') serviceFeesFen += (e.data as VisitFacts).feeFen;
    else if (e.recordType === 'serviceCall' && e.type === 'goodsReturned') serviceFeesFen += (e.data as GoodsReturnedData).feeFen;
  }
  const refundsFen = Object.fromEntries([...refunds.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { refundsFen, storeCreditFen, serviceFeesFen, giftValueFen };
}
