import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import type { DayLogLine } from '../../../shared/domain/dayLog/lines';
import { useT } from '../../i18n';
import { actionText } from './logActions';
import './log.css';

/** Every line is this tall and the header too (log.css keeps each cell to one line): the window is known without measuring. */
const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 36;
/** A screenful, until the list is laid out (and where there is no layout at all). */
const FIRST_WINDOW: Rect = { width: 1024, height: 640 };

// An element not laid out (hidden, or no layout at all) measures 0×0: keep a screenful rather than draw no line.
function observeLaidOutRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FIRST_WINDOW));
}

type T = ReturnType<typeof useT>['t'];

interface LogRowProps {
  readonly line: DayLogLine;
  /** 1-based among all lines, the header being row 1. */
  readonly rowIndex: number;
  readonly timeZone: string;
  readonly who: (staffNo: string) => string;
  readonly t: T;
}

/** "王五 2003 代 张三 2001": someone who acted as supervisor (主管助理) says for whom. */
function standingIn(staffNo: string, actingFor: string | undefined, who: (staffNo: string) => string, t: T): string {
  return actingFor ? t('acting.whoFor', { who: who(staffNo), for: who(actingFor) }) : who(staffNo);
}

/** One line: no hooks, so a window of them costs only its drawing. */
function LogRow({ line, rowIndex, timeZone, who, t }: LogRowProps) {
  return (
    <tr aria-rowindex={rowIndex} data-action={line.action} className={line.late || line.correctionOf ? 'daylog-row daylog-row--marked' : 'daylog-row'}>
      <td>{formatInZone(line.at, 'HH:mm:ss', timeZone)}</td>
      <td>{line.counter}</td>
      <td>{standingIn(line.staffNo, line.actingFor, who, t)}</td>
      <td>{line.approvedBy ? standingIn(line.approvedBy, line.approvedActingFor, who, t) : ''}</td>
      <td>{actionText(line.action, t)}</td>
      <td>{line.number ?? ''}</td>
      <td title={line.summary}>
        {line.correctionOf && <span className="daylog-mark">{t('log.mark.correction', { day: line.correctionOf })}</span>}
        {line.late && <span className="daylog-mark daylog-mark--late">{t('log.mark.late')}</span>}
        {line.summary}
      </td>
    </tr>
  );
}

interface LogTableProps {
  readonly lines: readonly DayLogLine[];
  readonly timeZone: string;
  readonly who: (staffNo: string) => string;
  /** Id of the heading that names the table. */
  readonly labelledBy: string;
}

/**
 * The day's lines, newest first: time, counter, who, approver, what,
 * number, summary. Only the lines in view (and a margin) are drawn, so a
 * day of thousands scrolls smoothly; a screen reader still hears the table
 * with its full row count and each row's place in it.
 */
export function LogTable({ lines, timeZone, who, labelledBy }: LogTableProps) {
  const { t } = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => lines[index]?.id ?? index,
    paddingStart: HEADER_HEIGHT,
    overscan: 10,
    initialRect: FIRST_WINDOW,
    observeElementRect: observeLaidOutRect,
  });
  if (lines.length === 0) return <p className="muted">{t('log.empty')}</p>;
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const above = first ? first.start - HEADER_HEIGHT : 0;
  const below = last ? virtualizer.getTotalSize() - last.end : 0;
  return (
    // Focusable so the arrow and page keys scroll it; the table inside names it.
    <div ref={scrollRef} className="daylog-scroll" tabIndex={0}>
      <table className="daylog-table" aria-labelledby={labelledBy} aria-rowcount={lines.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th className="daylog-col--time">{t('log.col.time')}</th>
            <th className="daylog-col--counter">{t('log.col.counter')}</th>
            <th className="daylog-col--staff">{t('log.col.staff')}</th>
            <th className="daylog-col--staff">{t('log.col.approver')}</th>
            <th className="daylog-col--action">{t('log.col.action')}</th>
            <th className="daylog-col--number">{t('log.col.number')}</th>
            <th>{t('log.col.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {above > 0 && <tr aria-hidden="true" style={{ height: above }} />}
          {items.map((v) => {
            const line = lines[v.index];
            return line ? <LogRow key={v.key} line={line} rowIndex={v.index + 2} timeZone={timeZone} who={who} t={t} /> : null;
          })}
          {below > 0 && <tr aria-hidden="true" style={{ height: below }} />}
        </tbody>
      </table>
    </div>
  );
}
