import { useState, type FormEvent } from 'react';
import { minPinLength } from '../../shared/domain/pinPolicy';
import { newPinInput } from '../../shared/schema/setup';
import { Field, FormError } from '../components/Field';
import { useSubmit } from '../components/useSubmit';
import { changePin } from '../db/staff';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { useDeskContext } from './useDeskContext';
import { useSession } from './session';
import { useSignOut } from './useSignOut';

/**
 * Signed in with a PIN shorter than the role needs (a supervisor's 4-digit
 * PIN from before the rule, or a clerk promoted since): a new PIN comes
 * before the desk. There is no way past it but signing out.
 */
export function ChangePinScreen() {
  const { t } = useT();
  const ctx = useDeskContext();
  const staff = useSession((s) => s.staff);
  const pinChanged = useSession((s) => s.pinChanged);
  const signOut = useSignOut();
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const { submit, pending, errors } = useSubmit(async () => {
    if (!staff) return;
    const input = newPinInput(staff.role).parse({ pin, pinAgain });
    await changePin(ctx, staff.staffNo, input.pin);
    pinChanged();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  if (!staff) return null;
  const min = minPinLength(staff.role);
  return (
    <main className="centered">
      <form className="card form narrow" onSubmit={onSubmit} aria-labelledby="change-pin-title">
        <div className="card__top">
          <span className="muted">
            {staff.staffNo} {staff.name}
          </span>
          <LanguageSwitch />
        </div>
        <h1 id="change-pin-title">{t('changePin.title')}</h1>
        <p>{t('changePin.body', { role: t(`role.${staff.role}`), min })}</p>
        <Field label={t('changePin.pin', { min })} name="pin" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} autoFocus error={errors.fields.pin} />
        <Field label={t('admin.staff.pinAgain')} name="pinAgain" type="password" inputMode="numeric" autoComplete="new-password" value={pinAgain} onChange={(e) => setPinAgain(e.target.value)} error={errors.fields.pinAgain} />
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="button" onClick={() => void signOut()}>
            {t('action.signOut')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('changePin.submit')}
          </button>
        </div>
      </form>
    </main>
  );
}
