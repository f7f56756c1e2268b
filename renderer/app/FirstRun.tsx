import { Field, FormError } from '../components/Field';
import { useForm } from '../components/useForm';
import { completeFirstRun, readCounterIdentity, readStoreProfile } from '../db/staff';
import { useT } from '../i18n';
import { useServices } from './services';
import { useSession } from './session';

const EMPTY = { storeName: '', storeCode: '', counterCode: '', supervisorNo: '', supervisorName: '', pin: '', pinAgain: '' };

/** First start: the store, this counter and the first supervisor. */
export function FirstRun() {
  const { t } = useT();
  const { db, clock } = useServices();
  const setUp = useSession((s) => s.setUp);
  const signedIn = useSession((s) => s.signedIn);
  const { bind, onSubmit, pending, errors } = useForm(EMPTY, async (form) => {
    const supervisor = await completeFirstRun(db, clock, form);
    setUp(await readCounterIdentity(db), await readStoreProfile(db));
    signedIn(supervisor);
  });
  return (
    <main className="centered">
      <form className="card form" onSubmit={onSubmit} aria-labelledby="first-run-title">
        <h1 id="first-run-title">{t('firstRun.title')}</h1>
        <p>{t('firstRun.intro')}</p>
        <Field label={t('firstRun.storeName')} {...bind('storeName')} autoFocus />
        <div className="row">
          <Field label={t('firstRun.storeCode')} hint={t('firstRun.storeCodeHint')} {...bind('storeCode')} />
          <Field label={t('firstRun.counterCode')} hint={t('firstRun.counterCodeHint')} {...bind('counterCode')} />
        </div>
        <div className="row">
          <Field label={t('firstRun.supervisorNo')} {...bind('supervisorNo')} />
          <Field label={t('firstRun.supervisorName')} {...bind('supervisorName')} />
        </div>
        <div className="row">
          <Field label={t('firstRun.pin')} type="password" inputMode="numeric" {...bind('pin')} />
          <Field label={t('firstRun.pinAgain')} type="password" inputMode="numeric" {...bind('pinAgain')} />
        </div>
        <FormError code={errors.form?.code} params={errors.form?.params} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {t('firstRun.submit')}
          </button>
        </div>
      </form>
    </main>
  );
}
