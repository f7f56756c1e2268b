import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/clock';
import { can } from '../../../../shared/domain/staff';
import { useServices } from '../../../app/services';
import { useSession } from '../../../app/session';
import { Dialog } from '../../../components/Dialog';
import { useNow } from '../../../components/useNow';
import { readOverdueCalls } from '../../../db/service/queries';
import { useT } from '../../../i18n';
import { durationText } from '../../complaints/words';
import { serviceTimeText } from '../words';
import '../service.css';

/**
 * The status bar's count of service calls past their arrival target with
 * nobody there yet. The service supervisor's click opens the dispatch board;
 * the desk's opens the list (to phone the customer or the technician).
 */
export function ServiceOverdueStatus() {
  const { t } = useT();
  const { db, clock } = useServices();
  const tick = useNow(clock);
  const role = useSession((s) => s.staff?.role);
  const timeZone = useSession((s) => s.profile?.timeZone) ?? DEFAULT_TIME_ZONE;
  const go = useSession((s) => s.go);
  const [open, setOpen] = useState(false);
  const overdue = useLiveQuery(async () => {
    const now = clock.now();
    const [rows, staff] = await Promise.all([readOverdueCalls(db, now), db.staff.where('role').equals('technician').toArray()]);
    return { rows, now, names: new Map(staff.map((m) => [m.staffNo, m.name])) };
  }, [db, clock, tick]);
  if (!overdue || overdue.rows.length === 0) return null;
  const dispatches = role !== undefined && can(role, 'service.dispatch');
  return (
    <>
      <button type="button" className="status__warn" onClick={() => (dispatches ? go('serviceBoard') : setOpen(true))}>
        {t('service.overdue.status', { count: overdue.rows.length })}
      </button>
      {open && (
        <Dialog title={t('service.overdue.title', { count: overdue.rows.length })} onClose={() => setOpen(false)} wide>
          <table className="svc-table">
            <thead>
              <tr>
                <th>{t('service.col.number')}</th>
                <th>{t('service.col.customer')}</th>
                <th>{t('service.col.technician')}</th>
                <th>{t('service.col.target')}</th>
                <th>{t('service.overdue.by')}</th>
              </tr>
            </thead>
            <tbody>
              {overdue.rows.map(({ call, deadline }) => (
                <tr key={call.id}>
                  <td className="svc-number">{call.number}</td>
                  <td>
                    {call.customer.name} · {call.customer.phone}
                  </td>
                  <td>{call.dispatch ? (overdue.names.get(call.dispatch.technician) ?? call.dispatch.technician) : t('service.status.registered')}</td>
                  <td>{serviceTimeText(deadline, timeZone)}</td>
                  <td className="svc-overdue">{durationText(overdue.now - deadline, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('action.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
