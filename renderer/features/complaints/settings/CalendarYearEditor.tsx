import { useId, useState } from 'react';
import type { DayKind } from '../../../../shared/domain/calendar/types';
import { useDeskContext } from '../../../app/useDeskContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormError } from '../../../components/Field';
import { parseCalendarYear, saveCalendarYear, type CalendarYearInput } from '../../../db/complaints/settings';
import { useT } from '../../../i18n';
import { useConfirmedSave } from './useConfirmedSave';

type ListName = 'holidays' | 'makeUpWorkdays';

/** Dates typed one a line, or separated by spaces or commas (as copied from the State Council notice). */
export function datesOf(text: string): string[] {
  return text.split(/[\s,，;；、]+/).filter(Boolean);
}

function DateList(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`field${props.error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <textarea id={id} rows={6} value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-invalid={props.error ? true : undefined} />
      {props.error && (
        <small className="field__error" role="alert">
          {props.error}
        </small>
      )}
    </div>
  );
}

/**
 * A whole year's days typed as two lists, for a year the package does not
 * carry yet: they replace that year's days. A date that is not real, is
 * in both lists or outside the year is named at its list, nothing saved.
 */
export function CalendarYearEditor(props: {
  readonly year: number;
  readonly days: readonly { readonly date: string; readonly kind: Exclude<DayKind, 'regular'> }[];
  readonly onSaved: (notice: string) => void;
}) {
  const { t, tc } = useT();
  const ctx = useDeskContext();
  const { year, days, onSaved } = props;
  const [open, setOpen] = useState(false);
  const [lists, setLists] = useState<Record<ListName, string>>({ holidays: '', makeUpWorkdays: '' });
  const input = (): CalendarYearInput => ({ year, holidays: datesOf(lists.holidays), makeUpWorkdays: datesOf(lists.makeUpWorkdays) });
  const form = useConfirmedSave(
    () => parseCalendarYear(input()),
    async () => {
      await saveCalendarYear(ctx, input());
      onSaved(t('complaints.settings.calendar.yearSaved', { year }));
      setOpen(false);
    },
  );
  /** The first error of a list, naming the date it is about ("holidays.3" is the fourth date typed). */
  const errorOf = (list: ListName): string | undefined => {
    const [path, code] = Object.entries(form.errors.fields).find(([p]) => p === list || p.startsWith(`${list}.`)) ?? [];
    if (!path || !code) return undefined;
    const index = Number(path.split('.')[1]);
    const date = Number.isInteger(index) ? input()[list][index] : undefined;
    const text = tc(code, form.errors.params);
    return date === undefined ? text : `${text}: ${date}`;
  };
  if (!open) {
    return (
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            // Starts from the days as they stand now, marks made since the screen opened included.
            setLists({
              holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date).join('\n'),
              makeUpWorkdays: days.filter((d) => d.kind === 'makeUpWorkday').map((d) => d.date).join('\n'),
            });
            setOpen(true);
          }}
        >
          {t('complaints.settings.calendar.editYear', { year })}
        </button>
      </div>
    );
  }
  const parsed = (() => {
    try {
      return parseCalendarYear(input());
    } catch {
      return undefined;
    }
  })();
  return (
    <form className="form" onSubmit={form.onSubmit} aria-labelledby="complaint-year-title" noValidate>
      <h3 id="complaint-year-title">{t('complaints.settings.calendar.editYear', { year })}</h3>
      <p className="muted">{t('complaints.settings.calendar.editYearHint')}</p>
      <div className="row">
        {(['holidays', 'makeUpWorkdays'] as const).map((list) => (
          <DateList
            key={list}
            label={t(`complaints.settings.calendar.list.${list}`)}
            value={lists[list]}
            error={errorOf(list)}
            onChange={(value) => {
              form.touched();
              setLists((l) => ({ ...l, [list]: value }));
            }}
          />
        ))}
      </div>
      <FormError code={form.errors.form?.code ?? form.errors.fields.year} params={form.errors.form?.params} />
      <div className="actions">
        <button type="button" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary" disabled={form.pending}>
          {t('complaints.settings.calendar.saveYear', { year })}
        </button>
      </div>
      {form.asking && (
        <ConfirmDialog title={t('complaints.settings.calendar.saveYear', { year })} confirmLabel={t('action.save')} onConfirm={form.confirm} onClose={form.closeAsk}>
          <p>
            {t('complaints.settings.calendar.saveYearText', {
              year,
              holidays: parsed?.holidays.length ?? 0,
              makeUp: parsed?.makeUpWorkdays.length ?? 0,
            })}
          </p>
        </ConfirmDialog>
      )}
    </form>
  );
}
