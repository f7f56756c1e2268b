import { useLiveQuery } from 'dexie-react-hooks';
import { can } from '../../../shared/domain/staff';
import { isPastClosing, overdueItems } from '../../../shared/domain/storage/rules';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useStoragePolicy } from '../../app/useDeskContext';
import { heldItems, storageConflicts } from '../../db/storage/queries';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import { OverdueList } from './OverdueList';
import { OvernightList } from './OvernightList';
import { StorageConflicts } from './StorageConflicts';
import { useNow } from '../../components/useNow';

/** 闭店清点: what stays overnight, what is overdue, and conflicts between counters. */
export function ClosingScreen() {
  const { t } = useT();
  const { db, clock } = useServices();
  const policy = useStoragePolicy();
  const role = useSession((s) => s.staff?.role);
  const now = useNow(clock);
  const held = useLiveQuery(() => heldItems(db), [db]);
  const conflicts = useLiveQuery(() => storageConflicts(db), [db]);
  const reviewsConflicts = role !== undefined && can(role, 'log.review');
  if (!held) return <p className="muted">{t('app.loading')}</p>;
  const overdue = overdueItems(held, now, policy);

  return (
    <div>
      <h1>{t('closing.title')}</h1>
      {isPastClosing(now, policy) ? (
        <p className="notice notice--warn" role="status">
          {t('closing.pastClosing', { time: policy.closingTime, count: held.length })}
        </p>
      ) : (
        <p className="muted">{t('closing.beforeClosing', { time: policy.closingTime })}</p>
      )}
      <OverdueList items={overdue} now={now} policy={policy} />
      <OvernightList items={held} now={now} policy={policy} />
      <PrintButtons request={{ kind: 'overnightList', input: { items: held, overdueDays: policy.overdueDays } }} label={t('closing.printOvernight')} />
      {conflicts && conflicts.length > 0 && !reviewsConflicts && (
        <p className="notice notice--danger">{t('closing.conflicts.tellSupervisor', { count: conflicts.length })}</p>
      )}
      {conflicts && reviewsConflicts && <StorageConflicts items={conflicts} timeZone={policy.timeZone} />}
    </div>
  );
}
