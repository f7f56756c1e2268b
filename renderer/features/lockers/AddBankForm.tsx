import { useState, type FormEvent } from 'react';
import { LOCKER_SIZES } from '../../../shared/domain/storage/lockers';
import { useDeskContext } from '../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { defineLockerBank } from '../../db/storage/lockers';
import { useT } from '../../i18n';

const EMPTY = { bank: '', doors: '10', size: 'M' };
type BankFields = typeof EMPTY;

/** Adds a bank of doors to the map (a supervisor's task: it is the store's layout). Existing doors are kept. */
export function AddBankForm() {
  const { t } = useT();
  const ctx = useDeskContext();
  const [form, setForm] = useState<BankFields>(EMPTY);
  const [added, setAdded] = useState<{ bank: string; count: number }>();
  const { submit, pending, errors } = useSubmit(async () => {
    const doors = await defineLockerBank(ctx, form);
    setAdded({ bank: form.bank.trim().toUpperCase(), count: doors.length });
    setForm(EMPTY);
  });
  const bind = (name: 'bank' | 'doors') => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
    error: errors.fields[name],
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
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
        <Field label={t('lockers.bank.doors')} type="number" min={1} max={200} inputMode="numeric" {...bind('doors')} />
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
