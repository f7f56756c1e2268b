import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { countConflicts, listCounterConflicts } from '../../renderer/db/conflicts';
import { DeskError } from '../../renderer/db/errors';
import { applyIncomingEntries } from '../../renderer/db/incoming';
import { invoiceInConflict, invoicesOfPeriod, receiptAmounts } from '../../renderer/db/invoices/queries';
import { registerInvoiceRequest } from '../../renderer/db/invoices/requests';
import { cancelInvoice, issueInvoice } from '../../renderer/db/invoices/steps';
import { newId } from '../../shared/domain/ids';
import { CLERK, makeDesk } from './deskFixture';

const TZ = 'Asia/Shanghai';

async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string | undefined; params?: Readonly<Record<string, string | number>> }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, field: error.field, ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}) };
    if (error instanceof ZodError) return { code: error.issues[0]!.message, field: error.issues[0]!.path.join('.') };
    throw error;
  }
  throw new Error('expected a refusal');
}

const request = (amount: string, receiptTotal = '100.00', receiptNo = 'POS-00123456') => ({
  receipts: [{ receiptNo, receiptTotal, amount }],
  title: '张三',
  buyer: 'person',
  taxpayerNo: '',
  kind: 'ordinary',
  medium: 'paper',
  email: '',
  phone: '',
});

describe('invoice requests at the desk', () => {
  it('records the request (FP number, the clerk of the session) and what it takes of the receipt, with audit and outbox lines', async () => {
    const desk = await makeDesk();
    const id = newId();
    const invoice = await registerInvoiceRequest(desk.asClerk, { id, request: request('60') });
    expect(invoice).toMatchObject({ number: 'FP-S01-C1-261125-0001', status: 'requested', amountFen: 6_000, requested: { by: CLERK.staffNo, counter: 'C1' } });
    // A double submit gives back the same request.
    expect((await registerInvoiceRequest(desk.asClerk, { id, request: request('60') })).number).toBe(invoice.number);
    expect(await desk.db.invoices.count()).toBe(1);
    expect(await receiptAmounts(desk.db, ['pos-00123456'])).toEqual({ 'POS-00123456': { totalFen: 10_000, leftFen: 4_000 } });
    expect(await desk.db.audit.where('action').anyOf('invoice.requested', 'receipt.invoiced').count()).toBe(2);
    expect(await desk.db.outbox.count()).toBeGreaterThanOrEqual(2);
    expect((await invoicesOfPeriod(desk.db, { day: '2026-11-25' }, TZ)).map((i) => i.number)).toEqual([invoice.number]);
    expect(await invoicesOfPeriod(desk.db, { day: '2026-11-24' }, TZ)).toEqual([]);
    expect((await invoicesOfPeriod(desk.db, { month: '2026-11' }, TZ)).length).toBe(1);
  });

  it('refuses at the field more than is left of a receipt, and a receipt never seen without its amount', async () => {
    const desk = await makeDesk();
    await registerInvoiceRequest(desk.asClerk, { id: newId(), request: request('60') });
    expect(await refusal(registerInvoiceRequest(desk.asClerk, { id: newId(), request: request('40.01') }))).toEqual({
      code: 'error.invoiceOverLeft',
      field: 'receipts.0.amount',
      params: { left: '40.00', receiptNo: 'POS-00123456' },
    });
    await registerInvoiceRequest(desk.asClerk, { id: newId(), request: request('40') });
    expect((await refusal(registerInvoiceRequest(desk.asClerk, { id: newId(), request: request('1') }))).code).toBe('error.invoiceReceiptUsedUp');
    expect(await refusal(registerInvoiceRequest(desk.asClerk, { id: newId(), request: request('10', '', 'POS-00999999') }))).toEqual({ code: 'error.required', field: 'receipts.0.receiptTotal' });
    expect(await desk.db.invoices.count()).toBe(2);
  });

  it('issued with the tax number once; the same number is not recorded for a second request; cancelling gives the amount back', async () => {
    const desk = await makeDesk();
    const a = await registerInvoiceRequest(desk.asClerk, { id: newId(), request: request('50') });
    const b = await registerInvoiceRequest(desk.asClerk, { id: newId(), request: request('50') });
    desk.clock.advance(60_000);
    const issued = await issueInvoice(desk.asClerk, a.id, { invoiceNo: '26312000000000000001' });
    expect(issued).toMatchObject({ status: 'issued', issued: { invoiceNo: '26312000000000000001', by: CLERK.staffNo, at: desk.clock.now() } });
    expect(await refusal(issueInvoice(desk.asClerk, a.id, { invoiceNo: '26312000000000000002' }))).toEqual({ code: 'error.invoiceAlreadyIssued' });
    expect(await refusal(issueInvoice(desk.asClerk, b.id, { invoiceNo: '26312000000000000001' }))).toEqual({ code: 'error.invoiceNoUsed', field: 'invoiceNo', params: { number: a.number } });
    expect(await refusal(cancelInvoice(desk.asClerk, b.id, { reason: ' ' }))).toEqual({ code: 'error.required', field: 'reason' });
    const cancelled = await cancelInvoice(desk.asClerk, b.id, { reason: '顾客改开单位抬头' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelled: { reason: '顾客改开单位抬头', by: CLERK.staffNo } });
    expect(await refusal(cancelInvoice(desk.asClerk, b.id, { reason: '再次' }))).toEqual({ code: 'error.invoiceAlreadyCancelled' });
    expect((await receiptAmounts(desk.db, ['POS-00123456']))['POS-00123456']).toEqual({ totalFen: 10_000, leftFen: 5_000 });
    // Nothing is deleted: both requests stay in the register.
    expect((await invoicesOfPeriod(desk.db, { day: '2026-11-25' }, TZ)).map((i) => i.status).sort()).toEqual(['cancelled', 'issued']);
  });

  it('two counters invoicing one receipt amount while offline: after sync both show the conflict to a supervisor; cancelling the late request settles it', async () => {
    const desk = await makeDesk();
    const c2 = await desk.joinedCounter('C2');
    const first = await registerInvoiceRequest(desk.asClerk, { id: newId(), request: request('80') });
    desk.clock.advance(60_000);
    const late = await registerInvoiceRequest(c2, { id: newId(), request: request('80') });
    expect(late.number).toBe('FP-S01-C2-261125-0001');
    await applyIncomingEntries(desk.asClerk, await c2.db.entries.toArray());
    await applyIncomingEntries(c2, (await desk.db.entries.toArray()).filter((e) => e.counter === 'C1'));
    for (const db of [desk.db, c2.db]) {
      expect(await countConflicts(db)).toBe(1);
      const [row] = await listCounterConflicts(db);
      expect(row).toMatchObject({ area: 'receipt', record: `POS-00123456 · ${late.number}`, kind: 'conflicts.kind.invoicedBeyondAmount', counter: 'C2' });
      expect(await invoiceInConflict(db, late)).toBe(true);
      expect(await invoiceInConflict(db, first)).toBe(false);
    }
    // The late request is not issued while the conflict stands.
    expect(await refusal(issueInvoice(c2, late.id, { invoiceNo: '12345678' }))).toEqual({ code: 'error.invoiceInConflict' });
    await cancelInvoice(desk.asSupervisor, late.id, { reason: '两个柜台重复开票' });
    expect(await countConflicts(desk.db)).toBe(0);
    expect((await receiptAmounts(desk.db, ['POS-00123456']))['POS-00123456']).toEqual({ totalFen: 10_000, leftFen: 2_000 });
  });
});
