import { useLiveQuery } from 'dexie-react-hooks';
import { isDueForDisposal } from '../../../shared/domain/storage/lostFound';
import { overdueItems, type StoragePolicy } from '../../../shared/domain/storage/rules';
import { useServices } from '../../app/services';
import { countConflicts } from '../../db/conflicts';
import { heldItems } from '../../db/storage/queries';
import { useT } from '../../i18n';

interface NeedsSupervisorProps {
  readonly policy: StoragePolicy;
  /** Approvals refused on the day shown (counted from that day's log). */
  readonly refusedApprovals: number;
  readonly day: string;
}

/** What a supervisor has to look at first: counts now, plus the day's refused approvals. */
export function NeedsSupervisor({ policy, refusedApprovals, day }: NeedsSupervisorProps) {
  const { t } = useT();
  const { db, clock } = useServices();
  const counts = useLiveQuery(async () => {
    const now = clock.now();
    const held = await heldItems(db);
    const keptLost = await db.lostItems.where('status').equals('kept').toArray();
    return {
      conflicts: await countConflicts(db),
      overdue: overdueItems(held, now, policy).length,
      held: held.length,
      disposal: keptLost.filter((i) => isDueForDisposal(i, now, policy.lostFoundKeepDays)).length,
    };
  }, [db, clock, policy.overdueDays, policy.lostFoundKeepDays, policy.timeZone]);
  if (!counts) return null;
  const lines = [
    { key: 'conflicts', count: counts.conflicts, text: t('log.needs.conflicts', { count: counts.conflicts }), danger: true },
    { key: 'overdue', count: counts.overdue, text: t('log.needs.overdue', { count: counts.overdue, days: policy.overdueDays }), danger: false },
    { key: 'refused', count: refusedApprovals, text: t('log.needs.refused', { count: refusedApprovals, day }), danger: true },
    { key: 'disposal', count: counts.disposal, text: t('log.needs.disposal', { count: counts.disposal }), danger: false },
    { key: 'held', count: counts.held, text: t('log.needs.held', { count: counts.held }), danger: false },
  ];
  return (
    <section className="panel" aria-labelledby="needs-title">
      <h2 id="needs-title">{t('log.needs.title')}</h2>
      <ul data-testid="needs-supervisor">
        {lines.map((l) => (
          <li key={l.key} className={l.count > 0 ? `notice ${l.danger ? 'notice--danger' : 'notice--warn'}` : 'muted'}>
            {l.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
