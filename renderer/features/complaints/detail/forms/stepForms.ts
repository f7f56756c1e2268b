import type { ComponentType } from 'react';
import type { ComplaintStepType } from '../../../../../shared/domain/complaints/entries';
import { ApprovalForm } from './ApprovalForm';
import { AssignForm } from './AssignForm';
import { CarryOutForm } from './CarryOutForm';
import { ClassifyForm } from './ClassifyForm';
import { CloseForm } from './CloseForm';
import { ContactForm } from './ContactForm';
import { EscalateForm } from './EscalateForm';
import { ExtendForm } from './ExtendForm';
import { FollowUpForm } from './FollowUpForm';
import { InvestigateForm } from './InvestigateForm';
import { NoteForm } from './NoteForm';
import { PauseForm } from './PauseForm';
import { ProposeForm } from './ProposeForm';
import { ResponsibilityForm } from './ResponsibilityForm';
import type { StepFormProps } from './StepForm';
import { ValidityForm } from './ValidityForm';

/** The form of each step a person takes on the detail screen. */
export const STEP_FORMS: Readonly<Record<ComplaintStepType, ComponentType<StepFormProps>>> = {
  validityJudged: ValidityForm,
  classified: ClassifyForm,
  assigned: AssignForm,
  investigated: InvestigateForm,
  resolutionProposed: ProposeForm,
  approvalDecided: ApprovalForm,
  carriedOut: CarryOutForm,
  followedUp: FollowUpForm,
  closed: CloseForm,
  customerContacted: ContactForm,
  arrivedOnSite: NoteForm,
  timerPaused: PauseForm,
  timerResumed: NoteForm,
  extended: ExtendForm,
  escalated: EscalateForm,
  responsibilityAssigned: ResponsibilityForm,
};
