import { useState } from 'react';
import type { WorkingHours } from '../../../../shared/domain/calendar/types';
import { workingHoursInput } from '../../../../shared/schema/complaints';
import { useDeskContext } from '../../../app/useDeskContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Field, FormError } from '../../../components/Field';
import { changeWorkingHours } from '../../../db/complaints/settings';
import { useT } from '../../../i18n';
import { useConfirmedSave } from './useConfirmedSave';

/** 工作时间: the store-local hours working-hour and working-day limits run in. */
export function WorkingHoursPanel({ initial }: { readonly initial: WorkingHours }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const [hours, setHours] = useState<WorkingHours>(initial);
  const form = useConfirmedSave(
    () => workingHoursInput.parse(hours),
    async () => {
      await changeWorkingHours(ctx, hours);
    },
  );
  const field = (name: keyof WorkingHours) => ({
    name,
    type: 'time',
    value: hours[name],
    error: form.errors.fields[name],
    onChange: (e: { target: { value: string } }) => {
      form.touched();
      setHours((h) => ({ ...h, [name]: e.target.value }));
    },
  });
  return (
    <form className="panel form" onSubmit={form.onSubmit} aria-labelledby="complaint-hours-title" noValidate>
      <h2 id="complaint-hours-title">{t('complaints.settings.hours.title')}</h2>
      <p className="muted">{t('complaints.settings.hours.hint')}</p>
      {form.saved && (
        <p className="notice notice--ok" role="status">
          {t('complaints.settings.hours.saved')}
        </p>
      )}
      <div className="row">
        <Field label={t('complaints.settings.hours.start')} {...field('start')} />
        <Field label={t('complaints.settings.hours.end')} {...field('end')} />
      </div>
      <FormError code={form.errors.form?.code} params={form.errors.form?.params} />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.pending}>
          {t('complaints.settings.hours.save')}
        </button>
      </div>
      {form.asking && (
        <ConfirmDialog title={t('complaints.settings.hours.confirmTitle')} confirmLabel={t('action.save')} onConfirm={form.confirm} onClose={form.closeAsk}>
          <p>{t('complaints.settings.hours.confirmText', { start: hours.start, end: hours.end })}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
