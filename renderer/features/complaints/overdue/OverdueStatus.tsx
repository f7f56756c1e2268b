import { useSession } from '../../../app/session';
import { useT } from '../../../i18n';
import { useOverdueComplaints } from './useOverdueComplaints';

/** The status bar's count of overdue complaints; a click opens the queue. */
export function OverdueStatus() {
  const { t } = useT();
  const go = useSession((s) => s.go);
  const overdue = useOverdueComplaints();
  if (!overdue || overdue.length === 0) return null;
  return (
    <button type="button" className="status__warn" onClick={() => go('complaintQueue')}>
      {t('complaints.overdue.status', { count: overdue.length })}
    </button>
  );
}
