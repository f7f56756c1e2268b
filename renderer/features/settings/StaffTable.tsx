import { useState } from 'react';
import type { StaffMember } from '../../../shared/domain/staff';
import { useSession } from '../../app/session';
import { useDeskContext } from '../../app/useDeskContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { updateStaff } from '../../db/staff';
import { useT } from '../../i18n';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { ResetPinDialog } from './ResetPinDialog';
import { staffOffers, type StaffOffers } from './staffOffers';

type Task = { readonly kind: 'role' | 'pin' | 'active'; readonly member: StaffMember; readonly offers: StaffOffers };

const NOTHING_OFFERED: StaffOffers = { roles: [] };

/** Everyone who can sign in here (and those deactivated), with what the person signed in may change (the staff rules the write path applies). */
export function StaffTable({ staff }: { readonly staff: readonly StaffMember[] }) {
  const { t, tc } = useT();
  const ctx = useDeskContext();
  const signedIn = useSession((s) => s.staff);
  // The role as it stands now (it may have changed since sign-in).
  const me = staff.find((m) => m.staffNo === signedIn?.staffNo) ?? signedIn;
  const offersFor = (member: StaffMember) => (me ? staffOffers(me, member, staff) : NOTHING_OFFERED);
  const [task, setTask] = useState<Task>();
  const [notice, setNotice] = useState<string>();
  const toggle = useSubmit(async (member: StaffMember) => {
    await updateStaff(ctx, member.staffNo, { active: !member.active });
    setNotice(t(member.active ? 'admin.staff.deactivated' : 'admin.staff.reactivated', { staffNo: member.staffNo, name: member.name }));
  });
  const start = (kind: Task['kind'], member: StaffMember, offers: StaffOffers) => {
    setNotice(undefined);
    toggle.clearErrors();
    setTask({ kind, member, offers });
  };
  const close = () => setTask(undefined);

  return (
    <section className="panel" aria-labelledby="staff-list-title">
      <h2 id="staff-list-title">{t('admin.staff.list.title')}</h2>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      <FormError code={toggle.errors.form?.code ?? toggle.errors.fields.active} params={toggle.errors.form?.params} />
      <table>
        <thead>
          <tr>
            <th>{t('admin.staff.staffNo')}</th>
            <th>{t('admin.staff.name')}</th>
            <th>{t('admin.staff.role')}</th>
            <th>{t('admin.staff.active')}</th>
            <th>{t('admin.staff.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((m) => {
            const offers = offersFor(m);
            // What the rules refuse is not offered; the button says why.
            const why = (code: string | undefined) => (code ? tc(code) : undefined);
            return (
              <tr key={m.staffNo} data-staff={m.staffNo} className={m.active ? undefined : 'muted'}>
                <td>{m.staffNo}</td>
                <td>{m.name}</td>
                <td>{t(`role.${m.role}`)}</td>
                <td>{m.active ? t('admin.staff.isActive') : t('admin.staff.isInactive')}</td>
                <td>
                  <div className="actions" style={{ justifyContent: 'flex-start' }}>
                    <button
                      type="button"
                      disabled={offers.roles.length < 2}
                      title={why(offers.roleRefusal)}
                      onClick={() => start('role', m, offers)}
                      aria-label={t('admin.staff.changeRoleFor', { staffNo: m.staffNo })}
                    >
                      {t('admin.staff.changeRole')}
                    </button>
                    <button
                      type="button"
                      disabled={offers.pinRefusal !== undefined}
                      title={why(offers.pinRefusal)}
                      onClick={() => start('pin', m, offers)}
                      aria-label={t('admin.staff.resetPinFor', { staffNo: m.staffNo })}
                    >
                      {t('admin.staff.resetPin')}
                    </button>
                    <button
                      type="button"
                      className={m.active ? 'danger' : undefined}
                      disabled={toggle.pending || offers.activeRefusal !== undefined}
                      title={why(offers.activeRefusal)}
                      onClick={() => start('active', m, offers)}
                      aria-label={t(m.active ? 'admin.staff.deactivateFor' : 'admin.staff.reactivateFor', { staffNo: m.staffNo })}
                    >
                      {m.active ? t('admin.staff.deactivate') : t('admin.staff.reactivate')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {task?.kind === 'role' && <ChangeRoleDialog member={task.member} roles={task.offers.roles} onClose={close} />}
      {task?.kind === 'pin' && (
        <ResetPinDialog member={task.member} onDone={() => setNotice(t('admin.staff.pinReset', { staffNo: task.member.staffNo, name: task.member.name }))} onClose={close} />
      )}
      {task?.kind === 'active' && (
        <ConfirmDialog
          title={t(task.member.active ? 'admin.staff.deactivateTitle' : 'admin.staff.reactivateTitle')}
          confirmLabel={task.member.active ? t('admin.staff.deactivate') : t('admin.staff.reactivate')}
          onConfirm={() => void toggle.submit(task.member)}
          onClose={close}
        >
          <p>{t(task.member.active ? 'admin.staff.deactivateBody' : 'admin.staff.reactivateBody', { staffNo: task.member.staffNo, name: task.member.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
