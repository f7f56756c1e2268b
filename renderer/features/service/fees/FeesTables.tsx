import { formatYuan } from '../../../../shared/domain/money';
import { useDeskContext } from '../../../app/useDeskContext';
import type { DayFees } from '../../../db/service/aftercareQueries';
import { useT } from '../../../i18n';
import { serviceTimeText } from '../words';

/** Each fee with its call and invoice number, then what each technician hands over. */
export function FeesTables({ fees }: { readonly fees: DayFees }) {
  const { t } = useT();
  const { timeZone } = useDeskContext().session;
  return (
    <>
      <table className="svc-table">
        <caption>{t('service.fees.lines')}</caption>
        <thead>
          <tr>
            <th>{t('service.fees.col.at')}</th>
            <th>{t('service.col.number')}</th>
            <th>{t('service.fees.col.kind')}</th>
            <th>{t('service.col.technician')}</th>
            <th>{t('service.fees.col.invoiceNo')}</th>
            <th>{t('service.fees.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {fees.lines.map(({ job, technicianName }) => (
            <tr key={job.id}>
              <td>{serviceTimeText(job.at, timeZone)}</td>
              <td className="svc-number">{job.number}</td>
              <td>{t(`service.fees.kind.${job.kind}`)}</td>
              <td>
                {technicianName} ({job.technician})
              </td>
              <td className="svc-number">{job.invoiceNo ?? '—'}</td>
              <td className="svc-money">{formatYuan(job.feeFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="svc-table">
        <caption>{t('service.fees.byTechnician')}</caption>
        <thead>
          <tr>
            <th>{t('service.col.technician')}</th>
            <th>{t('service.fees.col.count')}</th>
            <th>{t('service.fees.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {fees.byTechnician.map((row) => (
            <tr key={row.technician}>
              <td>
                {row.name} ({row.technician})
              </td>
              <td className="svc-money">{row.count}</td>
              <td className="svc-money">{formatYuan(row.totalFen)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('service.fees.total')}</th>
            <td className="svc-money">{fees.lines.length}</td>
            <td className="svc-money">{formatYuan(fees.totalFen)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
