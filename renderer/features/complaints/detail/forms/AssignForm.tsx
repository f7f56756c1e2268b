import type { Complaint } from '../../../../../shared/domain/complaints/state';
import { Field } from '../../../../components/Field';
import { useT } from '../../../../i18n';
import { TextAreaField, useTextFields } from './fields';
import { StepForm, type StepFormProps } from './StepForm';

/** The department the complaint names, or the one it was last assigned to. */
function departmentsOf(c: Complaint): string {
  if (c.assignment) return c.assignment.departments.join('、');
  const { target } = c;
  return target.kind === 'department' ? target.department : target.kind === 'environment' ? '' : (target.department ?? '');
}

/** Departments are typed in one line, separated by 、 , ; or spaces. */
const splitDepartments = (text: string) => text.split(/[、,，;；\s]+/).filter((d) => d !== '');

/** Step 4: the responsible department(s) and the owner. */
export function AssignForm(props: StepFormProps) {
  const { t } = useT();
  const { complaint } = props;
  const { values, text } = useTextFields(() => ({
    departments: departmentsOf(complaint),
    ownerName: complaint.assignment?.ownerName ?? '',
    ownerStaffNo: complaint.assignment?.ownerStaffNo ?? '',
    note: '',
  }));
  const { fields } = props.errors;
  const departmentsError = Object.entries(fields).find(([k]) => k.startsWith('departments'))?.[1];
  return (
    <StepForm form={props} build={() => ({ ...values, departments: splitDepartments(values.departments) })}>
      <Field label={t('complaints.step.assigned.departments')} hint={t('complaints.step.assigned.departmentsHint')} {...text('departments')} error={departmentsError} autoFocus />
      <Field label={t('complaints.step.assigned.ownerName')} {...text('ownerName')} error={fields.ownerName} />
      <Field label={t('complaints.step.assigned.ownerStaffNo')} {...text('ownerStaffNo')} error={fields.ownerStaffNo} />
      <TextAreaField label={t('complaints.detail.note')} {...text('note')} error={fields.note} />
    </StepForm>
  );
}
