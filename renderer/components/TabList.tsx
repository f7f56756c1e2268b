import { useRef, type KeyboardEvent, type ReactNode } from 'react';

interface TabListProps<T extends string> {
  readonly tabs: readonly T[];
  readonly current: T;
  readonly onPick: (tab: T) => void;
  /** Tab ids are `${idPrefix}-tab-${tab}`, their panel's `${idPrefix}-panel-${tab}` (see TabPanel). */
  readonly idPrefix: string;
  readonly label: string;
  readonly className: string;
  /** What a tab shows. */
  readonly children: (tab: T) => ReactNode;
}

/** A row of tabs: one in the Tab order, arrow keys move along them, as in any tab list. */
export function TabList<T extends string>({ tabs, current, onPick, idPrefix, label, className, children }: TabListProps<T>) {
  const buttons = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(tabs.indexOf(current) + step + tabs.length) % tabs.length]!;
    onPick(next);
    buttons.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className} onKeyDown={onKeyDown}>
      {tabs.map((id) => (
        <button
          key={id}
          ref={(el) => {
            buttons.current[id] = el;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${id}`}
          aria-selected={current === id}
          aria-controls={`${idPrefix}-panel-${id}`}
          tabIndex={current === id ? 0 : -1}
          onClick={() => onPick(id)}
        >
          {children(id)}
        </button>
      ))}
    </div>
  );
}

/** The panel of the tab shown, labelled by its tab. */
export function TabPanel({ idPrefix, tab, children }: { readonly idPrefix: string; readonly tab: string; readonly children: ReactNode }) {
  return (
    <div role="tabpanel" id={`${idPrefix}-panel-${tab}`} aria-labelledby={`${idPrefix}-tab-${tab}`}>
      {children}
    </div>
  );
}
