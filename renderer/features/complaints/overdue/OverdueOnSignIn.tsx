import { useState } from 'react';
import { authorityOf } from '../../../../shared/domain/complaints/types';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { Dialog } from '../../../components/Dialog';
import { useT } from '../../../i18n';
import { deadlineKindText, durationText } from '../words';
import { useOverdueComplaints } from './useOverdueComplaints';
import './overdue.css';

/** Raises overdue complaints to whoever handles them (desk lead, supervisor, store manager) once, as they sign in. */
export function OverdueOnSignIn() {
  const role = useSession((s) => s.staff?.role);
  if (!role || authorityOf(role) < 1) return null;
  return <OverdueDialogOnce />;
}

function OverdueDialogOnce() {
  const { t } = useT();
  const { clock } = useServices();
  const go = useSession((s) => s.go);
  const overdue = useOverdueComplaints();
  // Decided on the first count after sign-in: later ones show in the status bar, not as a dialog.
  const [state, setState] = useState<'waiting' | 'open' | 'done'>('waiting');
  if (state === 'waiting' && overdue) setState(overdue.length > 0 ? 'open' : 'done');
  if (state !== 'open' || !overdue) return null;
  const now = clock.now();
  const close = () => setState('done');
  return (
    <Dialog title={t('complaints.overdue.title', { count: overdue.length })} onClose={close} wide>
      <table>
        <thead>
          <tr>
            <th>{t('complaints.queue.col.number')}</th>
            <th>{t('complaints.queue.col.limit')}</th>
            <th>{t('complaints.overdue.by')}</th>
          </tr>
        </thead>
        <tbody>
          {overdue.map(({ complaint, next }) => (
            <tr key={complaint.id}>
              <td>{complaint.number}</td>
              <td>{next ? deadlineKindText(next.kind, t) : ''}</td>
              <td className="overdue-by">{next ? durationText(now - next.dueAt, t) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={close}>
          {t('complaints.overdue.later')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            go('complaintQueue');
            close();
          }}
        >
          {t('complaints.overdue.openQueue')}
        </button>
      </div>
    </Dialog>
  );
}
