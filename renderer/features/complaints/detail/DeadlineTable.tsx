import type { ComplaintDeadline } from '../../../../shared/domain/complaints/deadlines';
import { useT } from '../../../i18n';
import { deadlineKindText, deadlineStatusText, storeTimeText, timeLeftText } from '../words';

/** Every limit the complaint runs against: due time in the store's zone, how it stands, and whether it was extended. */
export function DeadlineTable({ deadlines, now, timeZone }: { readonly deadlines: readonly ComplaintDeadline[]; readonly now: number; readonly timeZone: string }) {
  const { t } = useT();
  if (deadlines.length === 0) return <p className="muted">{t('complaints.time.none')}</p>;
  return (
    <table aria-label={t('complaints.detail.deadlines')}>
      <thead>
        <tr>
          <th>{t('complaints.detail.col.limit')}</th>
          <th>{t('complaints.detail.col.due')}</th>
          <th>{t('complaints.detail.col.status')}</th>
          <th>{t('complaints.detail.col.left')}</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d) => (
          <tr key={`${d.kind}-${d.round}`} className={d.status === 'missed' ? 'cd-missed' : undefined}>
            <td>
              {deadlineKindText(d.kind, t)}
              {d.round > 1 && ` ${t('complaints.detail.round', { round: d.round })}`}
            </td>
            <td>{storeTimeText(d.dueAt, timeZone)}</td>
            <td>
              {deadlineStatusText(d.status, t)}
              {d.extended && ` · ${t('complaints.detail.extended')}`}
            </td>
            <td>{d.open && d.status !== 'paused' ? timeLeftText(d.dueAt - now, t) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
