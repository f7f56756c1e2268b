import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { useStoragePolicy } from '../../app/useDeskContext';
import { formatInZone } from '../../../shared/domain/clock';
import { useStaffNames } from '../../components/useStaffNames';
import { listNumberClashes } from '../../db/conflicts';
import { useT } from '../../i18n';

/** 编号重复: numbers two or more records hold (a counter that lost its daily sequence), each with the records holding it. */
export function NumberClashes() {
  const { t } = useT();
  const { db } = useServices();
  const { timeZone } = useStoragePolicy();
  const who = useStaffNames();
  const rows = useLiveQuery(() => listNumberClashes(db), [db]);
  if (!rows || rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="number-clashes-title">
      <h2 id="number-clashes-title">{t('numberClashes.title', { count: rows.length })}</h2>
      <p className="muted">{t('numberClashes.intro')}</p>
      <table aria-labelledby="number-clashes-title" data-testid="number-clashes">
        <thead>
          <tr>
            <th>{t('numberClashes.number')}</th>
            <th>{t('numberClashes.type')}</th>
            <th>{t('numberClashes.records')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.number}>
              <td>{c.number}</td>
              <td>{t(`numberClashes.type.${c.recordType}`)}</td>
              <td>
                <ul>
                  {c.records.map((r) => (
                    <li key={r.recordId}>{t('numberClashes.record', { who: who(r.by), at: formatInZone(r.at, 'yyyy-MM-dd HH:mm', timeZone), counter: r.counter })}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
