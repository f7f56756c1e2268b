import { useState, type FormEvent } from 'react';
import type { StaffMember } from '../../../shared/domain/staff';
import { newPinInput } from '../../../shared/schema/setup';
import { useDeskContext } from '../../app/useDeskContext';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { changePin } from '../../db/staff';
import { useT } from '../../i18n';

/** A forgotten PIN is replaced by a new one the supervisor types with the staff member. */
export function ResetPinDialog({ member, onDone, onClose }: { readonly member: StaffMember; readonly onDone: () => void; readonly onClose: () => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [pinValue, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const { submit, pending, errors } = useSubmit(async () => {
    const input = newPinInput(member.role).parse({ pin: pinValue, pinAgain });
    await changePin(ctx, member.staffNo, input.pin);
    onDone();
    onClose();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  return (
    <Dialog title={t('admin.staff.pinDialog.title', { staffNo: member.staffNo, name: member.name })} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <Field label={t('admin.staff.newPin')} hint={t('admin.staff.pinHint')} name="pin" type="password" inputMode="numeric" autoComplete="new-password" value={pinValue} onChange={(e) => setPin(e.target.value)} error={errors.fields.pin} />
        <Field label={t('admin.staff.pinAgain')} name="pinAgain" type="password" inputMode="numeric" autoComplete="new-password" value={pinAgain} onChange={(e) => setPinAgain(e.target.value)} error={errors.fields.pinAgain} />
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('admin.staff.pinDialog.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
