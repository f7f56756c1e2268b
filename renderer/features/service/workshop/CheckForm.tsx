import { useState, type FormEvent } from 'react';
import { storeDay } from '../../../../shared/domain/clock';
import { REPAIR_CHECK_RESULTS } from '../../../../shared/schema/serviceWorkshop';
import { useServices } from '../../../app/services';
import { useDeskContext } from '../../../app/useDeskContext';
import { Field, FormError } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import type { ServiceCallRow } from '../../../db/database';
import { checkRepair } from '../../../db/service/workshop';
import { useT } from '../../../i18n';

/**
 * The service supervisor's check → checkRepair: passed gives the day the
 * customer may collect (today unless changed); failed says why and sends
 * the goods back to the bench.
 */
export function CheckForm({ call, onSaved }: { readonly call: ServiceCallRow; readonly onSaved: (text: string) => void }) {
  const { t, tc } = useT();
  const { clock } = useServices();
  const ctx = useDeskContext();
  const [fields, setFields] = useState(() => ({ result: '', readyOn: storeDay(clock.now(), ctx.session.timeZone), note: '' }));
  const save = useSubmit(async () => {
    const saved = await checkRepair(ctx, call.id, fields);
    const receiptNo = saved.workshop?.receipt.receiptNo ?? '';
    const check = saved.workshop?.check;
    onSaved(check?.passed ? t('workshop.check.savedPassed', { receiptNo, readyOn: check.readyOn ?? '' }) : t('workshop.check.savedFailed', { receiptNo }));
  });
  const errors = save.errors.fields;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.submit();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('workshop.check.save')} noValidate>
      <fieldset className={`svc-choices${errors.result ? ' field--error' : ''}`}>
        <legend>{t('workshop.check.result')}</legend>
        {REPAIR_CHECK_RESULTS.map((r) => (
          <label key={r}>
            <input type="radio" name="result" value={r} checked={fields.result === r} onChange={() => setFields((f) => ({ ...f, result: r }))} />
            {t(`workshop.check.${r}`)}
          </label>
        ))}
        {errors.result && (
          <small className="field__error" role="alert">
            {tc(errors.result)}
          </small>
        )}
      </fieldset>
      <div className="row">
        <Field label={t('workshop.field.readyOn')} type="date" name="readyOn" value={fields.readyOn} onChange={(e) => setFields((f) => ({ ...f, readyOn: e.target.value }))} error={errors.readyOn} />
        <Field label={t('workshop.field.checkNote')} name="note" autoComplete="off" value={fields.note} onChange={(e) => setFields((f) => ({ ...f, note: e.target.value }))} error={errors.note} />
      </div>
      <FormError code={save.errors.form?.code} params={save.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('workshop.check.save')}
        </button>
      </div>
    </form>
  );
}
