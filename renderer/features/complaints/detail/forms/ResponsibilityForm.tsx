import { useState } from 'react';
import { CAUSE_TYPES, type CauseType } from '../../../../../shared/domain/complaints/types';
import { Field } from '../../../../components/Field';
import { useT } from '../../../../i18n';
import { ChoiceField, TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** Supervisor only: the cause type and who the performance points go to. */
export function ResponsibilityForm(props: StepFormProps) {
  const { t } = useT();
  const { complaint } = props;
  const before = complaint.responsibility;
  const [causeType, setCauseType] = useState<CauseType | ''>(before?.causeType ?? '');
  const { values, text } = useTextFields(() => ({
    staffNo: before?.staffNo ?? '',
    staffName: before?.staffName ?? complaint.investigation?.responsiblePerson ?? '',
    directSupervisorNo: before?.directSupervisorNo ?? '',
    department: before?.department ?? complaint.assignment?.departments[0] ?? '',
    note: '',
  }));
  const { fields } = props.errors;
  return (
    <StepForm form={props} build={() => ({ causeType, ...values })}>
      <ChoiceField
        legend={t('complaints.step.responsibilityAssigned.causeType')}
        name="causeType"
        value={causeType}
        onChange={setCauseType}
        options={CAUSE_TYPES.map((c) => ({ value: c, label: t(`complaints.cause.${c}`) }))}
        error={fields.causeType}
        autoFocus
      />
      <Field label={t('complaints.step.responsibilityAssigned.staffNo')} {...text('staffNo')} error={fields.staffNo} />
      <Field label={t('complaints.step.responsibilityAssigned.staffName')} {...text('staffName')} error={fields.staffName} />
      <Field label={t('complaints.step.responsibilityAssigned.directSupervisorNo')} {...text('directSupervisorNo')} error={fields.directSupervisorNo} />
      <Field label={t('complaints.step.responsibilityAssigned.department')} {...text('department')} error={fields.department} />
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
