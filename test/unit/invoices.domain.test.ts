import { describe, expect, it } from 'vitest';
import type { Entry, RecordType } from '../../shared/domain/entry';
import { invoiceSettlementNeeded, invoiceSettlementRefusal } from '../../shared/domain/invoices/refund';
import { invoiceableFen, invoicedFen } from '../../shared/domain/invoices/receiptAmounts';
import { invoiceRegister, invoiceRegisterCsv, type InvoiceCsvLabels } from '../../shared/domain/invoices/register';
import { conflictedInvoiceNumbers, receiptAmountRefusal } from '../../shared/domain/invoices/rules';
import type { Invoice, InvoiceRequestedData } from '../../shared/domain/invoices/types';
import { usccCheckCharacter, usccProblem } from '../../shared/domain/invoices/uscc';
import { projectRecord } from '../../shared/domain/projection';
import { RECEIPT_INVOICE_SCHEMA_VERSION, type ReceiptState } from '../../shared/domain/sales/receipt';
import { fieldErrors } from '../../shared/schema/common';
import { invoiceIssueInput, invoiceRequestInput } from '../../shared/schema/invoices';

const RECEIPT = 'receipt:POS-00123456';

let seq = 0;
/** An entry at `counter`, ordered by `clock` (the hybrid clock decides the shared order, not the array's). */
function entry(recordType: RecordType, recordId: string, type: string, data: unknown, clock: number, counter = 'C1', schemaVersion = 1): Entry {
  seq += 1;
  return { id: `e${String(seq).padStart(4, '0')}`, recordType, recordId, type, schemaVersion, store: 'S01', counter, seq, hlc: String(clock).padStart(8, '0'), at: 1_764_000_000_000 + clock, by: '1001', data };
}

const invoiced = (invoiceNumber: string, amountFen: number, clock: number, counter: string, receiptTotalFen = 10_000) =>
  entry('receipt', RECEIPT, 'invoiced', { invoiceId: `id-${invoiceNumber}`, invoiceNumber, amountFen, receiptTotalFen }, clock, counter, RECEIPT_INVOICE_SCHEMA_VERSION);
const invoiceCancelled = (invoiceNumber: string, clock: number, counter = 'C1') =>
  entry('receipt', RECEIPT, 'invoiceCancelled', { invoiceId: `id-${invoiceNumber}`, invoiceNumber }, clock, counter, RECEIPT_INVOICE_SCHEMA_VERSION);
const receiptOf = (entries: readonly Entry[]) => projectRecord('receipt', entries) as ReceiptState;

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes whose check character is right', () => {
    // The standard's own example, and codes printed on business licences of well-known companies.
    for (const code of ['91350100M000100Y43', '914403001922038216', '91440300708461136T', '91330100799655058B']) expect(usccProblem(code), code).toBeUndefined();
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('refuses a wrong check character, letters outside the code, and the wrong length', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('check');
    expect(usccProblem('914403001922038217')).toBe('check');
    // I, O, Z, S and V are not in the code (easily read as 1, 0, 2, 5, U).
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) expect(usccProblem(`91350100M000100${letter}43`)).toBe('form');
    expect(usccProblem('91350100m000100y43')).toBe('form');
    expect(usccProblem('91350100M000100Y4')).toBe('form');
    expect(usccProblem('')).toBe('form');
  });
});

describe('a receipt amount is invoiced once, on any counter', () => {
  it('refuses at this counter what is beyond the receipt amount, refunds excluded', () => {
    const receipt = receiptOf([
      entry('receipt', RECEIPT, 'lineRecorded', { sku: 'K1', name: '电水壶', category: 'appliance', quantityBought: 2, unitPriceFen: 2_000 }, 1),
      entry('receipt', RECEIPT, 'refunded', { returnId: 'r1', returnNumber: 'TH-1', sku: 'K1', quantity: 1 }, 2),
      invoiced('FP-1', 5_000, 3, 'C1'),
    ]);
    // 100.00 on the receipt, 20.00 refunded, 50.00 invoiced: 30.00 left.
    expect(invoicedFen(receipt)).toBe(5_000);
    expect(invoiceableFen(receipt)).toBe(3_000);
    expect(receiptAmountRefusal(receipt, 3_000, undefined)).toBeUndefined();
    expect(receiptAmountRefusal(receipt, 3_001, undefined)).toEqual({ reason: 'overLeft', leftFen: 3_000 });
    // A receipt never seen: its amount is typed; without one nothing can be checked.
    expect(receiptAmountRefusal(undefined, 5_000, 4_000)).toEqual({ reason: 'overLeft', leftFen: 4_000 });
    expect(receiptAmountRefusal(undefined, 5_000, undefined)).toEqual({ reason: 'totalRequired' });
  });

  it('two counters invoicing one receipt amount while offline end as one conflict, in either order', () => {
    for (const [first, second] of [
      ['C1', 'C2'],
      ['C2', 'C1'],
    ] as const) {
      const early = invoiced(`FP-${first}`, 8_000, 10, first);
      const late = invoiced(`FP-${second}`, 8_000, 11, second);
      // Whichever copy receives them in whichever order, the projection is the same.
      for (const entries of [
        [early, late],
        [late, early],
      ]) {
        const receipt = receiptOf(entries);
        expect(receipt.invoices?.map((i) => i.invoiceNumber)).toEqual([`FP-${first}`]);
        expect(receipt.conflicts).toEqual([{ entryId: late.id, kind: 'invoicedBeyondAmount', by: '1001', at: late.at, counter: second, ref: `FP-${second}` }]);
        expect(conflictedInvoiceNumbers(receipt)).toEqual([`FP-${second}`]);
        expect(invoiceableFen(receipt)).toBe(2_000);
      }
    }
  });

  it('two requests that fit together are no conflict; cancelling the one that did not fit settles the conflict', () => {
    expect(receiptOf([invoiced('FP-1', 6_000, 1, 'C1'), invoiced('FP-2', 4_000, 2, 'C2')]).conflicts).toEqual([]);
    const settled = receiptOf([invoiced('FP-1', 8_000, 1, 'C1'), invoiced('FP-2', 8_000, 2, 'C2'), invoiceCancelled('FP-2', 3)]);
    expect(settled.conflicts).toEqual([]);
    expect(invoiceableFen(settled)).toBe(2_000);
    // A cancelled request gives its amount back to the receipt.
    expect(invoiceableFen(receiptOf([invoiced('FP-1', 8_000, 1, 'C1'), invoiceCancelled('FP-1', 2)]))).toBe(10_000);
  });

  it('the receipt amount recorded first is the receipt amount: a later request typed with a larger one is still held to it', () => {
    const receipt = receiptOf([invoiced('FP-1', 5_000, 1, 'C1', 10_000), invoiced('FP-2', 6_000, 2, 'C2', 20_000)]);
    expect(receipt.totalFen).toBe(10_000);
    expect(conflictedInvoiceNumbers(receipt)).toEqual(['FP-2']);
  });
});

const requested: InvoiceRequestedData = {
  number: 'FP-S01-C1-261125-0001',
  receipts: [{ receiptNo: 'POS-00123456', receiptTotalFen: 10_000, amountFen: 10_000 }],
  amountFen: 10_000,
  title: '上海某某科技有限公司',
  buyer: 'company',
  taxpayerNo: '91350100M000100Y43',
  kind: 'specialVat',
  medium: 'electronic',
  email: 'ap@example.com',
};
const ID = 'inv-1';
const invoiceOf = (entries: readonly Entry[]) => projectRecord('invoice', entries) as Invoice;

describe('invoice request states', () => {
  it('requested, then issued with the tax system number, by whom and when', () => {
    const issued = entry('invoice', ID, 'issued', { invoiceNo: '26312000000012345678' }, 2, 'C1');
    const invoice = invoiceOf([entry('invoice', ID, 'requested', requested, 1), issued]);
    expect(invoice).toMatchObject({ status: 'issued', issued: { invoiceNo: '26312000000012345678', by: '1001', at: issued.at, counter: 'C1' }, conflicts: [] });
  });

  it('cancelled with its reason, also after it was issued (voided); nothing is dropped', () => {
    const invoice = invoiceOf([entry('invoice', ID, 'requested', requested, 1), entry('invoice', ID, 'issued', { invoiceNo: '12345678' }, 2), entry('invoice', ID, 'cancelled', { reason: '抬头写错' }, 3)]);
    expect(invoice).toMatchObject({ status: 'cancelled', cancelled: { reason: '抬头写错' }, issued: { invoiceNo: '12345678' } });
  });

  it('issued at two counters, or worked after it was cancelled: the late entry is a conflict, in the shared order', () => {
    const twice = invoiceOf([entry('invoice', ID, 'requested', requested, 1), entry('invoice', ID, 'issued', { invoiceNo: '11111111' }, 3, 'C2'), entry('invoice', ID, 'issued', { invoiceNo: '22222222' }, 2, 'C1')]);
    expect(twice.issued?.invoiceNo).toBe('22222222');
    expect(twice.conflicts.map((c) => [c.reason, c.counter])).toEqual([['alreadyIssued', 'C2']]);
    const afterCancel = invoiceOf([entry('invoice', ID, 'requested', requested, 1), entry('invoice', ID, 'cancelled', { reason: '顾客不要了' }, 2), entry('invoice', ID, 'issued', { invoiceNo: '33333333' }, 3, 'C2')]);
    expect([afterCancel.status, afterCancel.issued]).toEqual(['cancelled', undefined]);
    expect(afterCancel.conflicts.map((c) => c.reason)).toEqual(['alreadyCancelled']);
  });
});

describe('invoice request form rules', () => {
  const form = {
    receipts: [{ receiptNo: 'pos-00123456', receiptTotal: '100', amount: '100' }],
    title: '上海某某科技有限公司',
    buyer: 'company',
    taxpayerNo: '９１350100m000100y43',
    kind: 'specialVat',
    medium: 'electronic',
    email: 'ap@example.com',
    phone: '',
  };
  const errorsOf = (raw: unknown) => {
    const parsed = invoiceRequestInput.safeParse(raw);
    return parsed.success ? {} : fieldErrors(parsed.error);
  };

  it('reads a company request: the taxpayer number cleaned (full-width, lower case), money in fen', () => {
    expect(invoiceRequestInput.parse(form)).toMatchObject({ taxpayerNo: '91350100M000100Y43', receipts: [{ receiptNo: 'POS-00123456', receiptTotal: 10_000, amount: 10_000 }] });
  });

  it('refuses each mistake at its field', () => {
    expect(errorsOf({ ...form, taxpayerNo: '91350100M000100Y44' })).toEqual({ taxpayerNo: 'error.taxpayerNoCheck' });
    expect(errorsOf({ ...form, taxpayerNo: '12345' })).toEqual({ taxpayerNo: 'error.taxpayerNoForm' });
    expect(errorsOf({ ...form, taxpayerNo: '' })).toEqual({ taxpayerNo: 'error.taxpayerNoRequired' });
    expect(errorsOf({ ...form, buyer: 'person', taxpayerNo: '' })).toEqual({ kind: 'error.specialVatNeedsCompany' });
    expect(errorsOf({ ...form, email: '', phone: '' })).toEqual({ email: 'error.invoiceContactRequired' });
    expect(errorsOf({ ...form, receipts: [{ receiptNo: 'POS-00123456', receiptTotal: '100', amount: '100.001' }] })).toEqual({ 'receipts.0.amount': 'error.amount' });
    expect(errorsOf({ ...form, receipts: [{ receiptNo: 'POS-00123456', receiptTotal: '100', amount: '120' }] })).toEqual({ 'receipts.0.amount': 'error.invoiceOverReceipt' });
    expect(errorsOf({ ...form, receipts: [form.receipts[0], form.receipts[0]] })).toEqual({ 'receipts.1.receiptNo': 'error.invoiceReceiptTwice' });
  });

  it('a person gets no taxpayer number; a paper invoice needs no contact', () => {
    expect(invoiceRequestInput.parse({ ...form, buyer: 'person', kind: 'ordinary', medium: 'paper', email: '' }).taxpayerNo).toBeUndefined();
  });

  it("the tax system's invoice number: 8 to 20 digits, full-width converted", () => {
    expect(invoiceIssueInput.parse({ invoiceNo: '１２３４ 5678' }).invoiceNo).toBe('12345678');
    expect(invoiceIssueInput.safeParse({ invoiceNo: '1234567' }).success).toBe(false);
    expect(invoiceIssueInput.safeParse({ invoiceNo: '1234567a' }).success).toBe(false);
  });
});

describe('a refund on an invoiced receipt', () => {
  const receipt = receiptOf([invoiced('FP-1', 6_000, 1, 'C1')]);

  it('asks for the invoice back or a red-letter note when the refund cuts into the invoiced amount', () => {
    // 100.00 receipt, 60.00 invoiced: a 50.00 refund leaves 50.00, less than invoiced.
    expect(invoiceSettlementNeeded(receipt, 'refund', 5_000)).toBe(true);
    // A 40.00 refund leaves 60.00: the invoice still stands.
    expect(invoiceSettlementNeeded(receipt, 'refund', 4_000)).toBe(false);
    expect(invoiceSettlementNeeded(receipt, 'exchange', 5_000)).toBe(false);
    expect(invoiceSettlementNeeded(receiptOf([invoiced('FP-1', 6_000, 1, 'C1'), invoiceCancelled('FP-1', 2)]), 'refund', 10_000)).toBe(false);
  });

  it('the choice and its number are both required', () => {
    expect(invoiceSettlementRefusal(true, undefined)).toBe('kind');
    expect(invoiceSettlementRefusal(true, { kind: 'redLetterNote' })).toBe('noteNo');
    expect(invoiceSettlementRefusal(true, { kind: 'redLetterNote', noteNo: '4403252611000123' })).toBeUndefined();
    expect(invoiceSettlementRefusal(false, undefined)).toBeUndefined();
  });
});

describe('发票登记', () => {
  const stamp = (at: number) => ({ by: '1001', at, counter: 'C1' });
  const base: Invoice = { ...requested, id: 'a', status: 'requested', requested: stamp(2), printCount: 1, conflicts: [] };
  const rows: Invoice[] = [
    { ...base, id: 'b', number: 'FP-2', amountFen: 2_000, status: 'issued', requested: stamp(3), issued: { ...stamp(4), invoiceNo: '12345678' } },
    { ...base, id: 'a', number: 'FP-1', amountFen: 1_000, requested: stamp(1) },
    { ...base, id: 'c', number: 'FP-3', amountFen: 5_000, status: 'cancelled', requested: stamp(5), cancelled: { ...stamp(6), reason: '=重开' } },
  ];

  it('lists every request oldest first; a cancelled one counts in no amount', () => {
    const register = invoiceRegister(rows);
    expect(register.rows.map((r) => r.number)).toEqual(['FP-1', 'FP-2', 'FP-3']);
    expect(register).toMatchObject({ requested: 1, issued: 1, cancelled: 1, amountFen: 3_000, issuedFen: 2_000 });
  });

  it('exports as CSV in the reader’s words, typed text kept from running as a formula', () => {
    const labels: InvoiceCsvLabels = {
      header: ['单号', '时间', '小票', '抬头', '类型', '税号', '种类', '形式', '金额', '状态', '发票号', '录入', '开票时间', '原因'],
      buyer: (b) => b,
      kind: (k) => k,
      medium: (m) => m,
      status: (s) => s,
    };
    const lines = invoiceRegisterCsv(invoiceRegister(rows), labels, 'Asia/Shanghai').split('\r\n');
    expect(lines[0]).toBe('\uFEFF单号,时间,小票,抬头,类型,税号,种类,形式,金额,状态,发票号,录入,开票时间,原因');
    expect(lines[2]).toContain('FP-2');
    expect(lines[2]).toContain(',20.00,issued,12345678,1001,');
    expect(lines[3]).toContain(",cancelled,,,,'=重开");
  });
});
