import { useState } from 'react';
import { PAUSE_REASONS, type PauseReason } from '../../../../../shared/domain/complaints/types';
import { useT } from '../../../../i18n';
import { ChoiceField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** The timer pauses only with a named reason. */
export function PauseForm(props: StepFormProps) {
  const { t } = useT();
  const [reason, setReason] = useState<PauseReason | ''>('');
  const { values, text } = useTextFields({ note: '' });
  const { fields } = props.errors;
  return (
    <StepForm form={props} build={() => ({ reason, note: values.note })}>
      <ChoiceField
        legend={t('complaints.step.timerPaused.reason')}
        name="reason"
        value={reason}
        onChange={setReason}
        options={PAUSE_REASONS.map((r) => ({ value: r, label: t(`complaints.pause.${r}`) }))}
        error={fields.reason}
        autoFocus
      />
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
