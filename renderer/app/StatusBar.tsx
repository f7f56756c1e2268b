import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { formatInZone } from '../../shared/domain/clock';
import { can } from '../../shared/domain/staff';
import { Dialog } from '../components/Dialog';
import { OverdueStatus } from '../features/complaints/overdue/OverdueStatus';
import { ServiceOverdueStatus } from '../features/service/overdue/ServiceOverdueStatus';
import { ContractExpiryStatus } from '../features/service/contracts/ContractExpiryStatus';
import { PrintQueuePanel } from '../features/printing/PrintQueuePanel';
import { UnclosedDaysStatus } from '../features/dayClose/UnclosedDaysStatus';
import { countConflicts } from '../db/conflicts';
import { giftStockAlarms } from '../db/gifts/queries';
import { useT } from '../i18n';
import { useServices } from './services';
import { useSession } from './session';
import { SyncStatusItem } from './sync/SyncStatusItem';
import { BackupStatusItem } from './backup/BackupStatusItem';
import { ActingStatus } from '../features/acting/ActingStatus';

/** Always-visible facts: store, counter, sync (or working alone), conflicts to settle, overdue complaints and service calls, contracts to renew, days not closed, prints to retry, the time. */
export function StatusBar() {
  const { t } = useT();
  const { db, clock, desk } = useServices();
  const identity = useSession((s) => s.identity);
  const profile = useSession((s) => s.profile);
  const role = useSession((s) => s.staff?.role);
  const conflicts = useLiveQuery(() => countConflicts(db), [db]) ?? 0;
  const stockAlarms = useLiveQuery(() => giftStockAlarms(db), [db]) ?? 0;
  const [queued, setQueued] = useState(0);
  const [queueOpen, setQueueOpen] = useState(false);
  const go = useSession((s) => s.go);
  const [now, setNow] = useState(clock.now());
  useEffect(() => {
    const tick = () => {
      setNow(clock.now());
      void desk['print:queue'](undefined).then((r) => r.ok && setQueued(r.value.length));
    };
    tick();
    const timer = window.setInterval(tick, 15_000);
    return () => window.clearInterval(timer);
  }, [clock, desk]);
  return (
    <footer className="status" aria-live="polite">
      <span>{profile?.storeName}</span>
      <span>{t('status.counter', { counter: identity?.counter ?? '' })}</span>
      <SyncStatusItem />
      <BackupStatusItem />
      <ActingStatus />
      {conflicts > 0 && (
        <button type="button" className="status__warn" onClick={() => go(role && can(role, 'log.review') ? 'log' : 'closing')}>
          {t('status.conflicts', { count: conflicts })}
        </button>
      )}
      {stockAlarms > 0 && (
        <button type="button" className="status__warn" onClick={() => go('campaigns')}>
          {t('status.stockAlarms', { count: stockAlarms })}
        </button>
      )}
      {role && can(role, 'complaints.work') && <OverdueStatus />}
      {role && (can(role, 'service.dispatch') || can(role, 'service.register')) && <ServiceOverdueStatus />}
      {role && can(role, 'service.register') && <ContractExpiryStatus />}
      {role && can(role, 'day.close') && <UnclosedDaysStatus />}
      {queued > 0 && (
        <button type="button" className="status__warn" onClick={() => setQueueOpen(true)}>
          {t('status.printQueue', { count: queued })}
        </button>
      )}
      {queueOpen && (
        <Dialog title={t('printQueue.title')} onClose={() => setQueueOpen(false)} wide>
          <PrintQueuePanel />
          <div className="actions">
            <button type="button" onClick={() => setQueueOpen(false)}>
              {t('action.close')}
            </button>
          </div>
        </Dialog>
      )}
      <span className="status__time">{formatInZone(now, 'yyyy-MM-dd HH:mm', profile?.timeZone)}</span>
    </footer>
  );
}
