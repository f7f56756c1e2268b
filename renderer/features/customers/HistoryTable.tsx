import { formatInZone } from '../../../shared/domain/clock';
import { maskPhone } from '../../../shared/domain/customers/phone';
import type { CustomerTrailRow } from '../../../shared/domain/customers/trail';
import { useT } from '../../i18n';

interface HistoryTableProps {
  readonly rows: readonly CustomerTrailRow[];
  readonly timeZone: string;
}

/** The customer's records, newest first: when, what kind, its number (to look it up in its own area), where, and what it was. */
export function HistoryTable({ rows, timeZone }: HistoryTableProps) {
  const { t } = useT();
  return (
    <table className="ch-table">
      <thead>
        <tr>
          <th>{t('customers.col.at')}</th>
          <th>{t('customers.col.type')}</th>
          <th>{t('customers.col.number')}</th>
          <th>{t('customers.col.counter')}</th>
          <th>{t('customers.col.phone')}</th>
          <th>{t('customers.col.summary')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-testid={`history-row-${r.number}`}>
            <td className="ch-nowrap">{formatInZone(r.at, 'yyyy-MM-dd HH:mm', timeZone)}</td>
            <td className="ch-nowrap">{t(`customers.type.${r.recordType}`)}</td>
            <td className="ch-number">{r.number}</td>
            <td>{r.counter}</td>
            <td className="ch-nowrap">{maskPhone(r.phone)}</td>
            <td>{r.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
