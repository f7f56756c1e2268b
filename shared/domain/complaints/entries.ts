import type { Entry, RecordType } from '../entry';
import type { PrintedData } from '../storage/types';
import type { DeadlineKind } from './policy';
import type {
  AttachmentRef,
  CauseType,
  Complainant,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintRole,
  ComplaintSeverity,
  ComplaintTarget,
  ContactParty,
  EscalationLevel,
  PauseReason,
  ResolutionItem,
  SatisfactionRating,
  Solvability,
  UnsatisfiedOutcome,
} from './types';

export const COMPLAINT_RECORD_TYPE: RecordType = 'complaint';
export const COMPLAINT_SCHEMA_VERSION = 1;

/**
 * Every complaint entry says in whose authority it was made: the role of
 * `approvedBy` when a supervisor approved at a clerk's session, else of
 * `by`. It is written into the entry because a role can change later and
 * the projection must give the same result on every counter, forever.
 */
export interface Acting {
  readonly actorRole: ComplaintRole;
}

/** Step 1: intake, read back to the customer and confirmed. */
export interface ComplaintRecordedData extends Acting {
  readonly number: string;
  readonly channel: ComplaintChannel;
  /** When the complaint reached the store (UTC ms); limits run from here. */
  readonly receivedAt: number;
  readonly complainant: Complainant;
  /** The customer wants an answer: then a contact is required. */
  readonly replyWanted: boolean;
  readonly target: ComplaintTarget;
  /** What happened, in the customer's words. */
  readonly description: string;
  /** What the customer asks for. */
  readonly request: string;
  readonly category: ComplaintCategory;
  readonly severity: ComplaintSeverity;
  readonly attachments: readonly AttachmentRef[];
  /** The content was read back and the customer confirmed it (not made to repeat). */
  readonly readBackConfirmed: boolean;
  /**
   * The reply time told to the customer and printed on the slip, fixed when
   * recorded so a reprint after a policy change promises the same. Absent
   * when no reply is wanted.
   */
  readonly promisedReplyAt?: number | undefined;
}

/** Step 2: 成立 / 不成立. An invalid complaint is answered politely with the reason, and closed. */
export interface ValidityJudgedData extends Acting {
  readonly valid: boolean;
  readonly reason: string;
  /** What the customer was told (required when invalid). */
  readonly answer?: string | undefined;
}

/** Step 3: what can be solved, and how soon. */
export interface ClassifiedData extends Acting {
  readonly solvability: Solvability;
  readonly note?: string | undefined;
}

/** Step 4: responsible department(s) and owner. Several departments lengthen the solution limit. */
export interface AssignedData extends Acting {
  readonly departments: readonly string[];
  readonly ownerName: string;
  readonly ownerStaffNo?: string | undefined;
  readonly note?: string | undefined;
}

/** Step 5: the department's finding. */
export interface InvestigatedData extends Acting {
  readonly cause: string;
  readonly responsiblePerson?: string | undefined;
  readonly note?: string | undefined;
}

/** Step 6. */
export interface ResolutionProposedData extends Acting {
  readonly items: readonly ResolutionItem[];
  readonly note?: string | undefined;
}

/** Step 7: approved, or refused back to a new proposal. */
export interface ApprovalDecidedData extends Acting {
  readonly approved: boolean;
  readonly note?: string | undefined;
}

/** Step 8: carried out and the customer told. */
export interface CarriedOutData extends Acting {
  readonly note?: string | undefined;
}

/** Step 9 (回访). Unsatisfied (rating below 3) says what happens next. */
export interface FollowedUpData extends Acting {
  readonly rating: SatisfactionRating;
  readonly comment?: string | undefined;
  readonly outcome?: UnsatisfiedOutcome | undefined;
}

/** Step 10: evaluation; optionally a case for staff training. */
export interface ClosedData extends Acting {
  readonly lessons: string;
  readonly improvement?: string | undefined;
  readonly trainingCase: boolean;
}

export interface CustomerContactedData extends Acting {
  readonly party: ContactParty;
  readonly note?: string | undefined;
}

export interface ArrivedOnSiteData extends Acting {
  readonly note?: string | undefined;
}

export interface TimerPausedData extends Acting {
  readonly reason: PauseReason;
  readonly note?: string | undefined;
}

export interface TimerResumedData extends Acting {
  readonly note?: string | undefined;
}

/** A limit moved out, with the reason and the customer's consent. */
export interface ExtendedData extends Acting {
  readonly kind: DeadlineKind;
  readonly newDueAt: number;
  readonly reason: string;
  readonly customerConsent: boolean;
}

export const ESCALATION_REASONS = ['overdue', 'unsatisfied', 'other'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export interface EscalatedData extends Acting {
  readonly toLevel: EscalationLevel;
  readonly reason: EscalationReason;
  /** The missed limit that raised it. */
  readonly deadlineKind?: DeadlineKind | undefined;
  readonly note?: string | undefined;
}

/** Supervisor only: the cause type and the person the performance points go to. */
export interface ResponsibilityAssignedData extends Acting {
  readonly causeType: CauseType;
  readonly staffNo?: string | undefined;
  readonly staffName?: string | undefined;
  /** Shares the points from the person's second complaint in a month. */
  readonly directSupervisorNo?: string | undefined;
  readonly department?: string | undefined;
  readonly note?: string | undefined;
}

export interface ComplaintPrintedData extends Acting, PrintedData {}

/** One limit whose due time a change of the working calendar moved. */
export interface LimitChange {
  readonly kind: DeadlineKind;
  readonly round: number;
  readonly dueBefore: number;
  readonly dueAfter: number;
  /** It was already missed: it stays missed, due at dueBefore. */
  readonly keptMissed: boolean;
}

/**
 * Written with a change of the working calendar (the official days of a year
 * replacing its provisional ones, a day marked) on every open complaint whose
 * limits it moves: the log of what moved, and the misses that stay missed.
 */
export interface LimitsRecomputedData extends Acting {
  /** The calendar entry that moved them. */
  readonly calendarEntryId: string;
  readonly changes: readonly LimitChange[];
}

export interface ComplaintEntryDataMap {
  recorded: ComplaintRecordedData;
  validityJudged: ValidityJudgedData;
  classified: ClassifiedData;
  assigned: AssignedData;
  investigated: InvestigatedData;
  resolutionProposed: ResolutionProposedData;
  approvalDecided: ApprovalDecidedData;
  carriedOut: CarriedOutData;
  followedUp: FollowedUpData;
  closed: ClosedData;
  customerContacted: CustomerContactedData;
  arrivedOnSite: ArrivedOnSiteData;
  timerPaused: TimerPausedData;
  timerResumed: TimerResumedData;
  extended: ExtendedData;
  escalated: EscalatedData;
  responsibilityAssigned: ResponsibilityAssignedData;
  printed: ComplaintPrintedData;
  limitsRecomputed: LimitsRecomputedData;
}

export type ComplaintEntryType = keyof ComplaintEntryDataMap;

export type ComplaintEntry = { [K in ComplaintEntryType]: Entry<K, ComplaintEntryDataMap[K]> }[ComplaintEntryType];

/** The ten workflow steps of DOMAIN §4, in order. */
export const WORKFLOW_STEPS = [
  'recorded',
  'validityJudged',
  'classified',
  'assigned',
  'investigated',
  'resolutionProposed',
  'approvalDecided',
  'carriedOut',
  'followedUp',
  'closed',
] as const satisfies readonly ComplaintEntryType[];

/** Entries that may be made alongside the steps without moving the workflow. */
export const SIDE_ACTIONS = [
  'customerContacted',
  'arrivedOnSite',
  'timerPaused',
  'timerResumed',
  'extended',
  'escalated',
  'responsibilityAssigned',
  'printed',
  'limitsRecomputed',
] as const satisfies readonly ComplaintEntryType[];

export const COMPLAINT_ENTRY_TYPES: readonly ComplaintEntryType[] = [...WORKFLOW_STEPS, ...SIDE_ACTIONS];

/** Every step after intake that a person takes on a complaint ('printed' is written by printing, 'limitsRecomputed' by a calendar change). */
export type ComplaintStepType = Exclude<ComplaintEntryType, 'recorded' | 'printed' | 'limitsRecomputed'>;

/** The steps in the workflow's order, then the side actions. */
export const COMPLAINT_STEP_TYPES: readonly ComplaintStepType[] = COMPLAINT_ENTRY_TYPES.filter(
  (t): t is ComplaintStepType => t !== 'recorded' && t !== 'printed' && t !== 'limitsRecomputed',
);
