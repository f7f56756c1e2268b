import type { LockerDoor } from '../../../shared/domain/storage/lockers';
import { useT } from '../../i18n';

interface LockerMapProps {
  readonly doors: readonly LockerDoor[];
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
}

function byBank(doors: readonly LockerDoor[]): [string, LockerDoor[]][] {
  const banks = new Map<string, LockerDoor[]>();
  for (const d of doors) banks.set(d.bank, [...(banks.get(d.bank) ?? []), d]);
  return [...banks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([bank, list]) => [bank, list.sort((a, b) => a.door - b.door)]);
}

/** The locker banks as the clerk sees them on the floor: one grid per bank, coloured by state. */
export function LockerMap({ doors, selectedId, onSelect }: LockerMapProps) {
  const { t } = useT();
  return (
    <>
      {byBank(doors).map(([bank, list]) => (
        <section key={bank} className="panel" aria-labelledby={`bank-${bank}`}>
          <h2 id={`bank-${bank}`}>
            {t('lockers.map.bank', { bank, free: list.filter((d) => d.state === 'free').length, total: list.length })}
          </h2>
          <div className="grid-doors">
            {list.map((d) => {
              const selected = d.id === selectedId;
              const size = t(`lockers.size.${d.size}`);
              const state = t(`lockers.state.${d.state}`);
              return (
                <button
                  key={d.id}
                  type="button"
                  className={`door door--${d.state}`}
                  aria-pressed={selected}
                  aria-label={t('lockers.door.label', { id: d.id, size, state })}
                  title={d.note}
                  style={selected ? { outline: '3px solid var(--accent)', outlineOffset: '1px' } : undefined}
                  onClick={() => onSelect(d.id)}
                >
                  <strong>{String(d.door).padStart(2, '0')}</strong>
                  <small>
                    {size} · {state}
                  </small>
                </button>
              );
            })}
          </div>
        </section>
      ))}
    </>
  );
}
