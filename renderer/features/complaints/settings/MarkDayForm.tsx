import type { DayKind } from '../../../../shared/domain/calendar/types';
import { useDeskContext } from '../../../app/useDeskContext';
import { Field, FormError, SelectField } from '../../../components/Field';
import { useForm } from '../../../components/useForm';
import { markCalendarDay } from '../../../db/complaints/settings';
import { useT } from '../../../i18n';

const DAY_KINDS: readonly DayKind[] = ['holiday', 'makeUpWorkday', 'regular'];

interface MarkFields {
  readonly date: string;
  readonly kind: string;
  readonly note: string;
}

/** One day made a holiday, a make-up working day (调休上班) or a regular day; a mark is undone by marking again. */
export function MarkDayForm({ year, onMarked }: { readonly year: number; readonly onMarked: (notice: string) => void }) {
  const { t } = useT();
  const ctx = useDeskContext();
  const { bind, form, setForm, onSubmit, pending, errors } = useForm<MarkFields, void>({ date: '', kind: 'holiday', note: '' }, async (fields, { reset }) => {
    await markCalendarDay(ctx, { date: fields.date, kind: fields.kind, note: fields.note });
    onMarked(t('complaints.settings.calendar.marked', { date: fields.date, kind: t(`complaints.settings.dayKind.${fields.kind as DayKind}`) }));
    reset();
  });
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="complaint-mark-title" noValidate>
      <h3 id="complaint-mark-title">{t('complaints.settings.calendar.markTitle')}</h3>
      <div className="row">
        <Field label={t('complaints.settings.calendar.date')} type="date" min={`${year}-01-01`} max={`${year}-12-31`} {...bind('date')} />
        <SelectField
          label={t('complaints.settings.calendar.kind')}
          name="kind"
          value={form.kind}
          onChange={(kind) => setForm((f) => ({ ...f, kind }))}
          error={errors.fields.kind}
          options={DAY_KINDS.map((k) => ({ value: k, label: t(`complaints.settings.dayKind.${k}`) }))}
        />
        <Field label={t('complaints.settings.calendar.note')} {...bind('note')} />
      </div>
      <FormError code={errors.form?.code} params={errors.form?.params} />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {t('complaints.settings.calendar.mark')}
        </button>
      </div>
    </form>
  );
}
