import { normalizeRecordNumber, parseRecordNumber } from '../../../shared/domain/numbering';
import type { GoodsReturn, Workshop } from '../../../shared/domain/service/types';
import type { DeskDatabase, ServiceCallRow } from '../database';

/** A call whose goods came into the workshop. */
export type WorkshopCall = ServiceCallRow & { readonly workshop: Workshop };

const DAY_MS = 24 * 60 * 60 * 1000;

function hasGoods(call: ServiceCallRow): call is WorkshopCall {
  return call.workshop !== undefined;
}

/** The goods in the workshop now (in, not yet back with the customer), oldest first. */
export async function readWorkshopGoods(db: DeskDatabase): Promise<WorkshopCall[]> {
  const calls = await db.serviceCalls.where('goodsReceiptNo').above('').toArray();
  return calls.filter(hasGoods).sort(byReceipt);
}

function byReceipt(a: WorkshopCall, b: WorkshopCall): number {
  return a.workshop.receipt.at - b.workshop.receipt.at || a.workshop.receipt.receiptNo.localeCompare(b.workshop.receipt.receiptNo);
}

/** Closed calls that ended at or after `since` and had goods in the workshop. */
async function goodsBackSince(db: DeskDatabase, since: number): Promise<WorkshopCall[]> {
  return (await db.serviceCalls.where('closedAt').aboveOrEqual(Math.max(1, since)).toArray()).filter(hasGoods);
}

/**
 * A goods receipt by its number: the call while the goods are in (the
 * index), else the call it was voided on. A voided receipt is found among
 * the calls closed since the day in its number (the receipt was made that
 * day, so the goods went back no earlier): a clear answer, not "not found".
 */
export async function findGoodsReceipt(db: DeskDatabase, typed: string): Promise<{ readonly call: WorkshopCall; readonly returned?: GoodsReturn | undefined } | undefined> {
  const number = normalizeRecordNumber(typed);
  const inShop = (await db.serviceCalls.where('goodsReceiptNo').equals(number).toArray()).filter(hasGoods).sort(byReceipt)[0];
  if (inShop) return { call: inShop };
  const parts = parseRecordNumber(number);
  if (!parts) return undefined;
  const [yy, mm, dd] = [2000 + Number(parts.date.slice(0, 2)), Number(parts.date.slice(2, 4)) - 1, Number(parts.date.slice(4, 6))];
  // A day early covers every store's time zone without knowing it.
  const back = (await goodsBackSince(db, Date.UTC(yy, mm, dd) - DAY_MS)).find((c) => c.workshop.receipt.receiptNo === number);
  return back && { call: back, returned: back.workshop.returned };
}

/**
 * 客户商品进出登记簿 for [from, to): every call whose goods came in or went
 * back in the range, by when they came in. Goods still in are read by
 * their index; goods back since `from` by the calls closed since then
 * (goods that came in during the range and left later are among them).
 */
export async function readGoodsRegister(db: DeskDatabase, from: number, to: number): Promise<WorkshopCall[]> {
  const [inShop, back] = await Promise.all([readWorkshopGoods(db), goodsBackSince(db, from)]);
  const inRange = (at: number | undefined) => at !== undefined && at >= from && at < to;
  const rows = new Map<string, WorkshopCall>();
  for (const call of [...inShop, ...back]) {
    if (inRange(call.workshop.receipt.at) || inRange(call.workshop.returned?.at)) rows.set(call.id, call);
  }
  return [...rows.values()].sort(byReceipt);
}
