import { COMPLAINT_ENTRY_TYPES, type ComplaintEntry, type ComplaintEntryType, type WORKFLOW_STEPS } from './entries';
import { isPaused, type Complaint, type ComplaintRefusalReason, type ComplaintStatus } from './state';
import {
  authorityOf,
  hasContact,
  isMajor,
  MAX_ESCALATION_LEVEL,
  SATISFIED_FROM,
  type ComplaintRole,
  type EscalationLevel,
} from './types';

/**
 * Which step may follow which, and who may take it. One table, read by the
 * screens (allowedSteps: only offer what is allowed) and by the projection
 * (an entry that breaks it is kept as a refusal, not applied), so the two
 * can never disagree.
 */

type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

/** The statuses each workflow step may be taken from ('recorded' only starts a complaint). */
export const STEP_FROM: Readonly<Record<WorkflowStep, readonly ComplaintStatus[]>> = {
  recorded: [],
  validityJudged: ['recorded'],
  classified: ['valid'],
  // Assigning again while assigned hands it to another department or owner.
  assigned: ['classified', 'assigned'],
  investigated: ['assigned'],
  // From 'classified' only when solvable on the spot: the desk proposes at once, no department.
  resolutionProposed: ['investigated', 'classified'],
  approvalDecided: ['proposed'],
  carriedOut: ['approved'],
  followedUp: ['carriedOut'],
  closed: ['followedUp'],
};

/**
 * The least authority (see authorityOf: 0 clerk, 1 lead, 2 supervisor,
 * 3 store manager) for each entry. Approval is not here: it depends on the
 * complaint (requiredApprovalLevel).
 */
export const MIN_AUTHORITY: Readonly<Record<Exclude<ComplaintEntryType, 'approvalDecided'>, number>> = {
  recorded: 0,
  validityJudged: 1,
  classified: 1,
  assigned: 1,
  investigated: 0,
  resolutionProposed: 0,
  carriedOut: 0,
  // DOMAIN roles: complaint handling and follow-up visits are the supervisor's.
  followedUp: 2,
  closed: 2,
  customerContacted: 0,
  arrivedOnSite: 0,
  // A pause stops the clock: not a clerk's call alone.
  timerPaused: 1,
  timerResumed: 1,
  extended: 2,
  // Anyone may raise a complaint to the next level.
  escalated: 0,
  responsibilityAssigned: 2,
  printed: 0,
  // Written with a calendar change, which only a supervisor makes.
  limitsRecomputed: 2,
};

/** Supervisor approves; a major (or urgent) one goes one level higher; an escalated one needs at least its level. */
export function requiredApprovalLevel(c: Complaint): EscalationLevel {
  const base: EscalationLevel = isMajor(c.severity) ? 3 : 2;
  return c.escalationLevel > base ? c.escalationLevel : base;
}

export type StepCheck = { readonly ok: true } | { readonly ok: false; readonly reason: ComplaintRefusalReason };

const OK: StepCheck = { ok: true };
const refuse = (reason: ComplaintRefusalReason): StepCheck => ({ ok: false, reason });

function orderCheck(c: Complaint, type: ComplaintEntryType): StepCheck {
  if (type === 'recorded') return refuse('alreadyRecorded');
  if (type === 'printed') return OK;
  if (type === 'responsibilityAssigned') {
    // Responsibility is settled for a valid complaint once its cause is known, even after closing.
    if (c.validity?.valid !== true) return refuse('invalidComplaint');
    return c.investigation ? OK : refuse('notInvestigated');
  }
  if (c.status === 'closed') return refuse('closed');
  switch (type) {
    case 'timerPaused':
      return isPaused(c) ? refuse('alreadyPaused') : OK;
    case 'timerResumed':
      return isPaused(c) ? OK : refuse('notPaused');
    case 'escalated':
      return c.escalationLevel >= MAX_ESCALATION_LEVEL ? refuse('escalationLimit') : OK;
    case 'customerContacted':
    case 'arrivedOnSite':
    case 'extended':
    case 'limitsRecomputed':
      return OK;
    default:
      if (!STEP_FROM[type].includes(c.status)) return refuse('outOfOrder');
      if (type === 'resolutionProposed' && c.status === 'classified' && c.classification?.solvability !== 'onTheSpot') {
        return refuse('notOnTheSpot');
      }
      return OK;
  }
}

function roleCheck(c: Complaint | undefined, type: ComplaintEntryType, role: ComplaintRole): StepCheck {
  const authority = authorityOf(role);
  if (type === 'approvalDecided') {
    if (authority < 2) return refuse('roleNotAllowed');
    return c && authority < requiredApprovalLevel(c) ? refuse('approvalLevelTooLow') : OK;
  }
  return authority >= MIN_AUTHORITY[type] ? OK : refuse('roleNotAllowed');
}

/** Whether `role` may make an entry of `type` now; order is judged before role. Independent of the entry's data. */
export function checkComplaintStep(c: Complaint | undefined, type: ComplaintEntryType, role: ComplaintRole): StepCheck {
  if (!c) return type === 'recorded' ? roleCheck(c, type, role) : refuse('outOfOrder');
  const order = orderCheck(c, type);
  return order.ok ? roleCheck(c, type, role) : order;
}

/** The entries `role` may make now: what the screen offers. */
export function allowedSteps(c: Complaint | undefined, role: ComplaintRole): ComplaintEntryType[] {
  return COMPLAINT_ENTRY_TYPES.filter((t) => checkComplaintStep(c, t, role).ok);
}

/** Rules on the entry's own data that a well-formed form already enforces; checked again for entries that arrive by sync. */
function dataCheck(c: Complaint | undefined, e: ComplaintEntry): StepCheck {
  switch (e.type) {
    case 'recorded':
      return e.data.replyWanted && !hasContact(e.data.complainant.contact) ? refuse('contactMissing') : OK;
    case 'validityJudged':
      if (!e.data.reason.trim()) return refuse('reasonMissing');
      return !e.data.valid && !e.data.answer?.trim() ? refuse('reasonMissing') : OK;
    case 'followedUp':
      if (e.data.rating >= SATISFIED_FROM) return OK;
      if (!e.data.outcome) return refuse('outcomeMissing');
      return e.data.outcome === 'escalate' && c && c.escalationLevel >= MAX_ESCALATION_LEVEL ? refuse('escalationLimit') : OK;
    case 'extended':
      if (!e.data.customerConsent) return refuse('consentMissing');
      return e.data.reason.trim() ? OK : refuse('reasonMissing');
    case 'escalated':
      return c && e.data.toLevel !== c.escalationLevel + 1 ? refuse('escalationNotNext') : OK;
    default:
      return OK;
  }
}

/** The full check of one entry against the complaint: order, then role, then the entry's data. */
export function checkComplaintEntry(c: Complaint | undefined, e: ComplaintEntry): StepCheck {
  const step = checkComplaintStep(c, e.type, e.data.actorRole);
  return step.ok ? dataCheck(c, e) : step;
}
