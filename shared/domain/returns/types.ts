import type { Entry } from '../entry';
import type { InvoiceSettlement } from '../invoices/types';
import type { Fen } from '../money';
import type { ActionStamp, PrintedData } from '../storage/types';

/** Reason codes (DOMAIN §2). */
export const RETURN_REASONS = ['quality', 'damaged', 'expired', 'wrongItem', 'sizeFit', 'changedMind', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const ITEM_CONDITIONS = ['unopened', 'opened', 'used', 'faulty', 'broken'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

export const RETURN_OUTCOMES = ['refund', 'exchange', 'repair', 'refused'] as const;
export type ReturnOutcome = (typeof RETURN_OUTCOMES)[number];

/** Store credit is the only refund without a receipt (with exchange). */
export const REFUND_METHODS = ['originalPayment', 'cash', 'storeCard', 'storeCredit'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

/** Where each returned line goes. */
export const LINE_DISPOSITIONS = ['restock', 'damaged'] as const;
export type LineDisposition = (typeof LINE_DISPOSITIONS)[number];

/** Why a return is outside policy; each one a supervisor may approve as an exception. */
export const POLICY_PROBLEMS = ['outsideWindow', 'nonReturnableCategory', 'noReceipt', 'overApprovalAmount'] as const;
export type PolicyProblem = (typeof POLICY_PROBLEMS)[number];

export interface ReturnLine {
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly quantity: number;
  readonly unitPriceFen: Fen;
  readonly amountFen: Fen;
  readonly disposition: LineDisposition;
  /** Quantity on the receipt for this line (recorded on the receipt the first time it is seen). */
  readonly quantityBought?: number | undefined;
}

export interface ExchangeItem {
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPriceFen: Fen;
}

/** A gift the receipt earned, asked back because its goods are refunded. */
export interface GiftClawback {
  readonly handoutId: string;
  readonly handoutNumber: string;
  readonly giftName: string;
  /** The gift came back, or its value was deducted from the refund. */
  readonly settlement: 'returned' | 'deducted';
  readonly deductedFen: Fen;
}

export interface ReturnRegisteredData {
  readonly number: string;
  /** Absent: no receipt (store credit or exchange only, supervisor approves). */
  readonly receiptNo?: string | undefined;
  /** Store-local date, yyyy-MM-dd. */
  readonly purchaseDate: string;
  readonly lines: readonly ReturnLine[];
  readonly reason: ReturnReason;
  readonly reasonText?: string | undefined;
  readonly condition: ItemCondition;
  readonly outcome: ReturnOutcome;
  readonly refundMethod?: RefundMethod | undefined;
  readonly exchangeItem?: ExchangeItem | undefined;
  readonly refusalReason?: string | undefined;
  readonly phone?: string | undefined;
  /** Sum of line amounts, before gift deductions. */
  readonly totalFen: Fen;
  /** What the customer gets back: total less any gift value deducted (0 when refused/exchanged/repaired). */
  readonly refundFen: Fen;
  /** Policy problems a supervisor approved as exceptions, with the reason. */
  readonly exceptions: readonly PolicyProblem[];
  readonly exceptionReason?: string | undefined;
  readonly giftClawbacks: readonly GiftClawback[];
  /** A refund on an invoiced receipt: the invoice came back, or a red-letter note was made (shared/domain/invoices/refund). */
  readonly invoiceSettlement?: InvoiceSettlement | undefined;
}

export interface ReturnReversedData {
  readonly reason: string;
}

export type ReturnEntry =
  | Entry<'registered', ReturnRegisteredData>
  | Entry<'reversed', ReturnReversedData>
  | Entry<'printed', PrintedData>;

export interface ReturnRecord extends ReturnRegisteredData {
  readonly id: string;
  readonly status: 'registered' | 'reversed';
  readonly registered: ActionStamp;
  readonly reversed?: (ActionStamp & ReturnReversedData) | undefined;
  readonly printCount: number;
  readonly pendingEntries: number;
}

/** A product category as the store configures it. */
export interface ProductCategory {
  readonly code: string;
  readonly name: string;
  /** Durable goods under the "three guarantees" (三包). */
  readonly durable: boolean;
  /** Cannot be returned (fresh food, opened personal care, tobacco, ...). */
  readonly nonReturnable: boolean;
}

export interface ReturnPolicy {
  readonly returnWindowDays: number;
  /** Above this refund amount a supervisor approves. */
  readonly approvalAmountFen: Fen;
  readonly categories: readonly ProductCategory[];
}
