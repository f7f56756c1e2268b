import { useLiveQuery } from 'dexie-react-hooks';
import { formatInZone } from '../../../shared/domain/clock';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { receiptConflicts } from '../../db/returns/queries';
import { useT } from '../../i18n';
import { useStaffNames } from '../../components/useStaffNames';

/**
 * Receipts where entries from several counters broke a rule (a line refunded
 * beyond the quantity bought, while offline): the entry that did not count,
 * with who, when and where, for a supervisor to settle.
 */
export function ReceiptConflicts() {
  const { t } = useT();
  const { db } = useServices();
  const { timeZone } = useDeskContext().session;
  const who = useStaffNames();
  const receipts = useLiveQuery(() => receiptConflicts(db), [db]) ?? [];
  const when = (ms: number) => formatInZone(ms, 'yyyy-MM-dd HH:mm:ss', timeZone);
  return (
    <section className="panel" aria-labelledby="returns-conflicts-title">
      <h2 id="returns-conflicts-title">{t('returns.conflicts.title', { count: receipts.length })}</h2>
      {receipts.length === 0 ? (
        <p className="muted">{t('returns.conflicts.empty')}</p>
      ) : (
        <>
          <p>{t('returns.conflicts.intro')}</p>
          <ul>
            {receipts.map((r) => (
              <li key={r.id} className="notice notice--danger">
                <p className="big-number">{t('returns.conflicts.receipt', { receiptNo: r.receiptNo })}</p>
                <ul>
                  {r.conflicts.map((c) => (
                    <li key={c.entryId}>{t(`returns.conflicts.${c.kind}`, { ref: c.ref, who: who(c.by), at: when(c.at), counter: c.counter })}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
