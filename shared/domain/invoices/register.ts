import { formatInZone } from '../clock';
import { toCsv, type CsvRow } from '../csv';
import { formatYuan, sumFen, type Fen } from '../money';
import type { BuyerKind, Invoice, InvoiceKind, InvoiceMedium, InvoiceStatus } from './types';

/**
 * 发票登记: the requests of a day or a month, oldest first, with what they
 * come to. A cancelled request is listed (nothing is deleted) but counts in
 * no amount.
 */
export interface InvoiceRegister {
  readonly rows: readonly Invoice[];
  readonly requested: number;
  readonly issued: number;
  readonly cancelled: number;
  /** Requested and issued, not cancelled. */
  readonly amountFen: Fen;
  readonly issuedFen: Fen;
}

export function invoiceRegister(invoices: readonly Invoice[]): InvoiceRegister {
  const rows = [...invoices].sort((a, b) => a.requested.at - b.requested.at || (a.number < b.number ? -1 : 1));
  const of = (status: InvoiceStatus) => rows.filter((i) => i.status === status);
  return {
    rows,
    requested: of('requested').length,
    issued: of('issued').length,
    cancelled: of('cancelled').length,
    amountFen: sumFen(rows.filter((i) => i.status !== 'cancelled').map((i) => i.amountFen)),
    issuedFen: sumFen(of('issued').map((i) => i.amountFen)),
  };
}

/** Names for the CSV, in the reader's language (the caller's texts: shared/ has none). */
export interface InvoiceCsvLabels {
  readonly header: readonly [
    number: string,
    requestedAt: string,
    receipts: string,
    title: string,
    buyer: string,
    taxpayerNo: string,
    kind: string,
    medium: string,
    amountYuan: string,
    status: string,
    invoiceNo: string,
    issuedBy: string,
    issuedAt: string,
    cancelReason: string,
  ];
  readonly buyer: (b: BuyerKind) => string;
  readonly kind: (k: InvoiceKind) => string;
  readonly medium: (m: InvoiceMedium) => string;
  readonly status: (s: InvoiceStatus) => string;
}

/** The register as CSV (UTF-8 with BOM, amounts in yuan with two decimals, times in the store's zone). */
export function invoiceRegisterCsv(register: InvoiceRegister, labels: InvoiceCsvLabels, timeZone: string): string {
  const time = (ms: number | undefined) => (ms === undefined ? '' : formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone));
  const rows: CsvRow[] = register.rows.map((i) => [
    i.number,
    time(i.requested.at),
    i.receipts.map((r) => r.receiptNo).join(' '),
    i.title,
    labels.buyer(i.buyer),
    i.taxpayerNo ?? '',
    labels.kind(i.kind),
    labels.medium(i.medium),
    formatYuan(i.amountFen),
    labels.status(i.status),
    i.issued?.invoiceNo ?? '',
    i.issued?.by ?? '',
    time(i.issued?.at),
    i.cancelled?.reason ?? '',
  ]);
  return toCsv(labels.header, rows);
}
