import { z } from 'zod';
import { isIsoDate } from '../domain/calendar/days';
import { toWorkingCalendar } from '../domain/calendar/types';
import { calendarProblems, minutesOfDay } from '../domain/calendar/validate';
import { ESCALATION_REASONS } from '../domain/complaints/entries';
import { DEADLINE_KINDS, LIMIT_UNITS, POLICY_LIMIT_KEYS, policyProblems, type ComplaintDeadlinePolicy, type PolicyLimitKey } from '../domain/complaints/policy';
import {
  CAUSE_TYPES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  CONTACT_PARTIES,
  MONEY_RESOLUTIONS,
  PAUSE_REASONS,
  RESOLUTION_KINDS,
  SOLVABILITIES,
  UNSATISFIED_OUTCOMES,
  hasContact,
  type ResolutionKind,
} from '../domain/complaints/types';
import { parseYuan } from '../domain/money';
import { halfWidthDigits, optionalPhone, optionalText, PHOTO_MAX_CHARS, requiredText, staffNo, wholeNumber } from './common';
import { monthInput } from './returns';

/**
 * Complaint forms (DOMAIN §4). Each step's input is what the person types;
 * the app adds the actor's role, the number and the stamps when it makes the
 * entry. Messages are i18n keys.
 */

const pick = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'error.required' });

const optionalEmail = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined))
  .pipe(z.email({ message: 'error.email' }).optional());

const optionalStaffNo = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined))
  .pipe(staffNo.optional());

export const complaintContact = z.object({
  phone: optionalPhone,
  email: optionalEmail,
  other: optionalText(100),
});

export const complainant = z.object({
  name: optionalText(40),
  contact: complaintContact,
});

export const complaintTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('department'), department: requiredText(40) }),
  z.object({ kind: z.literal('staff'), staffName: requiredText(40), staffNo: optionalStaffNo, department: optionalText(40) }),
  z.object({ kind: z.literal('product'), product: requiredText(100), sku: optionalText(40), department: optionalText(40) }),
  z.object({ kind: z.literal('environment'), place: requiredText(100) }),
]);

export const MAX_ATTACHMENTS = 10;

export const attachmentRef = z.object({ ref: requiredText(200), name: requiredText(200) });

const replyAndContact = z.object({ replyWanted: z.boolean(), complainant: z.object({ contact: complaintContact }) });

/** Step 1: intake. A complaint that wants a reply must leave a contact. */
export const complaintIntakeInput = z
  .object({
    channel: pick(COMPLAINT_CHANNELS),
    receivedAt: z.number().int().positive(),
    complainant,
    replyWanted: z.boolean(),
    target: complaintTarget,
    description: requiredText(2000, 'multiLine'),
    request: requiredText(1000, 'multiLine'),
    category: pick(COMPLAINT_CATEGORIES),
    severity: pick(COMPLAINT_SEVERITIES),
    attachments: z.array(attachmentRef).max(MAX_ATTACHMENTS, { message: 'error.tooManyAttachments' }).default([]),
    readBackConfirmed: z.literal(true, { message: 'error.complaintReadBack' }),
  })
  .refine((v) => !v.replyWanted || hasContact(v.complainant.contact), {
    path: ['complainant', 'contact'],
    message: 'error.complaintContactRequired',
    // Judged even when other fields are wrong, so the clerk sees this message with the others at once.
    when: (payload) => replyAndContact.safeParse(payload.value).success,
  });
export type ComplaintIntakeInput = z.infer<typeof complaintIntakeInput>;

/** Step 2: an invalid complaint is answered with the reason: the answer is required. */
export const validityInput = z
  .object({ valid: z.boolean(), reason: requiredText(500, 'multiLine'), answer: optionalText(500, 'multiLine') })
  .refine((v) => v.valid || v.answer !== undefined, { path: ['answer'], message: 'error.complaintAnswerRequired' });

export const classifyInput = z.object({ solvability: pick(SOLVABILITIES), note: optionalText(500, 'multiLine') });

export const assignInput = z.object({
  departments: z
    .array(requiredText(40))
    .min(1, { message: 'error.complaintDepartmentRequired' })
    .max(10, { message: 'error.range' })
    .refine((d) => new Set(d).size === d.length, { message: 'error.complaintDuplicateDepartment' }),
  ownerName: requiredText(40),
  ownerStaffNo: optionalStaffNo,
  note: optionalText(500, 'multiLine'),
});

export const investigateInput = z.object({
  cause: requiredText(200),
  responsiblePerson: optionalText(40),
  note: optionalText(1000, 'multiLine'),
});

const needsAmount = (kind: ResolutionKind) => MONEY_RESOLUTIONS.includes(kind);

/** One resolution; refund, cash compensation and coupon carry an amount typed in yuan, kept in fen. */
export const resolutionItemInput = z
  .object({ kind: pick(RESOLUTION_KINDS), amount: z.string().optional(), note: optionalText(200) })
  .superRefine((v, ctx) => {
    const text = v.amount?.trim();
    if (!text) {
      if (needsAmount(v.kind)) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'error.complaintAmountRequired' });
      return;
    }
    const fen = parseYuan(text);
    if (fen === undefined || fen <= 0) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'error.complaintAmount' });
  })
  .transform(({ kind, amount, note }) => ({ kind, amountFen: amount?.trim() ? parseYuan(amount) : undefined, note }));

export const proposeInput = z.object({
  items: z
    .array(resolutionItemInput)
    .min(1, { message: 'error.complaintResolutionRequired' })
    .refine((items) => new Set(items.map((i) => i.kind)).size === items.length, { message: 'error.complaintDuplicateResolution' }),
  note: optionalText(1000, 'multiLine'),
});

/** Step 7: a refusal says why. */
export const approvalInput = z
  .object({ approved: z.boolean(), note: optionalText(500, 'multiLine') })
  .refine((v) => v.approved || v.note !== undefined, { path: ['note'], message: 'error.required' });

/** Step 8: carried out, and the customer was told. */
export const carryOutInput = z.object({
  customerTold: z.literal(true, { message: 'error.complaintCustomerTold' }),
  note: optionalText(500, 'multiLine'),
});

/** Step 9: unsatisfied (1 or 2) must say whether it goes back to the department or up a level. */
export const followUpInput = z
  .object({
    rating: wholeNumber(1, 5, 'error.complaintRating'),
    comment: optionalText(500, 'multiLine'),
    outcome: z.enum(UNSATISFIED_OUTCOMES, { message: 'error.complaintOutcomeRequired' }).optional(),
  })
  .refine((v) => v.rating >= 3 || v.outcome !== undefined, { path: ['outcome'], message: 'error.complaintOutcomeRequired' });

export const closeInput = z.object({
  lessons: requiredText(1000, 'multiLine'),
  improvement: optionalText(1000, 'multiLine'),
  trainingCase: z.boolean().default(false),
});

export const contactInput = z.object({ party: pick(CONTACT_PARTIES), note: optionalText(500, 'multiLine') });
export const onSiteInput = z.object({ note: optionalText(500, 'multiLine') });
/** A timer pauses only with a named reason. */
export const pauseInput = z.object({ reason: pick(PAUSE_REASONS), note: optionalText(500, 'multiLine') });
export const resumeInput = z.object({ note: optionalText(500, 'multiLine') });

/** An extension needs a reason and the customer's consent. */
export const extensionInput = z.object({
  kind: pick(DEADLINE_KINDS),
  newDueAt: z.number().int().positive(),
  reason: requiredText(500, 'multiLine'),
  customerConsent: z.literal(true, { message: 'error.complaintConsentRequired' }),
});

export const escalateInput = z.object({
  reason: pick(ESCALATION_REASONS),
  deadlineKind: z.enum(DEADLINE_KINDS, { message: 'error.required' }).optional(),
  note: optionalText(500, 'multiLine'),
});

/** Supervisor only. A staff cause names the person. */
export const responsibilityInput = z
  .object({
    causeType: pick(CAUSE_TYPES),
    staffNo: optionalStaffNo,
    staffName: optionalText(40),
    directSupervisorNo: optionalStaffNo,
    department: optionalText(40),
    note: optionalText(500, 'multiLine'),
  })
  .refine((v) => v.causeType !== 'staff' || v.staffNo !== undefined, { path: ['staffNo'], message: 'error.complaintPersonRequired' });

// --- Settings: deadline policy, working hours, calendar, points rule ---

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'error.time' });

export const workingHoursInput = z
  .object({ start: hhmm, end: hhmm })
  .refine((v) => (minutesOfDay(v.end) ?? 0) > (minutesOfDay(v.start) ?? 0), { path: ['end'], message: 'error.workingHoursOrder' });

/** No negative or zero limit: a whole positive number of its unit. */
export const deadlineLimitInput = z.object({
  amount: wholeNumber(1, Number.MAX_SAFE_INTEGER, 'error.complaintLimitPositive').refine((n) => n <= 10_000, { message: 'error.range' }),
  unit: pick(LIMIT_UNITS),
});

export const deadlineLimitsInput = z.object(
  Object.fromEntries(POLICY_LIMIT_KEYS.map((k) => [k, deadlineLimitInput.optional()])) as Record<
    PolicyLimitKey,
    z.ZodOptional<typeof deadlineLimitInput>
  >,
);

export const deadlinePolicyRowInput = z.object({
  category: pick(COMPLAINT_CATEGORIES),
  severity: pick(COMPLAINT_SEVERITIES),
  limits: deadlineLimitsInput,
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The category x severity table: one row each, every limit positive, the 30-minute target not beyond the ceiling. */
export const deadlinePolicyInput = z
  .object({
    rows: z.array(deadlinePolicyRowInput),
    workingHours: workingHoursInput,
    timeZone: z.string().refine(isTimeZone, { message: 'error.timeZone' }),
  })
  .superRefine((policy: ComplaintDeadlinePolicy, ctx) => {
    for (const p of policyProblems(policy)) {
      if (p.kind === 'missingRow') ctx.addIssue({ code: 'custom', path: ['rows'], message: 'error.complaintPolicyMissingRow' });
      if (p.kind === 'duplicateRow') ctx.addIssue({ code: 'custom', path: ['rows', p.row], message: 'error.complaintPolicyDuplicateRow' });
      if (p.kind === 'departmentContactAfterLatest') {
        ctx.addIssue({ code: 'custom', path: ['rows', p.row, 'limits', 'departmentContact'], message: 'error.complaintPolicyContactOrder' });
      }
    }
  });

export const isoDateInput = z.string().refine(isIsoDate, { message: 'error.calendarDate' });

/** The calendar as stored: real dates only, and no day both a holiday and a make-up working day. */
export const workingCalendarDataInput = z
  .object({ holidays: z.array(z.string()), makeUpWorkdays: z.array(z.string()) })
  .superRefine((data, ctx) => {
    for (const p of calendarProblems(data)) {
      if (p.kind === 'invalidDate') ctx.addIssue({ code: 'custom', path: [p.list, p.index], message: 'error.calendarDate' });
      else ctx.addIssue({ code: 'custom', path: ['makeUpWorkdays', data.makeUpWorkdays.indexOf(p.date)], message: 'error.calendarOverlap' });
    }
  });

/** Parsed straight into the Sets the working-time rules use. */
export const workingCalendarInput = workingCalendarDataInput.transform(toWorkingCalendar);

/** A supervisor marks one day. */
export const calendarDayInput = z.object({
  date: isoDateInput,
  kind: pick(['holiday', 'makeUpWorkday', 'regular'] as const),
  note: optionalText(100),
});

export const pointsRuleInput = z.object({
  basePoints: wholeNumber(1, 100, 'error.range'),
  repeat: pick(['multiply', 'flat'] as const),
  supervisorShareFrom: wholeNumber(1, 31, 'error.range'),
  supervisorSharePercent: wholeNumber(0, 100, 'error.range'),
});

// --- Attached files (photos, letters) ---

/** Photos as a phone or camera saves them; they are shrunk to a small JPEG on the counter before they are kept. */
export const ATTACHMENT_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const ATTACHMENT_PDF_TYPE = 'application/pdf';
export const ATTACHMENT_TYPES = [...ATTACHMENT_IMAGE_TYPES, ATTACHMENT_PDF_TYPE] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_TYPES)[number];

/** A scanned letter is kept as it is: small enough to sync between counters. */
export const MAX_PDF_BYTES = 2 * 1024 * 1024;
/** A photo straight from a phone; larger files are refused before they are decoded. */
export const MAX_PHOTO_PICK_BYTES = 20 * 1024 * 1024;

const isAttachmentType = (type: string): type is AttachmentMediaType => (ATTACHMENT_TYPES as readonly string[]).includes(type);
const isImageType = (type: string) => (ATTACHMENT_IMAGE_TYPES as readonly string[]).includes(type);

/** A file the clerk picked, judged by its type and size before it is read. */
export const attachmentPick = z
  .object({ name: requiredText(200), mediaType: z.string(), size: z.number().int().nonnegative() })
  .superRefine((f, ctx) => {
    if (!isAttachmentType(f.mediaType)) ctx.addIssue({ code: 'custom', path: ['mediaType'], message: 'error.attachmentType' });
    else if (f.size === 0) ctx.addIssue({ code: 'custom', path: ['size'], message: 'error.attachmentEmpty' });
    else if (f.mediaType === ATTACHMENT_PDF_TYPE && f.size > MAX_PDF_BYTES) ctx.addIssue({ code: 'custom', path: ['size'], message: 'error.attachmentPdfTooLarge' });
    else if (isImageType(f.mediaType) && f.size > MAX_PHOTO_PICK_BYTES) ctx.addIssue({ code: 'custom', path: ['size'], message: 'error.attachmentPhotoTooLarge' });
  });

/** Bytes a base64 data URL holds. */
export function dataUrlBytes(dataUrl: string): number {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - padding;
}

/** A file as it is kept: its content of the type it claims, a PDF within 2 MB, a photo already shrunk. */
export const attachmentFile = z
  .object({
    name: requiredText(200),
    mediaType: z.enum(ATTACHMENT_TYPES, { message: 'error.attachmentType' }),
    dataUrl: z.string(),
  })
  .superRefine((f, ctx) => {
    const prefix = `data:${f.mediaType};base64,`;
    if (!f.dataUrl.startsWith(prefix) || !/^[A-Za-z0-9+/]*={0,2}$/.test(f.dataUrl.slice(prefix.length))) {
      ctx.addIssue({ code: 'custom', path: ['dataUrl'], message: 'error.attachmentType' });
    } else if (f.mediaType === ATTACHMENT_PDF_TYPE && dataUrlBytes(f.dataUrl) > MAX_PDF_BYTES) {
      ctx.addIssue({ code: 'custom', path: ['dataUrl'], message: 'error.attachmentPdfTooLarge' });
    } else if (isImageType(f.mediaType) && f.dataUrl.length > PHOTO_MAX_CHARS) {
      ctx.addIssue({ code: 'custom', path: ['dataUrl'], message: 'error.photoTooLarge' });
    }
  })
  .transform((f) => ({ ...f, size: dataUrlBytes(f.dataUrl) }));
export type AttachmentFile = z.infer<typeof attachmentFile>;

export const attachmentFiles = z.array(attachmentFile).max(MAX_ATTACHMENTS, { message: 'error.tooManyAttachments' });

const MAX_CUSTOMERS = 1_000_000_000;

/** The month's customer count for the complaint rate: empty = not entered, else a whole number above 0 (thousands separators and full-width digits allowed). */
export const customerCountInput = z
  .string()
  .transform(halfWidthDigits)
  .refine((v) => v === '' || /^(\d+|\d{1,3}(,\d{3})+)$/.test(v), { message: 'complaints.report.customerCountInvalid', abort: true })
  .transform((v) => (v === '' ? undefined : Number(v.replace(/,/g, ''))))
  .refine((n) => n === undefined || (n >= 1 && n <= MAX_CUSTOMERS), { message: 'complaints.report.customerCountInvalid' });

/** Recording a month's customer count: the month and a count (not empty). */
export const customerCountRecordInput = z.object({
  month: monthInput,
  count: customerCountInput.pipe(z.number({ message: 'complaints.report.customerCountInvalid' })),
});
