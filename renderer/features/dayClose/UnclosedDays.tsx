import { useT } from '../../i18n';

/** Days before today with work and no close (raised the next morning): a button each to review it. */
export function UnclosedDays({ days, onPick }: { readonly days: readonly string[]; readonly onPick: (day: string) => void }) {
  const { t } = useT();
  if (days.length === 0) return null;
  return (
    <div className="notice notice--warn" role="status" data-testid="unclosed-days">
      <span>{t('dayClose.unclosed', { count: days.length })}</span>{' '}
      {days.map((d) => (
        <button key={d} type="button" className="link" onClick={() => onPick(d)}>
          {d}
        </button>
      ))}
    </div>
  );
}
