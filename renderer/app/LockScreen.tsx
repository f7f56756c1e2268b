import { useState, type FormEvent } from 'react';
import { verifyPin } from '../../shared/domain/pin';
import { Field, FormError } from '../components/Field';
import { DeskError } from '../db/errors';
import { useSubmit } from '../components/useSubmit';
import { useT } from '../i18n';
import { useServices } from './services';
import { useSession } from './session';
import { useSignOut } from './useSignOut';

/**
 * Covers the screen after idle time; the screen below stays mounted, so what
 * was being typed is still there after unlocking.
 */
export function LockScreen() {
  const { t } = useT();
  const { db } = useServices();
  const staff = useSession((s) => s.staff);
  const unlock = useSession((s) => s.unlock);
  const signOut = useSignOut();
  const [pin, setPin] = useState('');
  const { submit, pending, errors } = useSubmit(async () => {
    const member = staff ? await db.staff.get(staff.staffNo) : undefined;
    if (!member || !(await verifyPin(pin, member.pinSalt, member.pinHash))) throw new DeskError('error.signInFailed', 'pin');
    unlock();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit().then(() => setPin(''));
  };
  return (
    <div className="lock" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <form className="card form narrow" onSubmit={onSubmit}>
        <h1 id="lock-title">{t('lock.title')}</h1>
        <p>{t('lock.body', { name: staff?.name ?? '' })}</p>
        <Field label={t('signIn.pin')} name="unlockPin" type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} autoFocus error={errors.fields.pin} />
        <FormError code={errors.form?.code} />
        <div className="actions">
          <button type="button" onClick={() => void signOut()}>
            {t('action.signOut')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('lock.unlock')}
          </button>
        </div>
      </form>
    </div>
  );
}
