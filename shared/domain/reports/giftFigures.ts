import type { Campaign, GiftStock, Handout } from '../gifts/types';
import { giftStockId } from '../gifts/projection';
import { takenAt } from './counterOf';
import { R, SECTION_TITLES } from './labels';
import { same, type Cell, type Label, type ReportSection } from './model';

export type CampaignFigureRow = Pick<Campaign, 'id' | 'name' | 'start' | 'end' | 'gifts'>;
export type StockFigureRow = Pick<GiftStock, 'id' | 'received' | 'issued' | 'returned' | 'remaining' | 'conflicts'>;
export type HandoutFigureRow = Pick<Handout, 'number' | 'campaignId' | 'giftId' | 'quantity' | 'status'> & { readonly handedOutAt: number };

interface GiftLine {
  readonly label: Label;
  readonly handedOut: number;
  readonly stock: StockFigureRow | undefined;
}

/**
 * 赠品发放与库存: per campaign and gift, the pieces handed out in the period
 * (at the store or one counter; reversed ones not counted) beside the
 * stock as the gift stock keeps it to date (store-wide: stock is one pile).
 * Campaigns running in the period, and any other one handed out from.
 */
export function giftSection(campaigns: readonly CampaignFigureRow[], stocks: readonly StockFigureRow[], handouts: readonly HandoutFigureRow[], start: number, end: number, counter: string | undefined): ReportSection {
  const inPeriod = handouts.filter((h) => h.handedOutAt >= start && h.handedOutAt < end);
  const pieces = new Map<string, number>();
  for (const h of inPeriod) {
    if (h.status === 'reversed' || !takenAt(h.number, counter)) continue;
    const key = giftStockId(h.campaignId, h.giftId);
    pieces.set(key, (pieces.get(key) ?? 0) + h.quantity);
  }
  const stockById = new Map(stocks.map((s) => [s.id, s]));
  const handedFrom = new Set(inPeriod.map((h) => h.campaignId));
  const shown = campaigns.filter((c) => (c.start < end && c.end >= start) || handedFrom.has(c.id)).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  const lines: GiftLine[] = shown.flatMap((c) =>
    c.gifts.map((g) => {
      const id = giftStockId(c.id, g.giftId);
      return { label: same(`${c.name} · ${g.name}`), handedOut: pieces.get(id) ?? 0, stock: stockById.get(id) };
    }),
  );
  const cells = (l: GiftLine): Cell[] => [l.label, l.handedOut, l.stock?.received ?? 0, l.stock ? l.stock.issued - l.stock.returned : 0, l.stock?.remaining ?? 0, l.stock?.conflicts.length ?? 0];
  return {
    id: 'gifts',
    title: SECTION_TITLES.gifts,
    figures: [
      { id: 'handedOut', label: R.giftsHandedOut, value: lines.reduce((n, l) => n + l.handedOut, 0), unit: 'count' },
      { id: 'alarms', label: R.alarms, value: lines.reduce((n, l) => n + (l.stock?.conflicts.length ?? 0), 0), unit: 'count' },
    ],
    tables: [
      {
        id: 'byGift',
        title: R.gift,
        columns: [
          { label: R.gift, unit: 'label' },
          { label: R.handedOut, unit: 'count' },
          { label: R.received, unit: 'count' },
          { label: R.netIssued, unit: 'count' },
          { label: R.remaining, unit: 'count' },
          { label: R.alarms, unit: 'count' },
        ],
        rows: lines.map(cells),
      },
    ],
    charts: [
      {
        id: 'byGift',
        kind: 'bar',
        title: R.giftsChart,
        categories: lines.map((l) => l.label),
        series: [
          { label: R.handedOut, values: lines.map((l) => l.handedOut) },
          { label: R.remaining, values: lines.map((l) => l.stock?.remaining ?? 0) },
        ],
        unit: 'count',
      },
    ],
    notes: [R.stockNote],
  };
}
