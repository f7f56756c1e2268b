import type { Entry, RecordType } from '../entry';
import type { Fen } from '../money';
import type { ActionStamp, PrintedData } from '../storage/types';

export const INVOICE_RECORD_TYPE: RecordType = 'invoice';
export const INVOICE_SCHEMA_VERSION = 1;

/** Who the invoice is made out to: a private person, or a company (then with its taxpayer number). */
export const BUYER_KINDS = ['person', 'company'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

/** 普通发票 or 增值税专用发票 (special VAT: companies only). */
export const INVOICE_KINDS = ['ordinary', 'specialVat'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/** 电子发票 (sent to an email or phone) or 纸质发票. */
export const INVOICE_MEDIA = ['electronic', 'paper'] as const;
export type InvoiceMedium = (typeof INVOICE_MEDIA)[number];

/** One receipt of a request: its amount as printed on it, and how much of it this invoice covers. */
export interface InvoiceReceipt {
  readonly receiptNo: string;
  readonly receiptTotalFen: Fen;
  readonly amountFen: Fen;
}

export interface InvoiceRequestedData {
  readonly number: string;
  readonly receipts: readonly InvoiceReceipt[];
  /** The sum of the receipts' amounts. */
  readonly amountFen: Fen;
  /** 抬头 */
  readonly title: string;
  readonly buyer: BuyerKind;
  /** The company's unified social credit code; absent for a person. */
  readonly taxpayerNo?: string | undefined;
  readonly kind: InvoiceKind;
  readonly medium: InvoiceMedium;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
}

/** The number the tax system gave the invoice, typed or scanned at the desk. */
export interface InvoiceIssuedData {
  readonly invoiceNo: string;
}

export interface InvoiceCancelledData {
  readonly reason: string;
}

export type InvoiceEntry =
  | Entry<'requested', InvoiceRequestedData>
  | Entry<'issued', InvoiceIssuedData>
  | Entry<'cancelled', InvoiceCancelledData>
  | Entry<'printed', PrintedData>;

export type InvoiceStatus = 'requested' | 'issued' | 'cancelled';

/** Two counters working one request while offline: issued twice, or worked after it was cancelled. */
export type InvoiceConflictReason = 'alreadyIssued' | 'alreadyCancelled';

export interface InvoiceConflict extends ActionStamp {
  readonly entryId: string;
  readonly reason: InvoiceConflictReason;
}

/**
 * An invoice request (开票申请): requested, then issued with the tax system's
 * number, or cancelled with a reason. Nothing is deleted: a cancelled request
 * stays in the register.
 */
export interface Invoice extends InvoiceRequestedData {
  readonly id: string;
  readonly status: InvoiceStatus;
  readonly requested: ActionStamp;
  readonly issued?: (ActionStamp & InvoiceIssuedData) | undefined;
  readonly cancelled?: (ActionStamp & InvoiceCancelledData) | undefined;
  readonly printCount: number;
  readonly conflicts: readonly InvoiceConflict[];
}

/**
 * What a refund of an invoiced receipt settles the invoice with: the invoice
 * handed back (发票退回), or a red-letter note (红字发票信息表) — each with
 * the number of the paper the desk keeps.
 */
export const INVOICE_SETTLEMENTS = ['invoiceReturned', 'redLetterNote'] as const;
export type InvoiceSettlementKind = (typeof INVOICE_SETTLEMENTS)[number];

export interface InvoiceSettlement {
  readonly kind: InvoiceSettlementKind;
  readonly noteNo: string;
}
