import type { QueueRow } from '../../../../shared/domain/complaints/queue';
import { useT } from '../../../i18n';
import { maskPhone } from '../../../print/format';
import { complaintStatusText, deadlineKindText, levelText, nextDeadlineText, storeTimeText } from '../words';

interface LookupResultsProps {
  readonly rows: readonly QueueRow[];
  readonly timeZone: string;
  readonly selectedId?: string | undefined;
  readonly onOpen: (complaintId: string) => void;
}

/** What a caller asks first: where their complaint stands, and by when the next thing happens. */
export function LookupResults({ rows, timeZone, selectedId, onOpen }: LookupResultsProps) {
  const { t } = useT();
  if (rows.length === 0) return <p className="muted">{t('complaints.lookup.empty')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('complaints.lookup.col.number')}</th>
          <th>{t('complaints.lookup.col.name')}</th>
          <th>{t('complaints.lookup.col.phone')}</th>
          <th>{t('complaints.lookup.col.received')}</th>
          <th>{t('complaints.lookup.col.status')}</th>
          <th>{t('complaints.lookup.col.next')}</th>
          <th>{t('complaints.lookup.col.level')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map(({ complaint: c, next }) => (
          <tr key={c.id} aria-selected={c.id === selectedId} data-testid={`complaint-row-${c.number}`}>
            <td className="big-number">{c.number}</td>
            <td>{c.complainant.name ?? t('complaints.lookup.noName')}</td>
            <td>{c.complainant.contact.phone ? maskPhone(c.complainant.contact.phone) : ''}</td>
            <td>{storeTimeText(c.receivedAt, timeZone)}</td>
            <td>{complaintStatusText(c, t)}</td>
            <td>
              {next ? (
                <>
                  {deadlineKindText(next.kind, t)} · {next.overdue ? <strong>{nextDeadlineText(next, t)}</strong> : <span>{nextDeadlineText(next, t)}</span>}
                  <div className="muted">{t('complaints.lookup.dueAt', { when: storeTimeText(next.dueAt, timeZone) })}</div>
                </>
              ) : (
                nextDeadlineText(next, t)
              )}
            </td>
            <td>{levelText(c.escalationLevel, t)}</td>
            <td>
              <button type="button" onClick={() => onOpen(c.id)} aria-label={t('complaints.lookup.open', { number: c.number })}>
                {t('complaints.lookup.openShort')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
