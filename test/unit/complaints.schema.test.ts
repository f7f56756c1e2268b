import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  approvalInput,
  assignInput,
  carryOutInput,
  classifyInput,
  closeInput,
  complaintIntakeInput,
  escalateInput,
  extensionInput,
  followUpInput,
  pauseInput,
  proposeInput,
  validityInput,
} from '../../shared/schema/complaints';
import { T0 } from './complaints.fixtures';

const intake = {
  channel: 'phone',
  receivedAt: T0,
  complainant: { name: '王女士', contact: { phone: '138 0013 8000' } },
  replyWanted: true,
  target: { kind: 'product', product: '鲜牛奶 1L' },
  description: '牛奶过期',
  request: '退款',
  category: 'productQuality',
  severity: 'normal',
  readBackConfirmed: true,
};

/** [path, message] of every issue, or 'ok'. */
function issues(schema: z.ZodType, value: unknown): string[][] | 'ok' {
  const r = schema.safeParse(value);
  return r.success ? 'ok' : r.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('complaint intake form', () => {
  it('accepts a full intake and cleans the phone number', () => {
    const parsed = complaintIntakeInput.parse(intake);
    expect(parsed.complainant.contact.phone).toBe('13800138000');
    expect(parsed.attachments).toEqual([]);
  });

  it.each([
    ['a reply needs a contact', { complainant: { contact: {} } }, [['complainant.contact', 'error.complaintContactRequired']]],
    ['no reply wanted: no contact needed', { replyWanted: false, complainant: { contact: {} } }, 'ok'],
    ['an e-mail is a contact', { complainant: { contact: { email: 'wang@example.com' } } }, 'ok'],
    ['a bad e-mail', { complainant: { contact: { email: 'wang@' } } }, [['complainant.contact.email', 'error.email']]],
    ['the content must be read back', { readBackConfirmed: false }, [['readBackConfirmed', 'error.complaintReadBack']]],
    ['channel, category and severity are required', { channel: 'fax', category: undefined, severity: 'low' }, [
      ['channel', 'error.required'],
      ['category', 'error.required'],
      ['severity', 'error.required'],
    ]],
    ['what happened and what is asked', { description: ' ', request: '' }, [
      ['description', 'error.required'],
      ['request', 'error.required'],
    ]],
    ['a staff target names the person', { target: { kind: 'staff', staffName: '' } }, [['target.staffName', 'error.required']]],
    ['attachments are references, at most 10', { attachments: Array.from({ length: 11 }, (_, i) => ({ ref: `f${i}`, name: `${i}.jpg` })) }, [
      ['attachments', 'error.tooManyAttachments'],
    ]],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(issues(complaintIntakeInput, { ...intake, ...overrides })).toEqual(expected);
  });
});

describe('complaint step forms', () => {
  it.each([
    ['valid with a reason', validityInput, { valid: true, reason: '属实' }, 'ok'],
    ['invalid needs the answer given', validityInput, { valid: false, reason: '在保质期内' }, [['answer', 'error.complaintAnswerRequired']]],
    ['solvability is picked', classifyInput, { solvability: 'later' }, [['solvability', 'error.required']]],
    ['at least one department', assignInput, { departments: [], ownerName: '李' }, [['departments', 'error.complaintDepartmentRequired']]],
    ['no department twice', assignInput, { departments: ['生鲜部', '生鲜部'], ownerName: '李' }, [['departments', 'error.complaintDuplicateDepartment']]],
    ['a resolution is needed', proposeInput, { items: [] }, [['items', 'error.complaintResolutionRequired']]],
    ['a refund needs an amount', proposeInput, { items: [{ kind: 'refund' }] }, [['items.0.amount', 'error.complaintAmountRequired']]],
    ['an amount is yuan with two decimals at most', proposeInput, { items: [{ kind: 'coupon', amount: '1.234' }] }, [['items.0.amount', 'error.complaintAmount']]],
    ['no resolution kind twice', proposeInput, { items: [{ kind: 'apology' }, { kind: 'apology' }] }, [['items', 'error.complaintDuplicateResolution']]],
    ['a refused approval says why', approvalInput, { approved: false }, [['note', 'error.required']]],
    ['carrying out means telling the customer', carryOutInput, { customerTold: false }, [['customerTold', 'error.complaintCustomerTold']]],
    ['a rating is 1 to 5', followUpInput, { rating: 6 }, [['rating', 'error.complaintRating']]],
    ['unsatisfied says what next', followUpInput, { rating: 2 }, [['outcome', 'error.complaintOutcomeRequired']]],
    ['satisfied needs nothing more', followUpInput, { rating: '4' }, 'ok'],
    ['closing needs the lessons', closeInput, { lessons: '' }, [['lessons', 'error.required']]],
    ['a pause has a named reason', pauseInput, { reason: 'lunch' }, [['reason', 'error.required']]],
    ['an extension needs consent and a reason', extensionInput, { kind: 'solution', newDueAt: T0, reason: '', customerConsent: false }, [
      ['reason', 'error.required'],
      ['customerConsent', 'error.complaintConsentRequired'],
    ]],
    ['escalation has a reason', escalateInput, { reason: 'overdue', deadlineKind: 'solution' }, 'ok'],
  ] as const)('%s', (_name, schema, value, expected) => {
    expect(issues(schema, value)).toEqual(expected);
  });

  it('keeps resolution amounts in fen', () => {
    expect(proposeInput.parse({ items: [{ kind: 'refund', amount: '12.9' }, { kind: 'apology' }] }).items).toEqual([
      { kind: 'refund', amountFen: 1290, note: undefined },
      { kind: 'apology', amountFen: undefined, note: undefined },
    ]);
  });
});
