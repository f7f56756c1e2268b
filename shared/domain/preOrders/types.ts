import type { Entry, RecordType } from '../entry';
import type { Fen } from '../money';
import type { ActionStamp, PrintedData } from '../storage/types';

export const PRE_ORDER_RECORD_TYPE: RecordType = 'preOrder';
export const PRE_ORDER_SCHEMA_VERSION = 1;

/** 电话预约订货 for one customer, or 团体购物 for an organisation (a company, a school). */
export const PRE_ORDER_KINDS = ['phone', 'group'] as const;
export type PreOrderKind = (typeof PRE_ORDER_KINDS)[number];

/** 已登记 → 已确认 (the department said yes on the phone) → 已备货 → 已取货, or 已取消 on the way. */
export const PRE_ORDER_STATUSES = ['taken', 'confirmed', 'ready', 'pickedUp', 'cancelled'] as const;
export type PreOrderStatus = (typeof PRE_ORDER_STATUSES)[number];

/** A step after the order was taken: each is one entry. */
export type PreOrderMove = Exclude<PreOrderStatus, 'taken'>;

/** What became of a deposit when the order was cancelled. */
export const DEPOSIT_OUTCOMES = ['refunded', 'kept'] as const;
export type DepositOutcome = (typeof DEPOSIT_OUTCOMES)[number];

export interface PreOrderItem {
  readonly name: string;
  /** Whole pieces (or packs) as the customer asked. */
  readonly quantity: number;
  /** Where the department quoted one. */
  readonly unitPriceFen?: Fen | undefined;
}

export interface PreOrderTakenData {
  readonly number: string;
  readonly kind: PreOrderKind;
  /** The organisation of a group purchase. */
  readonly organisation?: string | undefined;
  readonly customerName: string;
  readonly phone: string;
  readonly items: readonly PreOrderItem[];
  /** The department (部门) that prepares the goods. */
  readonly department: string;
  /** When the customer comes for the goods (UTC ms). */
  readonly pickupAt: number;
  /** 0 when none was taken. */
  readonly depositFen: Fen;
  readonly note?: string | undefined;
}

export interface PreOrderConfirmedData {
  /** Who at the department confirmed it on the phone. */
  readonly confirmedBy: string;
  readonly note?: string | undefined;
}

export interface PreOrderReadyData {
  readonly note?: string | undefined;
}

export interface PreOrderPickedUpData {
  /** The balance the customer paid at pickup (0 when nothing was due). */
  readonly balancePaidFen: Fen;
  readonly note?: string | undefined;
}

export interface PreOrderCancelledData {
  readonly reason: string;
  /** Only for an order with a deposit. */
  readonly deposit?: DepositOutcome | undefined;
}

export type PreOrderEntry =
  | Entry<'taken', PreOrderTakenData>
  | Entry<'confirmed', PreOrderConfirmedData>
  | Entry<'ready', PreOrderReadyData>
  | Entry<'pickedUp', PreOrderPickedUpData>
  | Entry<'cancelled', PreOrderCancelledData>
  | Entry<'printed', PrintedData>;

/** Why a step that arrived could not be applied (two counters working the same order while offline). */
export type PreOrderMoveRefusal = 'alreadyPickedUp' | 'alreadyCancelled' | 'notConfirmed' | 'notReady' | 'alreadyDone';

export interface PreOrderConflict extends ActionStamp {
  readonly entryId: string;
  readonly move: PreOrderMove;
  readonly reason: PreOrderMoveRefusal;
}

/** 电话预约订货 / 团体购物: one order from taking it to its pickup or cancellation. */
export interface PreOrder extends PreOrderTakenData {
  readonly id: string;
  readonly status: PreOrderStatus;
  readonly taken: ActionStamp;
  readonly confirmed?: (ActionStamp & PreOrderConfirmedData) | undefined;
  readonly ready?: (ActionStamp & PreOrderReadyData) | undefined;
  readonly pickedUp?: (ActionStamp & PreOrderPickedUpData) | undefined;
  readonly cancelled?: (ActionStamp & PreOrderCancelledData) | undefined;
  readonly printCount: number;
  readonly conflicts: readonly PreOrderConflict[];
}
