import { useState, type FormEvent } from 'react';
import type { Role, StaffMember } from '../../../shared/domain/staff';
import { useDeskContext } from '../../app/useDeskContext';
import { Dialog } from '../../components/Dialog';
import { FormError, SelectField } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { updateStaff } from '../../db/staff';
import { useT } from '../../i18n';

/** Gives a staff member another role (what they may do from their next action on); `roles` are those the staff rules allow here. */
export function ChangeRoleDialog({ member, roles, onClose }: { readonly member: StaffMember; readonly roles: readonly Role[]; readonly onClose: () => void }) {
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
          onChange={(v) => setRole(roles.find((r) => r === v) ?? member.role)}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          error={errors.fields.role}
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
