import type { Entry } from '../entry';
import type { Fen } from '../money';
import type { ActionStamp, PrintedData } from '../storage/types';

export const CHARITY_SCHEMA_VERSION = 1;

/** Whom the store gives to (公益赞助的对象). */
export const CHARITY_RECIPIENT_KINDS = ['school', 'community', 'charity', 'other'] as const;
export type CharityRecipientKind = (typeof CHARITY_RECIPIENT_KINDS)[number];

/** Goods from one gift stock (a campaign's gift), named as they were when the event was approved. */
export interface CharityGoods {
  readonly campaignId: string;
  readonly giftId: string;
  readonly giftName: string;
  readonly quantity: number;
  readonly valueFen: Fen;
}

/** An event as a supervisor approved it: what the store gives, to whom, on which day. */
export interface CharityEventDefinedData {
  readonly number: string;
  readonly name: string;
  /** The event's store day (yyyy-MM-dd). */
  readonly day: string;
  readonly recipientKind: CharityRecipientKind;
  /** The school, community or charity. */
  readonly recipient: string;
  readonly goods?: CharityGoods | undefined;
  readonly moneyFen?: Fen | undefined;
  readonly note?: string | undefined;
}

/** What was handed over, to whose representative; at most what was approved. */
export interface CharityHandedOutData {
  readonly representative: string;
  readonly phone?: string | undefined;
  /** Gift pieces handed over (0 when the event gives no goods). */
  readonly quantity: number;
  /** Money handed over (0 when the event gives none). */
  readonly moneyFen: Fen;
}

export type CharityEventEntry = Entry<'defined', CharityEventDefinedData> | Entry<'handedOut', CharityHandedOutData> | Entry<'printed', PrintedData>;

/** A second hand-out of one event (two counters, offline): kept for a supervisor, not applied. */
export interface CharityConflict extends ActionStamp {
  readonly entryId: string;
  readonly reason: 'alreadyHandedOut';
}

export interface CharityEvent extends CharityEventDefinedData {
  readonly id: string;
  readonly status: 'planned' | 'handedOut';
  readonly defined: ActionStamp;
  readonly handedOut?: (ActionStamp & CharityHandedOutData) | undefined;
  readonly printCount: number;
  readonly conflicts: readonly CharityConflict[];
  readonly pendingEntries: number;
}
