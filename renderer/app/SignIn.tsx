import { useState, type FormEvent } from 'react';
import { Field, FormError } from '../components/Field';
import { useSubmit } from '../components/useSubmit';
import { signIn } from '../db/staff';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { useServices } from './services';
import { useSession } from './session';

/** Staff number + PIN: quick, because counter PCs are shared. A PIN too short for the role opens the change-PIN screen first. */
export function SignIn() {
  const { t, tc } = useT();
  const { db, clock } = useServices();
  const storeName = useSession((s) => s.profile?.storeName);
  const signedIn = useSession((s) => s.signedIn);
  const signedOutBecause = useSession((s) => s.signedOutBecause);
  const [staffNo, setStaffNo] = useState('');
  const [pin, setPin] = useState('');
  const { submit, pending, errors } = useSubmit(async () => {
    const member = await signIn(db, clock, staffNo, pin);
    signedIn(member, member.mustChangePin);
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit().then(() => setPin(''));
  };
  return (
    <main className="centered">
      <form className="card form narrow" onSubmit={onSubmit} aria-labelledby="sign-in-title">
        <div className="card__top">
          <span className="muted">{storeName}</span>
          <LanguageSwitch />
        </div>
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        {signedOutBecause && (
          <p className="notice" role="status">
            {tc(signedOutBecause)}
          </p>
        )}
        <Field label={t('signIn.staffNo')} name="staffNo" value={staffNo} onChange={(e) => setStaffNo(e.target.value)} autoFocus autoComplete="username" error={errors.fields.staffNo} />
        <Field label={t('signIn.pin')} name="pin" type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} autoComplete="current-password" error={errors.fields.pin} errorParams={errors.params} />
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {t('signIn.submit')}
          </button>
        </div>
      </form>
    </main>
  );
}
