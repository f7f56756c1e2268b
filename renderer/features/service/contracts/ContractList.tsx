import type { IsoDate } from '../../../../shared/domain/calendar/days';
import { contractState, daysUntilEnd } from '../../../../shared/domain/service/contract';
import type { MaintenanceContractRow } from '../../../db/database';
import { useT } from '../../../i18n';
import { daysLeftText } from './contractWords';

/** Contracts as a table: number, customer, phone, end, days left, state; a row's button opens the contract. */
export function ContractList({ label, rows, today, onOpen }: { readonly label: string; readonly rows: readonly MaintenanceContractRow[]; readonly today: IsoDate; readonly onOpen: (id: string) => void }) {
  const { t } = useT();
  return (
    <table className="svc-table" aria-label={label}>
      <thead>
        <tr>
          <th>{t('contracts.col.number')}</th>
          <th>{t('contracts.col.customer')}</th>
          <th>{t('service.field.phone')}</th>
          <th>{t('contracts.col.end')}</th>
          <th>{t('contracts.col.daysLeft')}</th>
          <th>{t('contracts.col.state')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td>
              <button type="button" className="link svc-number" onClick={() => onOpen(c.id)} aria-label={t('contracts.openOne', { number: c.number })}>
                {c.number}
              </button>
            </td>
            <td>{c.customer.name}</td>
            <td>{c.customer.phone}</td>
            <td>{c.end}</td>
            <td>{daysLeftText(daysUntilEnd(c, today), t)}</td>
            <td>{t(`contracts.state.${contractState(c, today)}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
