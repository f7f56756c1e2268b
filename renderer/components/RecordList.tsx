import type { ReactNode } from 'react';

interface RecordListProps<T extends { readonly id: string; readonly number: string }> {
  readonly titleId: string;
  readonly title: string;
  /** Said instead of the table when there is nothing (not while still loading). */
  readonly empty: string;
  /** Headings after the number's. */
  readonly numberHeading: string;
  readonly columns: readonly string[];
  /** undefined while loading. */
  readonly records: readonly T[] | undefined;
  readonly cells: (record: T) => readonly ReactNode[];
  readonly selectedId?: string | undefined;
  readonly onOpen: (id: string) => void;
  readonly openText: (record: T) => string;
  readonly openLabel?: ((record: T) => string) | undefined;
}

/** A list of records in a panel, each line with its number first and a button that opens it; the open one is marked. */
export function RecordList<T extends { readonly id: string; readonly number: string }>(props: RecordListProps<T>) {
  const { titleId, title, empty, numberHeading, columns, records, cells, selectedId, onOpen, openText, openLabel } = props;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {records && records.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table aria-labelledby={titleId}>
          <thead>
            <tr>
              <th>{numberHeading}</th>
              {columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {(records ?? []).map((r) => (
              <tr key={r.id} className={r.id === selectedId ? 'selected' : undefined}>
                <td className="mono">{r.number}</td>
                {cells(r).map((cell, i) => (
                  <td key={columns[i]}>{cell}</td>
                ))}
                <td>
                  <button type="button" onClick={() => onOpen(r.id)} aria-label={openLabel?.(r)}>
                    {openText(r)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
