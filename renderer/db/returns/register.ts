import { formatYuan, lineAmount, sumFen } from '../../../shared/domain/money';
import { daysSincePurchase } from '../../../shared/domain/returns/days';
import { categoryOf, evaluatePolicy, isTakenBack, problemsOf, type PolicyFinding } from '../../../shared/domain/returns/policy';
import { applyReturnEntry, RETURN_SCHEMA_VERSION } from '../../../shared/domain/returns/projection';
import { checkReturnedLine } from '../../../shared/domain/returns/quantities';
import type { GiftClawback, ReturnLine, ReturnRecord, ReturnRegisteredData } from '../../../shared/domain/returns/types';
import { RECEIPT_SCHEMA_VERSION, receiptRecordId, type ReceiptState } from '../../../shared/domain/sales/receipt';
import { returnPolicyOf } from '../../../shared/domain/store';
import { returnInput, type ReturnInput } from '../../../shared/schema/returns';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import type { DeskDatabase } from '../database';
import { DeskError } from '../errors';
import { appendHandoutReversal } from '../gifts/reversal';
import { readStoreProfile } from '../staff';
import { writeEntries, type EntryDraft } from '../writePath';
import { giftsToSettle, type GiftToSettle } from './gifts';
import { checkInvoiceSettlement } from '../invoices/settlement';

/** A return checked as far as it can be before the transaction: what the screen shows before saving. */
export interface ReturnPlan {
  readonly input: ReturnInput;
  readonly lines: readonly ReturnLine[];
  readonly totalFen: number;
  /** Policy problems a supervisor must approve as exceptions; empty = within policy. */
  readonly findings: readonly PolicyFinding[];
  /** Gifts the receipt holds that a refund asks back (settled per gift by the clerk). */
  readonly gifts: readonly GiftToSettle[];
}

/** Parses the form and checks what needs no receipt: dates, categories, the store policy. */
async function planInput(ctx: DeskContext, raw: unknown): Promise<Omit<ReturnPlan, 'gifts'>> {
  const input = returnInput.parse(raw);
  const now = ctx.clock.now();
  if (daysSincePurchase(input.purchaseDate, now, ctx.session.timeZone) < 0) throw new DeskError('error.futureDate', 'purchaseDate');
  const policy = returnPolicyOf(await readStoreProfile(ctx.db));
  input.lines.forEach((line, i) => {
    if (!categoryOf(policy, line.category)) throw new DeskError('error.unknownCategory', `lines.${i}.category`);
  });
  const lines: ReturnLine[] = input.lines.map((l) => ({
    sku: l.sku,
    name: l.name,
    category: l.category,
    quantity: l.quantity,
    unitPriceFen: l.unitPrice,
    amountFen: lineAmount(l.quantity, l.unitPrice),
    disposition: l.disposition,
    quantityBought: l.quantityBought,
  }));
  const findings = evaluatePolicy(
    { hasReceipt: input.receiptNo !== undefined, purchaseDate: input.purchaseDate, outcome: input.outcome, lines },
    policy,
    now,
    ctx.session.timeZone,
  );
  return { input, lines, totalFen: sumFen(lines.map((l) => l.amountFen)), findings };
}

/**
 * Each line against what the receipt already knows: the same quantity bought
 * and price as recorded on an earlier visit, and never more back than is left.
 * Inside the write transaction this cannot race another return at this counter.
 */
function checkLines(receipt: ReceiptState | undefined, plan: Omit<ReturnPlan, 'gifts'>): void {
  const refunding = isTakenBack(plan.input.outcome);
  plan.lines.forEach((line, i) => {
    const check = checkReturnedLine(receipt, { ...line, quantityBought: line.quantityBought ?? line.quantity }, refunding);
    if (check.ok) return;
    if (check.reason === 'lineMismatch') {
      throw new DeskError('error.lineMismatch', `lines.${i}.quantityBought`, { bought: check.quantityBought, price: formatYuan(check.unitPriceFen) });
    }
    throw new DeskError(check.left === 0 ? 'error.lineFullyRefunded' : 'error.beyondBought', `lines.${i}.quantity`, {
      left: check.left,
      bought: check.bought,
      sku: line.sku,
    });
  });
}

async function receiptOf(db: DeskDatabase, input: ReturnInput): Promise<ReceiptState | undefined> {
  return input.receiptNo ? db.receipts.get(receiptRecordId(input.receiptNo)) : undefined;
}

/** Everything the screen can know before saving: field errors throw, policy problems and gifts come back. */
export async function previewReturn(ctx: DeskContext, raw: unknown): Promise<ReturnPlan> {
  const plan = await planInput(ctx, raw);
  const receipt = await receiptOf(ctx.db, plan.input);
  checkLines(receipt, plan);
  checkInvoiceSettlement(receipt, plan.input, plan.totalFen);
  const gifts = plan.input.outcome === 'refund' ? await giftsToSettle(ctx.db, receipt) : [];
  checkDeduction(plan, settleGifts(plan, gifts));
  return { ...plan, gifts };
}

function settleGifts(plan: Omit<ReturnPlan, 'gifts'>, gifts: readonly GiftToSettle[]): GiftClawback[] {
  return gifts.map((g) => {
    const settlement = plan.input.giftSettlements.find((s) => s.handoutId === g.handoutId)?.settlement;
    if (!settlement) throw new DeskError('error.giftSettlement', 'giftSettlements', { gift: g.giftName });
    return {
      handoutId: g.handoutId,
      handoutNumber: g.handoutNumber,
      giftName: g.giftName,
      settlement,
      deductedFen: settlement === 'deducted' ? g.valueFen : 0,
    };
  });
}

/** The gift value deducted; never more than the refund (then the gift must come back). */
function checkDeduction(plan: Omit<ReturnPlan, 'gifts'>, clawbacks: readonly GiftClawback[]): number {
  const deducted = sumFen(clawbacks.map((c) => c.deductedFen));
  if (deducted > plan.totalFen) throw new DeskError('error.deductionExceedsRefund', 'giftSettlements');
  return deducted;
}

/** The receipt's entries a return makes: its lines on the first visit (quantity bought), then the refunds. */
function receiptDrafts(data: ReturnRegisteredData, returnId: string, receipt: ReceiptState | undefined): EntryDraft[] {
  if (!data.receiptNo) return [];
  const { receiptNo } = data;
  const recordId = receiptRecordId(receiptNo);
  // Later visits and counters check against the lines recorded on the first.
  const recorded: EntryDraft[] = data.lines
    .filter((line) => !receipt?.lines[line.sku])
    .map((line) => ({
      recordType: 'receipt',
      recordId,
      type: 'lineRecorded',
      schemaVersion: RECEIPT_SCHEMA_VERSION,
      number: receiptNo,
      data: { sku: line.sku, name: line.name, category: line.category, quantityBought: line.quantityBought ?? line.quantity, unitPriceFen: line.unitPriceFen },
      summary: `${receiptNo} ${line.sku} ${line.name} x${line.quantityBought ?? line.quantity}`,
    }));
  if (!isTakenBack(data.outcome)) return recorded;
  const refunded: EntryDraft[] = data.lines.map((line) => ({
    recordType: 'receipt',
    recordId,
    type: 'refunded',
    schemaVersion: RECEIPT_SCHEMA_VERSION,
    number: receiptNo,
    data: { returnId, returnNumber: data.number, sku: line.sku, quantity: line.quantity },
    summary: `${receiptNo} ${line.sku} -${line.quantity} ${data.number}`,
  }));
  return [...recorded, ...refunded];
}

/**
 * Registers a return in ONE transaction: the return (TH-…), the receipt's new
 * lines and refunds, the gift clawbacks, audit and outbox — all or nothing.
 * `draftId` is the return's id, made when the form opens: a double submit
 * gives back the same return. A return outside policy needs `approval`
 * from a supervisor ('returns.exception') and an exception reason.
 */
export async function registerReturn(ctx: DeskContext, draftId: string, raw: unknown, approval?: Approval): Promise<ReturnRecord> {
  // Read together, not one after the other: the clerk waits for every round trip.
  const [existing, plan] = await Promise.all([ctx.db.returns.get(draftId), planInput(ctx, raw)]);
  if (existing) return existing;
  const exceptions = problemsOf(plan.findings);
  let approvedBy: string | undefined;
  if (exceptions.length > 0) {
    if (!plan.input.exceptionReason) throw new DeskError('error.required', 'exceptionReason');
    if (!approval) throw new DeskError('error.needsApproval');
    approvedBy = await approve(ctx, approval, 'returns.exception');
  }
  // Read beside the write's own start: one round of requests.
  const readFirst = (db: DeskDatabase) => Promise.all([db.returns.get(draftId), receiptOf(db, plan.input)]);
  return writeEntries(ctx, 'returns.register', async (tx, [again, receipt]): Promise<ReturnRecord> => {
    if (again) return again;
    // Read just now in this write: the return and its receipt are projected without reading them again.
    tx.knowRow('returnRecord', draftId, undefined);
    if (plan.input.receiptNo) tx.knowRow('receipt', receiptRecordId(plan.input.receiptNo), receipt);
    checkLines(receipt, plan);
    const invoiceSettlement = checkInvoiceSettlement(receipt, plan.input, plan.totalFen);
    const gifts = plan.input.outcome === 'refund' ? await giftsToSettle(tx.db, receipt) : [];
    const clawbacks = settleGifts(plan, gifts);
    const deducted = checkDeduction(plan, clawbacks);
    const number = await tx.nextNumber('returnRecord');
    const { input } = plan;
    const data: ReturnRegisteredData = {
      number,
      receiptNo: input.receiptNo,
      purchaseDate: input.purchaseDate,
      lines: plan.lines,
      reason: input.reason,
      reasonText: input.reasonText,
      condition: input.condition,
      outcome: input.outcome,
      refundMethod: input.refundMethod,
      exchangeItem: input.exchangeItem && {
        sku: input.exchangeItem.sku,
        name: input.exchangeItem.name,
        quantity: input.exchangeItem.quantity,
        unitPriceFen: input.exchangeItem.unitPrice,
      },
      refusalReason: input.refusalReason,
      phone: input.phone,
      totalFen: plan.totalFen,
      refundFen: input.outcome === 'refund' ? plan.totalFen - deducted : 0,
      exceptions,
      exceptionReason: exceptions.length > 0 ? input.exceptionReason : undefined,
      giftClawbacks: clawbacks,
      invoiceSettlement,
    };
    // The return and its receipt's entries in one append: one wait on IndexedDB, not one per entry.
    const registration: EntryDraft<'registered', ReturnRegisteredData> = {
      recordType: 'returnRecord',
      recordId: draftId,
      type: 'registered',
      schemaVersion: RETURN_SCHEMA_VERSION,
      number,
      approvedBy,
      data,
      summary: `${number} ${data.receiptNo ?? '-'} ${data.outcome} ¥${formatYuan(data.outcome === 'refund' ? data.refundFen : data.totalFen)}${exceptions.length ? ` [${exceptions.join(',')}]` : ''}`,
    };
    const [registered] = await tx.appendAll([registration, ...receiptDrafts(data, draftId, receipt)]);
    for (const c of clawbacks) await appendHandoutReversal(tx, c.handoutId, { reason: c.settlement === 'returned' ? '退货退回赠品' : '退货扣减赠品价值', returnNumber: number });
    // The new return is its first entry projected, as the write path stored it: no need to read it back.
    const saved = applyReturnEntry(undefined, registered);
    if (!saved) throw new DeskError('error.unexpected');
    return saved;
  }, readFirst);
}
