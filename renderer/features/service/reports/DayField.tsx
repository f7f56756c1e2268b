import { Field } from '../../../components/Field';
import { useT } from '../../../i18n';
import type { ReportDay } from './useReportDay';

/** The report's store day: a bad date is a message at the field, and nothing is read. */
export function DayField({ state, autoFocus }: { readonly state: ReportDay; readonly autoFocus?: boolean }) {
  const { t } = useT();
  return (
    <Field
      label={t('serviceReports.field.day')}
      type="date"
      name="day"
      value={state.day}
      onChange={(e) => state.setDay(e.target.value)}
      error={state.valid ? undefined : 'error.date'}
      autoFocus={autoFocus}
    />
  );
}
