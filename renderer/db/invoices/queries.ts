import { dayRange } from '../../../shared/domain/clock';
import type { Fen } from '../../../shared/domain/money';
import { invoiceableFen } from '../../../shared/domain/invoices/receiptAmounts';
import { conflictedInvoiceNumbers } from '../../../shared/domain/invoices/rules';
import { normalizeRecordNumber } from '../../../shared/domain/numbering';
import { monthRange } from '../../../shared/domain/returns/days';
import { receiptRecordId, RECEIPT_NO_PATTERN } from '../../../shared/domain/sales/receipt';
import type { DeskDatabase } from '../database';
import type { InvoiceRow } from './row';

/** The register's period: a store-local day (yyyy-MM-dd) or month (yyyy-MM). */
export type RegisterPeriod = { readonly day: string } | { readonly month: string };

function rangeOf(period: RegisterPeriod, timeZone: string): { readonly from: number; readonly to: number } | undefined {
  if ('day' in period) return dayRange(period.day, timeZone);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period.month)) return undefined;
  const { start, end } = monthRange(period.month, timeZone);
  return { from: start, to: end };
}

/** The requests made in the period (one index range), for the register; none for a period that is not a date. */
export async function invoicesOfPeriod(db: DeskDatabase, period: RegisterPeriod, timeZone: string): Promise<InvoiceRow[]> {
  const range = rangeOf(period, timeZone);
  if (!range) return [];
  return db.invoices.where('requestedAt').between(range.from, range.to, true, false).toArray();
}

/** A request by its FP number, as scanned from its slip. */
export async function findInvoice(db: DeskDatabase, text: string): Promise<InvoiceRow | undefined> {
  return db.invoices.where('number').equals(normalizeRecordNumber(text)).first();
}

/** What this counter knows of a receipt for invoicing: its amount, once recorded, and what is left of it. */
export interface ReceiptAmounts {
  readonly totalFen?: Fen | undefined;
  readonly leftFen?: Fen | undefined;
}

/** The amounts of the receipts typed so far (a number not yet a receipt number is skipped). */
export async function receiptAmounts(db: DeskDatabase, receiptNos: readonly string[]): Promise<Readonly<Record<string, ReceiptAmounts>>> {
  const numbers = [...new Set(receiptNos.map(normalizeRecordNumber).filter((n) => RECEIPT_NO_PATTERN.test(n)))];
  const rows = await db.receipts.bulkGet(numbers.map(receiptRecordId));
  return Object.fromEntries(numbers.map((n, i) => [n, { totalFen: rows[i]?.totalFen, leftFen: invoiceableFen(rows[i]) }]));
}

/** Whether a receipt conflict names the request: another counter's request came first. */
export async function invoiceInConflict(db: DeskDatabase, invoice: Pick<InvoiceRow, 'number' | 'receipts'>): Promise<boolean> {
  const receipts = await db.receipts.bulkGet(invoice.receipts.map((r) => receiptRecordId(r.receiptNo)));
  return receipts.some((r) => conflictedInvoiceNumbers(r).includes(invoice.number));
}
