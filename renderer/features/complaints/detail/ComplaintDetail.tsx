import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { complaintDeadlines } from '../../../../shared/domain/complaints/deadlines';
import { escalationDue } from '../../../../shared/domain/complaints/escalation';
import { isPaused } from '../../../../shared/domain/complaints/state';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { useComplaintRules } from '../useComplaintRules';
import { useT } from '../../../i18n';
import { useNow } from '../../../components/useNow';
import { useStaffNames } from '../../../components/useStaffNames';
import { complaintStatusText, deadlineKindText, durationText, levelText } from '../words';
import { ComplaintAttachments } from './ComplaintAttachments';
import { ComplaintFacts } from './ComplaintFacts';
import { ComplaintHistory, ComplaintRefusals } from './ComplaintHistory';
import { ComplaintSlipButtons } from '../ComplaintSlipButtons';
import { DeadlineTable } from './DeadlineTable';
import { StepActions } from './StepActions';
import './detail.css';

/** One complaint: what was recorded, where it stands, every limit, the history, and the steps the signed-in person may take. */
export function ComplaintDetail({ complaintId, onClose }: { readonly complaintId: string; readonly onClose?: (() => void) | undefined }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const role = useSession((s) => s.staff?.role);
  const who = useStaffNames();
  const tick = useNow(clock);
  // null: read and not found; undefined: still reading. Read with the time of reading, so a step just taken counts at once.
  const read = useLiveQuery(async () => ({ complaint: (await db.complaints.get(complaintId)) ?? null, at: clock.now() }), [db, clock, complaintId]);
  const complaint = read?.complaint;
  const now = Math.max(tick, read?.at ?? 0);
  const rules = useComplaintRules();
  const limits = useMemo(
    () => (complaint && rules ? complaintDeadlines(complaint, rules.policy, rules.calendar, now) : undefined),
    [complaint, rules, now],
  );
  const close = onClose && (
    <div className="actions">
      <button type="button" onClick={onClose}>
        {t('action.back')}
      </button>
    </div>
  );
  if (complaint === null) {
    return (
      <section className="panel">
        <p className="form-error">{t('error.complaintNotFound')}</p>
        {close}
      </section>
    );
  }
  if (!complaint || !rules || !limits || !role) return <p className="muted">{t('app.loading')}</p>;
  const timeZone = rules.policy.timeZone;
  const escalation = escalationDue(complaint, limits.deadlines, now);
  const info = { complaint, deadlines: limits.deadlines, escalation, timeZone };
  return (
    <section className="panel cd" aria-labelledby="complaint-detail-title">
      <h2 id="complaint-detail-title">{t('complaints.detail.title', { number: complaint.number })}</h2>
      <p className="cd-state" data-testid="complaint-state">
        {complaintStatusText(complaint, t)} · {t('complaints.detail.level', { level: levelText(complaint.escalationLevel, t) })}
        {isPaused(complaint) && ` · ${t('complaints.deadlineStatus.paused')}`}
        {complaint.severity === 'urgent' && <span className="cq-severity cq-severity--urgent"> {t('complaints.severity.urgent')}</span>}
      </p>
      {escalation && (
        <p className="notice notice--danger">
          {t('complaints.detail.escalationDue', { kind: deadlineKindText(escalation.kind, t), overdue: durationText(escalation.overdueMs, t), level: levelText(escalation.toLevel, t) })}
        </p>
      )}
      <StepActions info={info} role={role} />
      <h3>{t('complaints.detail.recorded')}</h3>
      <ComplaintFacts complaint={complaint} timeZone={timeZone} who={who} />
      <ComplaintAttachments complaintId={complaint.id} refs={complaint.attachments} />
      <h3>{t('complaints.detail.deadlines')}</h3>
      <DeadlineTable deadlines={limits.deadlines} now={now} timeZone={timeZone} />
      <ComplaintRefusals complaint={complaint} timeZone={timeZone} who={who} />
      <h3>{t('complaints.detail.history')}</h3>
      <ComplaintHistory complaint={complaint} timeZone={timeZone} who={who} />
      <ComplaintSlipButtons complaint={complaint} />
      {close}
    </section>
  );
}
