import { useState } from 'react';
import { DeskError } from '../../../../db/errors';
import { useT } from '../../../../i18n';
import { ChoiceField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Step 2: 成立 / 不成立 with the reason; an invalid one says what the customer is answered. */
export function ValidityForm(props: StepFormProps) {
  const { t } = useT();
  const [valid, setValid] = useState<'yes' | 'no' | ''>('');
  const { values, text } = useTextFields({ reason: '', answer: '' });
  const { fields } = props.errors;
  const build = () => {
    if (!valid) throw new DeskError('error.required', 'valid');
    return { valid: valid === 'yes', reason: values.reason, answer: valid === 'no' ? values.answer : undefined };
  };
  return (
    <StepForm form={props} build={build}>
      <ChoiceField
        legend={t('complaints.step.validityJudged.valid')}
        name="valid"
        value={valid}
        onChange={setValid}
        options={[
          { value: 'yes', label: t('complaints.step.validityJudged.yes') },
          { value: 'no', label: t('complaints.step.validityJudged.no') },
        ]}
        error={fields.valid}
        autoFocus
      />
      <TextAreaField label={t('complaints.step.validityJudged.reason')} {...text('reason')} error={fields.reason} />
      {valid === 'no' && <TextAreaField label={t('complaints.step.validityJudged.answer')} {...text('answer')} error={fields.answer} />}
    </StepForm>
  );
}
