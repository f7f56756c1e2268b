import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../domain/calendar/days';
import { parseRecordNumber, RECORD_PREFIX } from '../domain/numbering';
import { choice, optionalText, recordNumber, requiredText, wholeNumber } from './common';
import { fee, invoiceForFee, invoiceNo, partUsedInput } from './service';
import { identityCheck } from './storage';

/**
 * The workshop (拉修): goods in, the repair card, the supervisor's check,
 * goods out. One schema per input; form fields arrive as typed text.
 */

/** 收货: what the customer hands over, as the goods receipt lists it; accessories may be none. */
export const goodsReceivedInput = z.object({
  goods: requiredText(80),
  accessories: optionalText(120).transform((v) => v ?? ''),
  condition: requiredText(200),
});

/** One line of the repair card (修护卡): minutes typed (full-width digits too), the work, the parts; the technician sent unless another is named. */
export const repairLineInput = z.object({
  technician: optionalText(12),
  minutes: wholeNumber(1, 24 * 60, 'error.repairMinutes'),
  workDone: requiredText(300, 'multiLine'),
  parts: z.array(partUsedInput).max(20, { message: 'error.tooLong' }),
});

export const REPAIR_CHECK_RESULTS = ['passed', 'failed'] as const;

/**
 * The service supervisor's check: a failed one says why (the technician
 * reads it); a passed one gives the day the goods are ready, not before
 * `today` (the store's day).
 */
export function repairCheckInput(today: IsoDate) {
  return z
    .object({
      result: choice(REPAIR_CHECK_RESULTS),
      note: optionalText(200),
      readyOn: z.string().trim(),
    })
    .superRefine((v, ctx) => {
      if (v.result === 'failed' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'error.checkNoteRequired' });
      if (v.result !== 'passed') return;
      if (!v.readyOn) ctx.addIssue({ code: 'custom', path: ['readyOn'], message: 'error.required' });
      else if (!isIsoDate(v.readyOn)) ctx.addIssue({ code: 'custom', path: ['readyOn'], message: 'error.date' });
      else if (v.readyOn < today) ctx.addIssue({ code: 'custom', path: ['readyOn'], message: 'error.readyOnPast' });
    })
    .transform((v) => ({ passed: v.result === 'passed', note: v.note ?? '', readyOn: v.result === 'passed' ? v.readyOn : undefined }));
}

/** A goods receipt's number as scanned or typed (LQ-…), cleaned like every record number. */
export const goodsReceiptNo = recordNumber.refine((n) => parseRecordNumber(n)?.prefix === RECORD_PREFIX.goodsReceipt, { message: 'error.goodsReceiptFormat' });

/** The customer signs for the goods: the desk ticks it when they have. */
const customerSigned = z.literal(true, { message: 'error.customerSignature' });

/** Goods out against the receipt: it is taken back and voided; a fee needs its invoice. */
export const goodsReturnInput = z
  .object({
    receiptNo: goodsReceiptNo,
    fee,
    invoiceNo,
    customerSigned,
  })
  .superRefine(invoiceForFee);

/** What the desk checks of a customer without the receipt (the domain's IdentityCheck: phone and what was seen). */
export const goodsIdentityCheck = identityCheck.pick({ phone: true, note: true });

/** Goods out with the receipt lost: identity checked; a supervisor approves separately. */
export const lostReceiptReturnInput = z
  .object({
    identity: goodsIdentityCheck,
    fee,
    invoiceNo,
    customerSigned,
  })
  .superRefine(invoiceForFee);
