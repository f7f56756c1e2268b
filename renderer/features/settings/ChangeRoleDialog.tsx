import { useState, type FormEvent } from 'react';
import { ROLES, type Role, type StaffMember } from '../../../shared/domain/staff';
import { useDeskContext } from '../../app/useDeskContext';
import { Dialog } from '../../components/Dialog';
import { FormError, SelectField } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { updateStaff } from '../../db/staff';
import { useT } from '../../i18n';

/** Gives a staff member another role (what they may do from their next action on). */
export function ChangeRoleDialog({ member, onClose }: { readonly member: StaffMember; readonly onClose: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [role, setRole] = useState<Role>(member.role);
  const { submit, pending, errors } = useSubmit(async () => {
    if (role !== member.role) await updateStaff(ctx, member.staffNo, { role });
    onClose();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  return (
    <Dialog title={t('admin.staff.roleDialog.title', { staffNo: member.staffNo, name: member.name })} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <SelectField
          label={t('admin.staff.role')}
          name="role"
          value={role}
          onChange={(v) => setRole(ROLES.find((r) => r === v) ?? member.role)}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('action.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
