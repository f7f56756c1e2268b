import { Field } from '../../../../components/Field';
import { useT } from '../../../../i18n';
import { TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Step 5: the department's finding: the cause and the person responsible. */
export function InvestigateForm(props: StepFormProps) {
  const { t } = useT();
  const { target } = props.complaint;
  const { values, text } = useTextFields({ cause: '', responsiblePerson: target.kind === 'staff' ? target.staffName : '', note: '' });
  const { fields } = props.errors;
  return (
    <StepForm form={props} build={() => values}>
      <Field label={t('complaints.step.investigated.cause')} {...text('cause')} error={fields.cause} autoFocus />
      <Field label={t('complaints.step.investigated.responsiblePerson')} {...text('responsiblePerson')} error={fields.responsiblePerson} />
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
