import { formatInZone } from '../../../shared/domain/clock';
import { isPickupOverdue } from '../../../shared/domain/preOrders/moves';
import type { PreOrderRow } from '../../db/preOrders/row';
import { useT } from '../../i18n';

interface PreOrderTableProps {
  readonly rows: readonly PreOrderRow[];
  readonly caption: string;
  readonly now: number;
  readonly timeZone: string;
  readonly onOpen: (id: string) => void;
}

/** The orders of a list, earliest pickup first; an overdue one stands out. */
export function PreOrderTable({ rows, caption, now, timeZone, onOpen }: PreOrderTableProps) {
  const { t } = useT();
  return (
    <table className="po-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>{t('preOrders.col.number')}</th>
          <th>{t('preOrders.col.kind')}</th>
          <th>{t('preOrders.col.customer')}</th>
          <th>{t('preOrders.col.phone')}</th>
          <th>{t('preOrders.col.department')}</th>
          <th>{t('preOrders.col.pickupAt')}</th>
          <th>{t('preOrders.col.status')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => {
          const overdue = isPickupOverdue(o, now);
          return (
            <tr key={o.id} className={overdue ? 'po-overdue' : undefined}>
              <td className="po-number">{o.number}</td>
              <td>{t(`preOrders.kind.${o.kind}`)}</td>
              <td>{o.organisation ? `${o.organisation} · ${o.customerName}` : o.customerName}</td>
              <td className="nowrap">{o.phone}</td>
              <td>{o.department}</td>
              <td className="nowrap">
                {formatInZone(o.pickupAt, 'yyyy-MM-dd HH:mm', timeZone)}
                {overdue && <span className="po-tag">{t('preOrders.overdueTag')}</span>}
              </td>
              <td>{t(`preOrders.status.${o.status}`)}</td>
              <td>
                <button type="button" onClick={() => onOpen(o.id)} aria-label={t('preOrders.open', { number: o.number })}>
                  {t('preOrders.openShort')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
