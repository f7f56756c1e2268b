import { formatInZone, storeDay } from '../../../shared/domain/clock';
import { can } from '../../../shared/domain/staff';
import { mayActOnCall } from '../../../shared/domain/service/ownJobs';
import { goodsReceivedInput, goodsReturnInput, lostReceiptReturnInput, repairCheckInput, repairLineInput } from '../../../shared/schema/serviceWorkshop';
import { approve, type Approval } from '../approval';
import type { DeskContext } from '../context';
import type { ServiceCallRow } from '../database';
import { DeskError } from '../errors';
import { takeStep } from './calls';
import { findGoodsReceipt } from './workshopQueries';

/**
 * The workshop (拉修): goods a technician took back come in against a goods
 * receipt (客户商品领取收据), get repair card lines (修护卡), the service
 * supervisor's check, and go back to the customer, who hands the receipt
 * back: it is voided. Each is one step on the call (takeStep).
 */

/** 收货: the goods of a call taken back; the receipt's number is handed out in the same transaction as the entry. */
export async function receiveGoods(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const input = goodsReceivedInput.parse(raw);
  return takeStep(ctx, callId, 'goodsReceived', 'service.receiveGoods', async (_call, tx) => ({ ...input, receiptNo: await tx.nextNumber('goodsReceipt') }));
}

/** Counts a print of the goods receipt: the second and later say 补打. A voided receipt is not printed again. */
export async function markGoodsReceiptPrinted(ctx: DeskContext, callId: string): Promise<ServiceCallRow> {
  return takeStep(ctx, callId, 'printed', 'service.printGoodsReceipt', { copy: 'goodsReceipt' as const }, {
    check: (call) => {
      if (call.workshop?.returned) throw new DeskError('error.serviceStep.goodsAlreadyReturned');
    },
  });
}

/** 修护卡: one line of work on the goods; the technician is the one the call was sent to unless the desk names another. */
export async function recordRepair(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const { technician: named, ...line } = repairLineInput.parse(raw);
  return takeStep(ctx, callId, 'repairRecorded', 'service.recordRepair', async (call, tx, me) => {
    // The desk writes the repair card for anyone; a technician only for a call sent to them, as themself.
    if (!mayActOnCall(me.role, me.staffNo, call)) throw new DeskError('error.serviceStep.notYourJob');
    if (!can(me.role, 'service.register')) {
      if (named && named !== me.staffNo) throw new DeskError('error.serviceStep.notYourJob', 'technician');
      return { ...line, technician: me.staffNo };
    }
    const technician = named ?? call.dispatch?.technician;
    const member = technician ? await tx.db.staff.get(technician) : undefined;
    if (!member || !member.active || member.role !== 'technician') throw new DeskError('error.notATechnician', 'technician');
    return { ...line, technician: member.staffNo };
  });
}

/** The service supervisor checks the repair: failed goes back to the bench with why; passed gives the day the goods are ready. */
export async function checkRepair(ctx: DeskContext, callId: string, raw: unknown): Promise<ServiceCallRow> {
  const input = repairCheckInput(storeDay(ctx.clock.now(), ctx.session.timeZone)).parse(raw);
  return takeStep(ctx, callId, 'repairChecked', 'service.checkRepair', input);
}

/**
 * Goods out against the receipt the customer brings: its number scanned,
 * the call found by it, the goods returned and the call closed. The
 * receipt is void from then on: scanned again it says when it went back.
 */
export async function returnGoods(ctx: DeskContext, raw: unknown): Promise<ServiceCallRow> {
  const { receiptNo, fee, invoiceNo } = goodsReturnInput.parse(raw);
  const found = await findGoodsReceipt(ctx.db, receiptNo);
  if (!found) throw new DeskError('error.goodsReceiptUnknown', 'receiptNo', { number: receiptNo });
  if (found.returned) throw voidedReceipt(receiptNo, found.returned.at, ctx.session.timeZone);
  return takeStep(ctx, found.call.id, 'goodsReturned', 'service.returnGoods', { mode: 'receipt', feeFen: fee, invoiceNo });
}

/** The customer lost the receipt: the desk checks who they are and a supervisor approves (as for storage). */
export async function returnGoodsWithoutReceipt(ctx: DeskContext, callId: string, raw: unknown, approval: Approval): Promise<ServiceCallRow> {
  const { identity, fee, invoiceNo } = lostReceiptReturnInput.parse(raw);
  const approvedBy = await approve(ctx, approval, 'service.lostReceiptReturn');
  return takeStep(ctx, callId, 'goodsReturned', 'service.returnGoods', { mode: 'lostReceipt', identity, feeFen: fee, invoiceNo }, { approvedBy });
}

/** "This receipt went back on …": a clear answer at the scan field rather than "not found". */
export function voidedReceipt(receiptNo: string, at: number, timeZone: string, field = 'receiptNo'): DeskError {
  return new DeskError('error.goodsReceiptVoided', field, { number: receiptNo, at: formatInZone(at, 'yyyy-MM-dd HH:mm', timeZone) });
}
