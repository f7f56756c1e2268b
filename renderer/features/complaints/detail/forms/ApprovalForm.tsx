import { useState } from 'react';
import { DeskError } from '../../../../db/errors';
import { useT } from '../../../../i18n';
import { resolutionText } from '../historyText';
import { ChoiceField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Step 7: the proposal approved, or refused back with the reason. */
export function ApprovalForm(props: StepFormProps) {
  const { t } = useT();
  const [decision, setDecision] = useState<'approve' | 'refuse' | ''>('');
  const { values, text } = useTextFields({ note: '' });
  const { fields } = props.errors;
  const build = () => {
    if (!decision) throw new DeskError('error.required', 'approved');
    return { approved: decision === 'approve', note: values.note };
  };
  const proposal = props.complaint.proposal;
  return (
    <StepForm form={props} build={build}>
      {proposal && <p>{t('complaints.step.approvalDecided.proposal', { items: resolutionText(proposal.items, t) })}</p>}
      <ChoiceField
        legend={t('complaints.step.approvalDecided.decision')}
        name="approved"
        value={decision}
        onChange={setDecision}
        options={[
          { value: 'approve', label: t('complaints.step.approvalDecided.approve') },
          { value: 'refuse', label: t('complaints.step.approvalDecided.refuse') },
        ]}
        error={fields.approved}
        autoFocus
      />
      <TextAreaField label={t(decision === 'refuse' ? 'complaints.step.approvalDecided.refuseNote' : 'complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
