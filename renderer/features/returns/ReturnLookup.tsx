import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { formatYuan } from '../../../shared/domain/money';
import { useServices } from '../../app/services';
import { useDeskContext } from '../../app/useDeskContext';
import { Field } from '../../components/Field';
import { findReturns } from '../../db/returns/queries';
import { useT } from '../../i18n';

/** The latest returns, or those of one TH number or receipt number. */
export function ReturnLookup({ selectedId, onSelect }: { readonly selectedId?: string | undefined; readonly onSelect: (id: string) => void }) {
  const { t } = useT();
  const { db } = useServices();
  const { timeZone } = useDeskContext().session;
  const [text, setText] = useState('');
  const rows = useLiveQuery(() => findReturns(db, text), [db, text]) ?? [];
  return (
    <section className="panel" aria-labelledby="returns-lookup-title">
      <h2 id="returns-lookup-title">{t('returns.lookup.title')}</h2>
      <Field label={t('returns.lookup.search')} name="returnSearch" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      {rows.length === 0 ? (
        <p className="muted">{t('returns.lookup.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('returns.col.number')}</th>
              <th>{t('returns.col.receipt')}</th>
              <th>{t('returns.col.at')}</th>
              <th>{t('returns.col.outcome')}</th>
              <th>{t('returns.col.amount')}</th>
              <th>{t('returns.col.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} aria-selected={r.id === selectedId}>
                <td className="big-number">{r.number}</td>
                <td>{r.receiptNo ?? t('returns.noReceipt')}</td>
                <td>{formatInZone(r.registeredAt, 'yyyy-MM-dd HH:mm', timeZone)}</td>
                <td>{t(`returns.outcome.${r.outcome}`)}</td>
                <td>¥{formatYuan(r.outcome === 'refund' ? r.refundFen : r.totalFen)}</td>
                <td>{t(`returns.status.${r.status}`)}</td>
                <td>
                  <button type="button" onClick={() => onSelect(r.id)} aria-label={t('returns.open', { number: r.number })}>
                    {t('returns.openShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
