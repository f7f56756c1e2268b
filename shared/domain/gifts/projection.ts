import { sortEntries } from '../entry';
import type { Campaign, CampaignEntry, Draw, DrawEntry, GiftStock, GiftStockEntry, Handout, HandoutEntry } from './types';

export const GIFTS_SCHEMA_VERSION = 1;
/** Gift stock entries: version 2 added 'donated' (a hand-out to a charity event), which an older build keeps unprojected. */
export const GIFT_STOCK_SCHEMA_VERSION = 2;

/** A gift stock's record id. */
export function giftStockId(campaignId: string, giftId: string): string {
  return `${campaignId}:${giftId}`;
}

export function applyCampaignEntry(c: Campaign | undefined, e: CampaignEntry): Campaign | undefined {
  if (e.schemaVersion > GIFTS_SCHEMA_VERSION) return c ? { ...c, pendingEntries: c.pendingEntries + 1 } : c;
  if (e.type === 'defined') {
    if (c) return c;
    return { ...e.data, id: e.recordId, closed: false, defined: { by: e.by, at: e.at, counter: e.counter }, printCount: 0, pendingEntries: 0 };
  }
  if (!c) return c;
  switch (e.type) {
    case 'updated':
      return { ...c, ...e.data };
    case 'closed':
      return { ...c, closed: true };
    case 'printed':
      return { ...c, printCount: c.printCount + 1 };
  }
}

/**
 * Stock never goes below zero: an issue that would (two counters handing
 * out the last gift while offline) is not counted but kept as a conflict,
 * which is also the stock alarm; a supervisor settles it with an adjustment.
 */
export function applyGiftStockEntry(s: GiftStock | undefined, e: GiftStockEntry): GiftStock {
  const [campaignId = '', giftId = ''] = e.recordId.split(':');
  const stock: GiftStock = s ?? { id: e.recordId, campaignId, giftId, received: 0, issued: 0, returned: 0, adjusted: 0, remaining: 0, conflicts: [], pendingEntries: 0 };
  if (e.schemaVersion > GIFT_STOCK_SCHEMA_VERSION) return { ...stock, pendingEntries: stock.pendingEntries + 1 };
  switch (e.type) {
    case 'received':
      return { ...stock, received: stock.received + e.data.quantity, remaining: stock.remaining + e.data.quantity };
    case 'issued':
      if (stock.remaining < e.data.quantity) {
        return {
          ...stock,
          conflicts: [
            ...stock.conflicts,
            { entryId: e.id, kind: 'belowZero', handoutId: e.data.handoutId, handoutNumber: e.data.handoutNumber, by: e.by, at: e.at, counter: e.counter },
          ],
        };
      }
      return { ...stock, issued: stock.issued + e.data.quantity, remaining: stock.remaining - e.data.quantity };
    case 'donated':
      // The same rule for charity: what was not on the shelf is not counted, and the alarm names the event.
      if (stock.remaining < e.data.quantity) {
        return {
          ...stock,
          conflicts: [
            ...stock.conflicts,
            { entryId: e.id, kind: 'belowZero', handoutId: e.data.eventId, handoutNumber: e.data.eventNumber, by: e.by, at: e.at, counter: e.counter },
          ],
        };
      }
      return { ...stock, charity: (stock.charity ?? 0) + e.data.quantity, remaining: stock.remaining - e.data.quantity };
    case 'returned':
      // A handout whose issue was never counted (a below-zero conflict) gives nothing back to count;
      // its conflict stays for the supervisor.
      if (stock.conflicts.some((c) => c.handoutId === e.data.handoutId)) return stock;
      return { ...stock, returned: stock.returned + e.data.quantity, remaining: stock.remaining + e.data.quantity };
    case 'adjusted': {
      const quantity = Math.max(e.data.quantity, -stock.remaining);
      return { ...stock, adjusted: stock.adjusted + quantity, remaining: stock.remaining + quantity };
    }
  }
}

export function applyHandoutEntry(h: Handout | undefined, e: HandoutEntry): Handout | undefined {
  if (e.schemaVersion > GIFTS_SCHEMA_VERSION) return h ? { ...h, pendingEntries: h.pendingEntries + 1 } : h;
  if (e.type === 'handedOut') {
    if (h) return h;
    return { ...e.data, id: e.recordId, status: 'handedOut', handedOut: { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy }, printCount: 0, pendingEntries: 0 };
  }
  if (!h) return h;
  if (e.type === 'printed') return { ...h, printCount: h.printCount + 1 };
  if (h.status === 'reversed') return h;
  return { ...h, status: 'reversed', reversed: { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy, ...e.data } };
}

export function applyDrawEntry(d: Draw | undefined, e: DrawEntry): Draw | undefined {
  if (e.schemaVersion > GIFTS_SCHEMA_VERSION) return d ? { ...d, pendingEntries: d.pendingEntries + 1 } : d;
  if (e.type === 'drawn') {
    if (d) return d;
    return { ...e.data, id: e.recordId, drawn: { by: e.by, at: e.at, counter: e.counter, approvedBy: e.approvedBy }, handedOut: [], printCount: 0, pendingEntries: 0 };
  }
  if (!d) return d;
  if (e.type === 'printed') return { ...d, printCount: d.printCount + 1 };
  if (d.handedOut.includes(e.data.participant)) return d;
  return { ...d, handedOut: [...d.handedOut, e.data.participant] };
}

export function projectGiftStock(entries: readonly GiftStockEntry[]): GiftStock | undefined {
  return sortEntries(entries).reduce<GiftStock | undefined>(applyGiftStockEntry, undefined);
}
