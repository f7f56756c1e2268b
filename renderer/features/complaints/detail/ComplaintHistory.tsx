import type { Complaint } from '../../../../shared/domain/complaints/state';
import { useT } from '../../../i18n';
import { complaintStatusText, storeTimeText } from '../words';
import { eventText } from './historyText';

interface HistoryProps {
  readonly complaint: Complaint;
  readonly timeZone: string;
  readonly who: (staffNo: string | undefined) => string;
}

/** Every step, with who took it (and who approved it) and when. */
export function ComplaintHistory({ complaint, timeZone, who }: HistoryProps) {
  const { t } = useT();
  return (
    <ol className="cd-history" aria-label={t('complaints.detail.history')}>
      {complaint.history.map((ev) => (
        <li key={ev.entryId}>
          <strong>{t(`complaints.step.${ev.type}`)}</strong> · {storeTimeText(ev.at, timeZone)} · {who(ev.by)}
          {ev.approvedBy && ` · ${t('complaints.detail.approvedBy', { who: who(ev.approvedBy) })}`}
          <div>{eventText(ev, t, timeZone)}</div>
        </li>
      ))}
      {complaint.status === 'closed' && <li className="muted">{complaintStatusText(complaint, t)}</li>}
    </ol>
  );
}

/** Entries that were not applied (out of order, a role that may not): kept for the supervisor to settle. */
export function ComplaintRefusals({ complaint, timeZone, who }: HistoryProps) {
  const { t, tc } = useT();
  if (complaint.refusals.length === 0) return null;
  return (
    <section className="notice notice--warn" aria-label={t('complaints.detail.refusals')}>
      <h3>{t('complaints.detail.refusals')}</h3>
      <ul>
        {complaint.refusals.map((r) => (
          <li key={r.entryId}>
            {t(`complaints.step.${r.type}`)} · {tc(`error.complaintStep.${r.reason}`)} · {who(r.by)} · {storeTimeText(r.at, timeZone)} · {r.counter}
          </li>
        ))}
      </ul>
    </section>
  );
}
