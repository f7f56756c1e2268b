import type { Entry } from '../../shared/domain/entry';
import { newId } from '../../shared/domain/ids';
import { formatRecordNumber, sequenceKey } from '../../shared/domain/numbering';
import { applyCampaignEntry, applyGiftStockEntry, applyHandoutEntry, GIFTS_SCHEMA_VERSION, giftStockId } from '../../shared/domain/gifts/projection';
import type { Campaign, CampaignDefinedData, GiftStock, HandedOutData } from '../../shared/domain/gifts/types';
import { applyReceiptEntry, RECEIPT_SCHEMA_VERSION, receiptRecordId, type GiftIssuedData } from '../../shared/domain/sales/receipt';
import type { DeskDatabase, HandoutRow, ReceiptRow } from '../../renderer/db/database';
import { seedEntry } from './seedEntry';

const DAY = 86_400_000;
const GIFTS = [
  { giftId: 'G1', name: '保温杯', valueFen: 3900 },
  { giftId: 'G2', name: '电饭煲', valueFen: 19900 },
];

interface SeedCounter {
  seq: number;
}

function entry<T extends string, D>(recordType: Entry['recordType'], recordId: string, type: T, data: D, at: number, counter: string, c: SeedCounter, schemaVersion: number): Entry<T, D> {
  c.seq += 1;
  return seedEntry({ recordType, recordId, schemaVersion, counter, seq: c.seq, at }, type, data);
}

/**
 * A year of gift handouts made as the app makes them: a campaign a month
 * (two gifts, two tiers), each handout's three entries (handout, receipt,
 * stock) projected by the same rules, written in bulk so 300,000 handouts
 * (900,000 entries) seed in a minute, not hours. Returns the campaigns.
 */
export async function seedGifts(db: DeskDatabase, count: number, start: number, counters: readonly string[]): Promise<Campaign[]> {
  const clocks = new Map(counters.map((c) => [c, { seq: 0 }]));
  const campaigns: Campaign[] = [];
  const campaignEntries: Entry[] = [];
  for (let m = 0; m < 12; m += 1) {
    const at = start + m * 30 * DAY;
    const id = newId(at);
    const data: CampaignDefinedData = {
      number: formatRecordNumber('campaign', 'S01', counters[0]!, at, 1),
      name: `月度满赠 ${m + 1}`,
      start: at,
      end: at + 30 * DAY - 1,
      gifts: GIFTS,
      tiers: [
        { minSpendFen: 19900, giftIds: ['G1'] },
        { minSpendFen: 39900, giftIds: ['G1', 'G2'] },
      ],
      perReceiptLimit: 1,
      perCustomerLimit: 3,
    };
    const e = entry('campaign', id, 'defined', data, at, counters[0]!, clocks.get(counters[0]!)!, GIFTS_SCHEMA_VERSION);
    campaignEntries.push(e);
    campaigns.push(applyCampaignEntry(undefined, e)!);
  }
  const stocks = new Map<string, GiftStock>();
  const stockEntries: Entry[] = [];
  for (const c of campaigns) {
    for (const g of GIFTS) {
      const e = entry('giftStock', giftStockId(c.id, g.giftId), 'received', { quantity: count }, c.start, counters[0]!, clocks.get(counters[0]!)!, GIFTS_SCHEMA_VERSION);
      stockEntries.push(e);
      stocks.set(e.recordId, applyGiftStockEntry(undefined, e));
    }
  }
  await db.transaction('rw', db.entries, db.campaigns, async () => {
    await db.entries.bulkAdd([...campaignEntries, ...stockEntries]);
    await db.campaigns.bulkAdd(campaigns);
  });

  const batch = 5000;
  const stepMs = Math.floor((360 * DAY) / count);
  const sequences = new Map<string, number>();
  for (let from = 0; from < count; from += batch) {
    const entries: Entry[] = [];
    const handouts: HandoutRow[] = [];
    const receipts: ReceiptRow[] = [];
    for (let i = from; i < Math.min(count, from + batch); i += 1) {
      const at = start + i * stepMs;
      const counter = counters[i % counters.length]!;
      const clock = clocks.get(counter)!;
      const dayKey = `${counter}:${sequenceKey('handout', at)}`;
      const seq = (sequences.get(dayKey) ?? 0) + 1;
      sequences.set(dayKey, seq);
      const number = formatRecordNumber('handout', 'S01', counter, at, seq);
      const campaign = campaigns[Math.min(11, Math.floor((at - start) / (30 * DAY)))]!;
      const giftId = i % 5 === 0 ? 'G2' : 'G1';
      const receiptNo = `POS${String(i).padStart(10, '0')}`;
      const handoutId = newId(at);
      const data: HandedOutData = {
        number,
        campaignId: campaign.id,
        receiptNo,
        receiptAmountFen: giftId === 'G2' ? 45600 : 25680,
        giftId,
        quantity: 1,
        phone: i % 2 === 0 ? `139${String(i % 9_000_000).padStart(8, '0')}` : undefined,
      };
      const h = entry('handout', handoutId, 'handedOut', data, at, counter, clock, GIFTS_SCHEMA_VERSION);
      const r = entry<'giftIssued', GiftIssuedData>('receipt', receiptRecordId(receiptNo), 'giftIssued', { handoutId, handoutNumber: number, campaignId: campaign.id, giftId, quantity: 1 }, at, counter, clock, RECEIPT_SCHEMA_VERSION);
      const s = entry('giftStock', giftStockId(campaign.id, giftId), 'issued', { handoutId, handoutNumber: number, quantity: 1 }, at, counter, clock, GIFTS_SCHEMA_VERSION);
      entries.push(h, r, s);
      const handout = applyHandoutEntry(undefined, h)!;
      handouts.push({ ...handout, handedOutAt: handout.handedOut.at, phoneKey: handout.phone ?? '' });
      const receipt = applyReceiptEntry(undefined, r);
      receipts.push({ ...receipt, conflict: 0 });
      stocks.set(s.recordId, applyGiftStockEntry(stocks.get(s.recordId), s));
    }
    await db.transaction('rw', db.entries, db.handouts, db.receipts, async () => {
      await db.entries.bulkAdd(entries);
      await db.handouts.bulkAdd(handouts);
      await db.receipts.bulkAdd(receipts);
    });
  }
  await db.giftStocks.bulkPut([...stocks.values()].map((s) => ({ ...s, conflict: s.conflicts.length > 0 ? (1 as const) : (0 as const) })));
  return campaigns;
}
