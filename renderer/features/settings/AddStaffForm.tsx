import { useState, type FormEvent } from 'react';
import { ROLES, type StaffMember } from '../../../shared/domain/staff';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { createStaff } from '../../db/staff';
import { useT } from '../../i18n';

const EMPTY = { staffNo: '', name: '', role: 'clerk', pin: '', pinAgain: '' };
type StaffFields = typeof EMPTY;

/** A new staff member with a first PIN they can change later. */
export function AddStaffForm() {
  const { t } = useT();
  const ctx = useDeskContext();
  const [form, setForm] = useState<StaffFields>(EMPTY);
  const [added, setAdded] = useState<StaffMember>();
  const { submit, pending, errors } = useSubmit(async () => {
    setAdded(await createStaff(ctx, form));
    setForm(EMPTY);
  });
  const bind = (name: Exclude<keyof StaffFields, 'role'>) => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
    error: errors.fields[name],
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
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
        <Field label={t('admin.staff.pin')} type="password" inputMode="numeric" autoComplete="new-password" {...bind('pin')} />
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
