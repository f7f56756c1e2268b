import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { useStoragePolicy } from '../../app/useDeskContext';
import { formatInZone } from '../../../shared/domain/clock';
import { useStaffNames } from '../../components/useStaffNames';
import { listCounterConflicts } from '../../db/conflicts';
import { useT } from '../../i18n';

/** Every rule broken between counters, newest first: the record, what the late entry broke, who, when and where. */
export function CounterConflicts() {
  const { t, tc } = useT();
  const { db } = useServices();
  const { timeZone } = useStoragePolicy();
  const who = useStaffNames();
  const rows = useLiveQuery(() => listCounterConflicts(db), [db]);
  if (!rows || rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="counter-conflicts-title">
      <h2 id="counter-conflicts-title">{t('conflicts.title', { count: rows.length })}</h2>
      <table aria-labelledby="counter-conflicts-title">
        <thead>
          <tr>
            <th>{t('conflicts.area')}</th>
            <th>{t('conflicts.record')}</th>
            <th>{t('conflicts.what')}</th>
            <th>{t('conflicts.byAt')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.area}-${r.entryId}`}>
              <td>{t(`conflicts.area.${r.area}`)}</td>
              <td>{r.record}</td>
              <td>{tc(r.kind)}</td>
              <td>{t('conflicts.byAtText', { who: who(r.by), at: formatInZone(r.at, 'yyyy-MM-dd HH:mm', timeZone), counter: r.counter })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
