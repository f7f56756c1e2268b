import { useState } from 'react';
import { SOLVABILITIES, type Solvability } from '../../../../../shared/domain/complaints/types';
import { useT } from '../../../../i18n';
import { ChoiceField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Step 3: on the spot, within a short time, or not solvable now. */
export function ClassifyForm(props: StepFormProps) {
  const { t } = useT();
  const [solvability, setSolvability] = useState<Solvability | ''>('');
  const { values, text } = useTextFields({ note: '' });
  const { fields } = props.errors;
  return (
    <StepForm form={props} build={() => ({ solvability, note: values.note })}>
      <ChoiceField
        legend={t('complaints.step.classified.solvability')}
        name="solvability"
        value={solvability}
        onChange={setSolvability}
        options={SOLVABILITIES.map((s) => ({ value: s, label: t(`complaints.solvability.${s}`) }))}
        error={fields.solvability}
        autoFocus
      />
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
