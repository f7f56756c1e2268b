import { DESK_AREAS } from '../../../shared/domain/reports/areas';
import { AREA_LABELS } from '../../../shared/domain/reports/labels';
import { PERIOD_KINDS } from '../../../shared/domain/reports/period';
import { Field, SelectField } from '../../components/Field';
import { useT } from '../../i18n';
import type { ReportFilterState } from './useSupervisorReport';

interface Props {
  readonly filter: ReportFilterState;
  readonly onChange: (filter: ReportFilterState) => void;
  readonly counters: readonly string[];
  readonly errors: Readonly<Record<string, string>>;
}

/** Period (day, ISO week, month) and a day in it, area and counter: every change counts the report again. */
export function ReportFilters({ filter, onChange, counters, errors }: Props) {
  const { t, language } = useT();
  const lang = language === 'en' ? 'en' : 'zh';
  const set = (change: Partial<ReportFilterState>) => onChange({ ...filter, ...change });
  // The counter picked stays listed even in a period it has no work in.
  const counterOptions = [...new Set([...counters, ...(filter.counter ? [filter.counter] : [])])].sort();
  return (
    <div className="panel row" role="group" aria-label={t('reports.filters')}>
      <SelectField
        label={t('reports.field.kind')}
        name="kind"
        value={filter.kind}
        onChange={(kind) => set({ kind: kind as ReportFilterState['kind'] })}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`reports.kind.${k}`) }))}
        error={errors.kind}
      />
      {filter.kind === 'month' ? (
        <Field
          label={t('reports.field.month')}
          type="month"
          name="month"
          value={filter.date.slice(0, 7)}
          onChange={(e) => set({ date: e.target.value ? `${e.target.value}-01` : '' })}
          error={errors.date ? 'error.month' : undefined}
        />
      ) : (
        <Field label={t('reports.field.date')} type="date" name="date" value={filter.date} onChange={(e) => set({ date: e.target.value })} error={errors.date} />
      )}
      <SelectField
        label={t('reports.field.area')}
        name="area"
        value={filter.area}
        onChange={(area) => set({ area })}
        options={[{ value: '', label: t('reports.area.all') }, ...DESK_AREAS.map((a) => ({ value: a, label: AREA_LABELS[a][lang] }))]}
        error={errors.area}
      />
      <SelectField
        label={t('reports.field.counter')}
        name="counter"
        value={filter.counter}
        onChange={(counter) => set({ counter })}
        options={[{ value: '', label: t('reports.counter.all') }, ...counterOptions.map((c) => ({ value: c, label: c }))]}
        error={errors.counter}
      />
    </div>
  );
}
