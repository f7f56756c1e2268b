import { useState } from 'react';
import { LOCKER_SIZES } from '../../../shared/domain/storage/lockers';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../components/Field';
import { useForm } from '../../components/useForm';
import { defineLockerBank } from '../../db/storage/lockers';
import { useT } from '../../i18n';

const EMPTY = { bank: '', doors: '10', size: 'M' };

/** Adds a bank of doors to the map (a supervisor's task: it is the store's layout). Existing doors are kept. */
export function AddBankForm() {
  const { t } = useT();
  const ctx = useDeskContext();
  const [added, setAdded] = useState<{ bank: string; count: number }>();
  const { form, setForm, bind, onSubmit, pending, errors } = useForm(EMPTY, async (fields, { reset }) => {
    const doors = await defineLockerBank(ctx, fields);
    setAdded({ bank: fields.bank.trim().toUpperCase(), count: doors.length });
    reset();
  });
  return (
    <form className="panel form" onSubmit={onSubmit} aria-labelledby="bank-add-title" noValidate>
      <h2 id="bank-add-title">{t('lockers.bank.title')}</h2>
      <p className="muted">{t('lockers.bank.intro')}</p>
      {added && (
        <p className={`notice ${added.count > 0 ? 'notice--ok' : 'notice--warn'}`} role="status">
          {added.count > 0 ? t('lockers.bank.added', added) : t('lockers.bank.nothingAdded', added)}
        </p>
      )}
      <div className="row">
        <Field label={t('lockers.bank.code')} hint={t('lockers.bank.codeHint')} {...bind('bank')} />
        <Field label={t('lockers.bank.doors')} inputMode="numeric" {...bind('doors')} />
        <SelectField
          label={t('lockers.bank.size')}
          name="size"
          value={form.size}
          onChange={(size) => setForm((f) => ({ ...f, size }))}
          error={errors.fields.size}
          options={LOCKER_SIZES.map((s) => ({ value: s, label: t(`lockers.size.${s}`) }))}
        />
      </div>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('lockers.bank.submit')}
        </button>
      </div>
    </form>
  );
}
