import { TARGET_KINDS } from '../../../../shared/domain/complaints/types';
import { Field, SelectField } from '../../../components/Field';
import { useT } from '../../../i18n';
import { oneOf, type IntakeErrorField, type IntakeFields, type IntakeTextField, type SetIntake } from './intakeDraft';

interface TargetFieldsProps {
  readonly fields: IntakeFields;
  readonly set: SetIntake;
  readonly errors: Partial<Record<IntakeErrorField, string>>;
}

/** Who or what the complaint is about, with the fields of that kind. */
export function TargetFields({ fields, set, errors }: TargetFieldsProps) {
  const { t } = useT();
  const text = (name: IntakeTextField) => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    error: errors[name],
  });
  return (
    <fieldset>
      <legend>{t('complaints.intake.section.target')}</legend>
      <SelectField
        label={t('complaints.intake.field.targetKind')}
        name="targetKind"
        value={fields.targetKind}
        onChange={(v) => set('targetKind', oneOf(TARGET_KINDS, v) ?? fields.targetKind)}
        options={TARGET_KINDS.map((k) => ({ value: k, label: t(`complaints.target.${k}`) }))}
      />
      <div className="row">
        {fields.targetKind === 'department' && <Field label={t('complaints.intake.field.department')} {...text('department')} />}
        {fields.targetKind === 'staff' && (
          <>
            <Field label={t('complaints.intake.field.staffName')} {...text('staffName')} />
            <Field label={t('complaints.intake.field.staffNo')} inputMode="numeric" {...text('staffNo')} />
            <Field label={t('complaints.intake.field.staffDepartment')} {...text('staffDepartment')} />
          </>
        )}
        {fields.targetKind === 'product' && (
          <>
            <Field label={t('complaints.intake.field.product')} {...text('product')} />
            <Field label={t('complaints.intake.field.sku')} {...text('sku')} />
            <Field label={t('complaints.intake.field.productDepartment')} {...text('productDepartment')} />
          </>
        )}
        {fields.targetKind === 'environment' && <Field label={t('complaints.intake.field.place')} {...text('place')} />}
      </div>
    </fieldset>
  );
}
