import { Field, SelectField } from '../../components/Field';
import { useT } from '../../i18n';
import { LOG_AREAS } from './logActions';

export interface LogFilter {
  readonly day: string;
  /** '' = every area / staff member / counter. */
  readonly area: string;
  readonly staffNo: string;
  readonly counter: string;
}

interface LogFiltersProps {
  readonly filter: LogFilter;
  readonly onChange: (filter: LogFilter) => void;
  /** Staff and counters that appear in the day's log, for the pickers. */
  readonly staff: readonly { readonly staffNo: string; readonly label: string }[];
  readonly counters: readonly string[];
}

/** The day and what to narrow the log to. */
export function LogFilters({ filter, onChange, staff, counters }: LogFiltersProps) {
  const { t } = useT();
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  const all = { value: '', label: t('log.filter.all') };
  return (
    <div className="row" role="search" aria-label={t('log.filter.title')}>
      <Field label={t('log.filter.day')} name="day" type="date" value={filter.day} onChange={(e) => set({ day: e.target.value })} autoFocus />
      <SelectField
        label={t('log.filter.area')}
        name="area"
        value={filter.area}
        onChange={(area) => set({ area })}
        options={[all, ...LOG_AREAS.map((a) => ({ value: a, label: t(`log.area.${a}`) }))]}
      />
      <SelectField
        label={t('log.filter.staff')}
        name="staff"
        value={filter.staffNo}
        onChange={(staffNo) => set({ staffNo })}
        options={[all, ...staff.map((s) => ({ value: s.staffNo, label: s.label }))]}
      />
      <SelectField
        label={t('log.filter.counter')}
        name="counter"
        value={filter.counter}
        onChange={(counter) => set({ counter })}
        options={[all, ...counters.map((c) => ({ value: c, label: c }))]}
      />
    </div>
  );
}
