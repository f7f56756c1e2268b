import type { DayLogChoices, DayLogFilter } from '../../../shared/domain/dayLog/filter';
import { LOG_AREAS } from '../../../shared/domain/dayLog/areas';
import { Field, SelectField } from '../../components/Field';
import { useT } from '../../i18n';
import { actionText } from './logActions';

export interface LogFilter extends DayLogFilter {
  readonly day: string;
}

interface LogFiltersProps {
  readonly filter: LogFilter;
  readonly onChange: (filter: LogFilter) => void;
  /** The staff, counters and actions of the day's log, for the pickers. */
  readonly choices: DayLogChoices;
  readonly who: (staffNo: string) => string;
}

/** The day and what to narrow the log to: area, staff (who or approver), counter, action. */
export function LogFilters({ filter, onChange, choices, who }: LogFiltersProps) {
  const { t, language } = useT();
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  const all = { value: '', label: t('log.filter.all') };
  const actions = choices.actions.map((a) => ({ value: a, label: actionText(a, t) })).sort((a, b) => a.label.localeCompare(b.label, language));
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
        options={[all, ...choices.staffNos.map((s) => ({ value: s, label: who(s) }))]}
      />
      <SelectField label={t('log.filter.counter')} name="counter" value={filter.counter} onChange={(counter) => set({ counter })} options={[all, ...choices.counters.map((c) => ({ value: c, label: c }))]} />
      <SelectField label={t('log.filter.action')} name="action" value={filter.action} onChange={(action) => set({ action })} options={[all, ...actions]} />
    </div>
  );
}
