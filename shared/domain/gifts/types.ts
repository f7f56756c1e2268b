import type { Entry } from '../entry';
import type { Fen } from '../money';
import type { ActionStamp, PrintedData } from '../storage/types';

export interface CampaignGift {
  readonly giftId: string;
  readonly name: string;
  readonly valueFen: Fen;
}

/** Spend at least `minSpendFen` on one receipt: the clerk picks one of `giftIds`. */
export interface SpendTier {
  readonly minSpendFen: Fen;
  readonly giftIds: readonly string[];
}

export interface CampaignDefinedData {
  readonly number: string;
  readonly name: string;
  /** UTC ms; the period is [start, end]. */
  readonly start: number;
  readonly end: number;
  readonly gifts: readonly CampaignGift[];
  readonly tiers: readonly SpendTier[];
  /** Gifts per receipt (usually 1). */
  readonly perReceiptLimit: number;
  /** Optional handouts per customer phone over the campaign. */
  readonly perCustomerLimit?: number | undefined;
}

export type CampaignEntry =
  | Entry<'defined', CampaignDefinedData>
  | Entry<'updated', Omit<CampaignDefinedData, 'number'>>
  | Entry<'closed', { readonly reason: string }>
  | Entry<'printed', PrintedData>;

export interface Campaign extends CampaignDefinedData {
  readonly id: string;
  readonly closed: boolean;
  readonly defined: ActionStamp;
  readonly printCount: number;
  readonly pendingEntries: number;
}

/** Gift stock of one gift in one campaign: id `${campaignId}:${giftId}`. */
export type GiftStockEntry =
  | Entry<'received', { readonly quantity: number; readonly note?: string | undefined }>
  | Entry<'issued', { readonly handoutId: string; readonly handoutNumber: string; readonly quantity: number }>
  | Entry<'returned', { readonly handoutId: string; readonly quantity: number }>
  | Entry<'adjusted', { readonly quantity: number; readonly reason: string }>
  /** Handed over to a charity event (公益赞助): written at GIFT_STOCK_SCHEMA_VERSION 2. */
  | Entry<'donated', { readonly eventId: string; readonly eventNumber: string; readonly quantity: number }>;

export interface GiftStockConflict {
  readonly entryId: string;
  readonly kind: 'belowZero';
  /** The handout's id and number, or the charity event's for a hand-out to charity. */
  readonly handoutId: string;
  readonly handoutNumber: string;
  readonly by: string;
  readonly at: number;
  readonly counter: string;
}

export interface GiftStock {
  readonly id: string;
  readonly campaignId: string;
  readonly giftId: string;
  readonly received: number;
  readonly issued: number;
  readonly returned: number;
  /** Sum of adjustments (negative: lost/damaged; positive: found). */
  readonly adjusted: number;
  /** Pieces handed over to charity events; absent while there were none. */
  readonly charity?: number | undefined;
  /** received - issued + returned - charity + adjusted; never below zero. */
  readonly remaining: number;
  /** Issues that would have taken stock below zero (from another counter): a stock alarm. */
  readonly conflicts: readonly GiftStockConflict[];
  readonly pendingEntries: number;
}

export interface HandedOutData {
  readonly number: string;
  readonly campaignId: string;
  readonly receiptNo: string;
  readonly receiptAmountFen: Fen;
  /** The receipt's purchase day (yyyy-MM-dd); absent on handouts recorded before it was asked. */
  readonly purchaseDate?: string | undefined;
  readonly giftId: string;
  readonly quantity: number;
  readonly phone?: string | undefined;
}

export interface HandoutReversedData {
  readonly reason: string;
  /** Set when the reversal is part of a refund. */
  readonly returnNumber?: string | undefined;
}

export type HandoutEntry =
  | Entry<'handedOut', HandedOutData>
  | Entry<'reversed', HandoutReversedData>
  | Entry<'printed', PrintedData>;

export interface Handout extends HandedOutData {
  readonly id: string;
  readonly status: 'handedOut' | 'reversed';
  readonly handedOut: ActionStamp;
  readonly reversed?: (ActionStamp & HandoutReversedData) | undefined;
  readonly printCount: number;
  readonly pendingEntries: number;
}

export interface DrawTier {
  readonly name: string;
  readonly prize: string;
  readonly quantity: number;
}

export interface DrawWinner {
  readonly tier: string;
  readonly participant: string;
}

/** A lottery draw: seeded, so the same record always gives the same winners. */
export interface DrawnData {
  readonly number: string;
  readonly name: string;
  readonly campaignId?: string | undefined;
  readonly seed: string;
  readonly participants: readonly string[];
  readonly tiers: readonly DrawTier[];
  readonly winners: readonly DrawWinner[];
}

export type DrawEntry =
  | Entry<'drawn', DrawnData>
  | Entry<'prizeHandedOut', { readonly participant: string; readonly tier: string }>
  | Entry<'printed', PrintedData>;

export interface Draw extends DrawnData {
  readonly id: string;
  readonly drawn: ActionStamp;
  /** Participants whose prize has been handed out. */
  readonly handedOut: readonly string[];
  readonly printCount: number;
  readonly pendingEntries: number;
}
