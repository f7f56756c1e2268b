import type { EnquiryConflictReason, EnquiryState, EnquiryStep } from './types';

/** What a step does from a state: moves the enquiry on, or is refused for a reason. */
export type StepOutcome = { readonly to: EnquiryState } | { readonly refused: EnquiryConflictReason };

/**
 * The one table of a suggestion's life: its department's reply, then the
 * customer told. A plain enquiry was answered at the desk and takes no step.
 */
export const ENQUIRY_STEPS: { readonly [S in EnquiryStep]: { readonly [F in EnquiryState]: StepOutcome } } = {
  replyRecorded: {
    answered: { refused: 'notSuggestion' },
    awaitingReply: { to: 'replied' },
    replied: { refused: 'alreadyReplied' },
    customerTold: { refused: 'alreadyReplied' },
  },
  customerTold: {
    answered: { refused: 'notSuggestion' },
    awaitingReply: { refused: 'notReplied' },
    replied: { to: 'customerTold' },
    customerTold: { refused: 'alreadyTold' },
  },
};

/** Where a newly logged enquiry stands: a suggestion waits for its department. */
export function loggedState(isSuggestion: boolean): EnquiryState {
  return isSuggestion ? 'awaitingReply' : 'answered';
}

/** Why `step` may not be taken from `state`; undefined when it may. */
export function stepRefusal(state: EnquiryState, step: EnquiryStep): EnquiryConflictReason | undefined {
  const outcome = ENQUIRY_STEPS[step][state];
  return 'refused' in outcome ? outcome.refused : undefined;
}

/** A suggestion still waits on the desk: for its department's reply, or to tell the customer. */
export function isOpenSuggestion(state: EnquiryState): boolean {
  return state === 'awaitingReply' || state === 'replied';
}
