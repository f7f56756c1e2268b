import { useState, type KeyboardEvent, type UIEvent } from 'react';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/clock';
import type { QueueRow } from '../../../../shared/domain/complaints/queue';
import { useSession } from '../../../app/session';
import { useT } from '../../../i18n';
import { complaintStatusText, deadlineKindText, durationText, levelText, storeTimeText, timeLeftText } from '../words';
import './queue.css';

/** Every row is this tall (CSS keeps each cell to one line), so the visible window is known without measuring. */
export const QUEUE_ROW_HEIGHT = 44;
/** Rows drawn at once: a screenful and some to scroll into; a queue of thousands draws only these. */
const WINDOW_ROWS = 60;
const OVERSCAN_ROWS = 10;

type T = ReturnType<typeof useT>['t'];

interface QueueLineProps {
  readonly row: QueueRow;
  readonly index: number;
  readonly now: number;
  readonly timeZone: string;
  readonly t: T;
  readonly onOpen: (complaintId: string) => void;
}

/** The limit to show and how it stands now: time left, overdue in red, or paused. */
function LimitCell({ row, now, t }: Pick<QueueLineProps, 'row' | 'now' | 't'>) {
  const { next } = row;
  if (!next) return <td className="muted">{t('complaints.time.none')}</td>;
  const kind = deadlineKindText(next.kind, t);
  if (next.paused) {
    return (
      <td className="cq-paused">
        {kind} · {t('complaints.time.paused', { duration: durationText(Math.max(next.timeLeftMs, 0), t) })}
      </td>
    );
  }
  const left = next.dueAt - now;
  return (
    <td className={next.overdue || left <= 0 ? 'cq-overdue' : undefined}>
      {kind} · {timeLeftText(left, t)}
    </td>
  );
}

/** One complaint: no hooks and no queries, so thousands of lines cost only their drawing. */
function QueueLine({ row, index, now, timeZone, t, onOpen }: QueueLineProps) {
  const c = row.complaint;
  const owner = c.assignment ? `${c.assignment.ownerName} · ${c.assignment.departments.join('、')}` : t('complaints.queue.unassigned');
  return (
    <tr aria-rowindex={index + 2} className={c.severity === 'urgent' ? 'cq-row cq-row--urgent' : 'cq-row'} onClick={() => onOpen(c.id)}>
      <td>
        {/* The button takes Enter and focus; its click reaches the row, which opens the complaint. */}
        <button type="button" className="cq-open" aria-label={t('complaints.queue.open', { number: c.number })}>
          {c.number}
        </button>
      </td>
      <td>{storeTimeText(c.receivedAt, timeZone)}</td>
      <td>
        {t(`complaints.category.${c.category}`)} ·{' '}
        <span className={`cq-severity cq-severity--${c.severity}`}>{t(`complaints.severity.${c.severity}`)}</span>
      </td>
      <td>{complaintStatusText(c, t)}</td>
      <td>
        {levelText(c.escalationLevel, t)}
        {row.escalation && <span className="cq-raise"> · {t('complaints.queue.raiseTo', { level: levelText(row.escalation.toLevel, t) })}</span>}
      </td>
      <td>{owner}</td>
      <LimitCell row={row} now={now} t={t} />
    </tr>
  );
}

/** Keeps the spacer rows out of the accessibility tree and of the row count. */
function Spacer({ rows }: { readonly rows: number }) {
  if (rows <= 0) return null;
  return <tr aria-hidden="true" className="cq-spacer" style={{ height: rows * QUEUE_ROW_HEIGHT }} />;
}

/**
 * The open-complaints queue as a table, in the order given (most urgent
 * first). Pure: rows, the time and what opening does; it draws only the
 * rows in view (plus a margin), so 5,000 open complaints render at once.
 */
export function ComplaintQueueTable({ rows, now, onOpen }: { readonly rows: readonly QueueRow[]; readonly now: number; readonly onOpen: (complaintId: string) => void }) {
  const { t } = useT();
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const [top, setTop] = useState(0);
  const onScroll = (e: UIEvent<HTMLDivElement>) => setTop(Math.max(0, Math.floor(e.currentTarget.scrollTop / QUEUE_ROW_HEIGHT) - OVERSCAN_ROWS));
  // Up and down move between lines; the browser scrolls the focused line into view, which moves the window.
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.cq-open')];
    const at = buttons.findIndex((b) => b === document.activeElement);
    const next = buttons[at + (e.key === 'ArrowDown' ? 1 : -1)];
    if (at < 0 || !next) return;
    e.preventDefault();
    next.focus();
  };
  const first = Math.min(top, Math.max(0, rows.length - WINDOW_ROWS));
  const shown = rows.slice(first, first + WINDOW_ROWS);
  return (
    <div className="cq-scroll" onScroll={onScroll}>
      <table className="cq-table" aria-rowcount={rows.length + 1} aria-label={t('complaints.queue.table')}>
        <thead>
          <tr aria-rowindex={1}>
            <th>{t('complaints.queue.col.number')}</th>
            <th>{t('complaints.queue.col.received')}</th>
            <th>{t('complaints.queue.col.category')}</th>
            <th>{t('complaints.queue.col.status')}</th>
            <th>{t('complaints.queue.col.level')}</th>
            <th>{t('complaints.queue.col.owner')}</th>
            <th>{t('complaints.queue.col.limit')}</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          <Spacer rows={first} />
          {shown.map((row, i) => (
            <QueueLine key={row.complaint.id} row={row} index={first + i} now={now} timeZone={timeZone} t={t} onOpen={onOpen} />
          ))}
          <Spacer rows={rows.length - first - shown.length} />
        </tbody>
      </table>
    </div>
  );
}
