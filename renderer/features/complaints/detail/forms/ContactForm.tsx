import { useState } from 'react';
import { CONTACT_PARTIES, type ContactParty } from '../../../../../shared/domain/complaints/types';
import { useT } from '../../../../i18n';
import { ChoiceField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** The customer was contacted: by the desk (first contact) or by the responsible department. */
export function ContactForm(props: StepFormProps) {
  const { t } = useT();
  const [party, setParty] = useState<ContactParty>(props.complaint.assignment ? 'department' : 'desk');
  const { values, text } = useTextFields({ note: '' });
  const { fields } = props.errors;
  return (
    <StepForm form={props} build={() => ({ party, note: values.note })}>
      <ChoiceField
        legend={t('complaints.step.customerContacted.party')}
        name="party"
        value={party}
        onChange={setParty}
        options={CONTACT_PARTIES.map((p) => ({ value: p, label: t(`complaints.contactParty.${p}`) }))}
        error={fields.party}
        autoFocus
      />
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
