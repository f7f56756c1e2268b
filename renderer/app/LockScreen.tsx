import { useState, type FormEvent } from 'react';
import { Field, FormError } from '../components/Field';
import { DeskError } from '../db/errors';
import { useSubmit } from '../components/useSubmit';
import { unlockSession } from '../db/staff';
import { useT } from '../i18n';
import { useDeskContext } from './useDeskContext';
import { useSession } from './session';
import { useSignOut } from './useSignOut';

/**
 * Covers the screen after idle time; the screen below stays mounted, so what
 * was being typed is still there after unlocking. The PIN is checked as at
 * sign-in (wait after wrong PINs, audit); someone deactivated meanwhile is
 * sent to sign-in.
 */
export function LockScreen() {
  const { t } = useT();
  const ctx = useDeskContext();
  const staff = useSession((s) => s.staff);
  const unlock = useSession((s) => s.unlock);
  const signOut = useSignOut();
  const [pin, setPin] = useState('');
  const { submit, pending, errors } = useSubmit(async () => {
    try {
      await unlockSession(ctx, pin);
    } catch (error) {
      if (!(error instanceof DeskError && error.code === 'error.staffInactive')) throw error;
      await signOut(error.code);
      return;
    }
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
        <Field label={t('signIn.pin')} name="unlockPin" type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} autoFocus error={errors.fields.pin} errorParams={errors.params} />
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
