import { useT } from '../../../../i18n';
import { TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** A step that only needs an optional note: someone arrived on site, the timer resumed. */
export function NoteForm(props: StepFormProps) {
  const { t } = useT();
  const { values, text } = useTextFields({ note: '' });
  return (
    <StepForm form={props} build={() => values}>
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={props.errors.fields.note} autoFocus />
    </StepForm>
  );
}
