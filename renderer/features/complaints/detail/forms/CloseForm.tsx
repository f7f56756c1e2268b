import { useState } from 'react';
import { useT } from '../../../../i18n';
import { CheckField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Step 10: the evaluation (lessons, improvement); optionally a case for staff training. */
export function CloseForm(props: StepFormProps) {
  const { t } = useT();
  const [trainingCase, setTrainingCase] = useState(false);
  const { values, text } = useTextFields({ lessons: '', improvement: '' });
  const { fields } = props.errors;
  return (
    <StepForm form={props} build={() => ({ ...values, trainingCase })}>
      <TextAreaField label={t('complaints.step.closed.lessons')} {...text('lessons')} error={fields.lessons} autoFocus />
      <TextAreaField label={t('complaints.step.closed.improvement')} {...text('improvement')} error={fields.improvement} />
      <CheckField label={t('complaints.step.closed.trainingCase')} checked={trainingCase} onChange={setTrainingCase} />
    </StepForm>
  );
}
