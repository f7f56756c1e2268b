import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { isPickupOverdue } from '../../../shared/domain/preOrders/moves';
import { can } from '../../../shared/domain/staff';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { readDuePickups } from '../../db/preOrders/queries';
import { useT } from '../../i18n';
import { usePreOrdersView } from './view';
import './preOrders.css';

/** Today's and overdue pickups, raised to whoever works pre-orders as they sign in. */
export function PickupsOnSignIn() {
  const role = useSession((s) => s.staff?.role);
  const timeZone = useSession((s) => s.profile?.timeZone);
  if (!role || !timeZone || !can(role, 'preOrders.work')) return null;
  return <PickupsNoticeOnce timeZone={timeZone} />;
}

/**
 * A notice above the screen, not a dialog: the desk keeps working while it
 * shows (a customer may be waiting). Decided on the first read after
 * sign-in; once closed or opened it stays away until the next sign-in.
 */
function PickupsNoticeOnce({ timeZone }: { readonly timeZone: string }) {
  const { t } = useT();
  const { db, clock } = useServices();
  const go = useSession((s) => s.go);
  const showList = usePreOrdersView((s) => s.showList);
  const [now] = useState(() => clock.now());
  const due = useLiveQuery(() => readDuePickups(db, now, timeZone), [db, now, timeZone]);
  const [state, setState] = useState<'waiting' | 'open' | 'done'>('waiting');
  if (state === 'waiting' && due) setState(due.length > 0 ? 'open' : 'done');
  if (state !== 'open' || !due || due.length === 0) return null;
  const overdue = due.filter((o) => isPickupOverdue(o, now)).length;
  const close = () => setState('done');
  return (
    <aside className="panel po-due" aria-labelledby="po-due-title">
      <h2 id="po-due-title">{t('preOrders.due.title', { count: due.length })}</h2>
      {overdue > 0 && <p className="po-tag">{t('preOrders.due.overdue', { count: overdue })}</p>}
      <ul>
        {due.map((o) => (
          <li key={o.id} className={isPickupOverdue(o, now) ? 'po-overdue' : undefined}>
            <span className="po-number">{o.number}</span> {formatInZone(o.pickupAt, 'MM-dd HH:mm', timeZone)} · {o.organisation ?? o.customerName} · {o.department} ·{' '}
            {t(`preOrders.status.${o.status}`)}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={close}>
          {t('preOrders.due.later')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            // Still open, earliest pickup first: the overdue ones at the top, then today's.
            showList('open');
            go('preOrders');
            close();
          }}
        >
          {t('preOrders.due.open')}
        </button>
      </div>
    </aside>
  );
}
