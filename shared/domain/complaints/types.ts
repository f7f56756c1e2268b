import type { Fen } from '../money';
import type { Role } from '../staff';

/** Where the complaint came in (DOMAIN §4). */
export const COMPLAINT_CHANNELS = ['desk', 'phone', 'letterEmail', 'socialMedia', 'suggestionBox', 'hotline'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CATEGORIES = ['productQuality', 'serviceAttitude', 'price', 'environmentSafety', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Ordered from least to most serious. */
export const COMPLAINT_SEVERITIES = ['normal', 'major', 'urgent'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** An urgent/safety complaint is at least as serious as a major one: its resolution goes one level higher too. */
export function isMajor(severity: ComplaintSeverity): boolean {
  return severity !== 'normal';
}

export const TARGET_KINDS = ['department', 'staff', 'product', 'environment'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const SOLVABILITIES = ['onTheSpot', 'shortTime', 'notSolvableNow'] as const;
export type Solvability = (typeof SOLVABILITIES)[number];

export const RESOLUTION_KINDS = ['apology', 'refund', 'replacement', 'repair', 'cashCompensation', 'coupon', 'service'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/** Resolutions that pay the customer: their amount is recorded. */
export const MONEY_RESOLUTIONS: readonly ResolutionKind[] = ['refund', 'cashCompensation', 'coupon'];

export const PAUSE_REASONS = ['waitingForCustomer', 'waitingForSupplier', 'waitingForQualityTest'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const CAUSE_TYPES = ['staff', 'management', 'system'] as const;
export type CauseType = (typeof CAUSE_TYPES)[number];

export const UNSATISFIED_OUTCOMES = ['backToDepartment', 'escalate'] as const;
export type UnsatisfiedOutcome = (typeof UNSATISFIED_OUTCOMES)[number];

export const CONTACT_PARTIES = ['desk', 'department'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];

/** 1 = very unsatisfied ... 5 = very satisfied; 3 and above counts as satisfied. */
export type SatisfactionRating = 1 | 2 | 3 | 4 | 5;
export const SATISFIED_FROM: SatisfactionRating = 3;

/** Who acts on a complaint: the desk's roles, the store manager (店长) being the third escalation level. */
export type ComplaintRole = Role;

/** Escalation levels (DOMAIN §4): 1 desk lead, 2 supervisor, 3 store manager. */
export type EscalationLevel = 1 | 2 | 3;
export const MAX_ESCALATION_LEVEL: EscalationLevel = 3;

/** Authority of a role on complaints: 0 a clerk, then the escalation levels; a technician has none. */
export function authorityOf(role: ComplaintRole): number {
  switch (role) {
    case 'technician':
      return -1;
    case 'clerk':
      return 0;
    case 'lead':
      return 1;
    case 'supervisor':
      return 2;
    case 'storeManager':
      return 3;
  }
}

export interface ComplaintContact {
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  /** WeChat id, address for a letter, ... */
  readonly other?: string | undefined;
}

export interface Complainant {
  readonly name?: string | undefined;
  readonly contact: ComplaintContact;
}

export function hasContact(c: ComplaintContact): boolean {
  return Boolean(c.phone || c.email || c.other);
}

export type ComplaintTarget =
  | { readonly kind: 'department'; readonly department: string }
  | { readonly kind: 'staff'; readonly staffName: string; readonly staffNo?: string | undefined; readonly department?: string | undefined }
  | { readonly kind: 'product'; readonly product: string; readonly sku?: string | undefined; readonly department?: string | undefined }
  | { readonly kind: 'environment'; readonly place: string };

/** An attachment is a reference to a stored file (photo, letter scan, screenshot); the file lives elsewhere. */
export interface AttachmentRef {
  readonly ref: string;
  readonly name: string;
}

export interface ResolutionItem {
  readonly kind: ResolutionKind;
  /** For refund, cash compensation and coupon: the value in fen. */
  readonly amountFen?: Fen | undefined;
  readonly note?: string | undefined;
}
