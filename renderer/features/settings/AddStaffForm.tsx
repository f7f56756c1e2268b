import { useState } from 'react';
import { ROLES, type StaffMember } from '../../../shared/domain/staff';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { createStaff } from '../../db/staff';
import { useT } from '../../i18n';

const EMPTY = { staffNo: '', name: '', role: 'clerk', pin: '', pinAgain: '' };

/** A new staff member with a first PIN they can change later. */
export function AddStaffForm() {
  const { t } = useT();
  const ctx = useDeskContext();
  const [added, setAdded] = useState<StaffMember>();
  const { form, setForm, bind, onSubmit, pending, errors } = useForm(EMPTY, async (fields, { reset }) => {
    setAdded(await createStaff(ctx, fields));
    reset();
  });
  return (
    <form className="panel form" onSubmit={onSubmit} aria-labelledby="staff-add-title">
      <h2 id="staff-add-title">{t('admin.staff.add.title')}</h2>
      {added && (
        <p className="notice notice--ok" role="status">
          {t('admin.staff.add.done', { staffNo: added.staffNo, name: added.name })}
        </p>
      )}
      <div className="row">
        <Field label={t('admin.staff.staffNo')} hint={t('admin.staff.staffNoHint')} autoComplete="off" {...bind('staffNo')} autoFocus />
        <Field label={t('admin.staff.name')} autoComplete="off" {...bind('name')} />
        <SelectField
          label={t('admin.staff.role')}
          name="role"
          value={form.role}
          onChange={(role) => setForm((f) => ({ ...f, role }))}
          error={errors.fields.role}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
      </div>
      <div className="row">
        <Field label={t('admin.staff.pin')} hint={t('admin.staff.pinHint')} type="password" inputMode="numeric" autoComplete="new-password" {...bind('pin')} />
        <Field label={t('admin.staff.pinAgain')} type="password" inputMode="numeric" autoComplete="new-password" {...bind('pinAgain')} />
      </div>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('admin.staff.add.submit')}
        </button>
      </div>
    </form>
  );
}
