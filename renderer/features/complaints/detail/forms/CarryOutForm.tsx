import { useState } from 'react';
import { useT } from '../../../../i18n';
import { CheckField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Step 8: the resolution carried out, and the customer told. */
export function CarryOutForm(props: StepFormProps) {
  const { t } = useT();
  const [told, setTold] = useState(false);
  const { values, text } = useTextFields({ note: '' });
  const { fields } = props.errors;
  return (
    <StepForm form={props} build={() => ({ customerTold: told, note: values.note })}>
      <CheckField label={t('complaints.step.carriedOut.customerTold')} checked={told} onChange={setTold} error={fields.customerTold} autoFocus />
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
