import { useState } from 'react';
import { Field, FormError } from '../components/Field';
import { useForm } from '../components/useForm';
import { completeFirstRun, readCounterIdentity, readStoreProfile } from '../db/staff';
import { joinSyncedStore } from '../db/sync/join';
import { useT } from '../i18n';
import { useServices } from './services';
import { useSession } from './session';

type SetUpMode = 'new' | 'join';

/** First start: a new store (its first counter and supervisor), or another counter joining a store that syncs. */
export function FirstRun() {
  const { t } = useT();
  const [mode, setMode] = useState<SetUpMode>('new');
  return (
    <main className="centered">
      <div className="card form">
        <h1 id="first-run-title">{t('firstRun.title')}</h1>
        <fieldset className="setup-mode">
          <legend>{t('firstRun.mode')}</legend>
          {(['new', 'join'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="setUpMode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(`firstRun.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        {mode === 'new' ? <NewStoreForm /> : <JoinStoreForm />}
      </div>
    </main>
  );
}

const NEW_STORE = { storeName: '', storeCode: '', counterCode: '', supervisorNo: '', supervisorName: '', pin: '', pinAgain: '' };

function NewStoreForm() {
  const { t } = useT();
  const { db, clock } = useServices();
  const setUp = useSession((s) => s.setUp);
  const signedIn = useSession((s) => s.signedIn);
  const { bind, onSubmit, pending, errors } = useForm(NEW_STORE, async (form) => {
    const supervisor = await completeFirstRun(db, clock, form);
    setUp(await readCounterIdentity(db), await readStoreProfile(db));
    signedIn(supervisor);
  });
  return (
    <form onSubmit={onSubmit} aria-labelledby="first-run-title">
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
  );
}

const JOIN = { storeCode: '', counterCode: '', code: '' };

function JoinStoreForm() {
  const { t } = useT();
  const { db, clock, desk } = useServices();
  const setUp = useSession((s) => s.setUp);
  const [received, setReceived] = useState<number>();
  const { bind, onSubmit, pending, errors } = useForm(JOIN, async (form) => {
    setReceived(0);
    try {
      const joined = await joinSyncedStore(db, clock, desk, form, setReceived);
      setUp(joined.identity, joined.profile);
    } finally {
      setReceived(undefined);
    }
  });
  return (
    <form onSubmit={onSubmit} aria-labelledby="first-run-title">
      <p>{t('join.intro')}</p>
      <div className="row">
        <Field label={t('firstRun.storeCode')} hint={t('firstRun.storeCodeHint')} {...bind('storeCode')} autoFocus />
        <Field label={t('firstRun.counterCode')} hint={t('firstRun.counterCodeHint')} {...bind('counterCode')} />
      </div>
      <Field label={t('sync.code')} {...bind('code')} spellCheck={false} autoComplete="off" />
      {received !== undefined && (
        <p role="status" className="notice">
          {t('join.receiving', { count: received })}
        </p>
      )}
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('join.submit')}
        </button>
      </div>
    </form>
  );
}
