import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { formatInZone } from '../../../shared/domain/clock';
import { formatYuan, lineAmount } from '../../../shared/domain/money';
import { balanceDue, isPickupOverdue, itemsTotal, movesFrom } from '../../../shared/domain/preOrders/moves';
import type { PreOrder } from '../../../shared/domain/preOrders/types';
import type { ActionStamp } from '../../../shared/domain/storage/types';
import { useServices } from '../../app/services';
import { useStaffNames } from '../../components/useStaffNames';
import type { PreOrderRow } from '../../db/preOrders/row';
import { useT } from '../../i18n';
import { PrintButtons } from '../printing/PrintButtons';
import { PrintResultNotice } from '../printing/PrintResultNotice';
import { usePrintAction } from '../printing/usePrintAction';
import { CancelStep } from './CancelStep';
import { ConfirmStep, ReadyStep } from './ConfirmStep';
import { PickUpStep } from './PickUpStep';
import { pickupSlipRequest } from './slipRequest';

interface PreOrderDetailProps {
  readonly orderId: string;
  readonly now: number;
  readonly timeZone: string;
  readonly onDone: (text: string) => void;
  readonly onBack: () => void;
}

const yuan = (fen: number) => `¥${formatYuan(fen)}`;

function Items({ order }: { readonly order: PreOrder }) {
  const { t } = useT();
  const total = itemsTotal(order.items);
  const due = balanceDue(order);
  return (
    <>
      <table className="po-items">
        <caption>{t('preOrders.detail.items')}</caption>
        <tbody>
          {order.items.map((item, i) => (
            // Lines are kept in the order taken: their place is their key.
            <tr key={i}>
              <td>{item.name}</td>
              <td className="num">×{item.quantity}</td>
              <td className="num">{item.unitPriceFen === undefined ? '—' : `${yuan(lineAmount(item.quantity, item.unitPriceFen))} @${formatYuan(item.unitPriceFen)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="pre-order-money">
        {t('preOrders.detail.total')} {total === undefined ? t('preOrders.detail.totalUnpriced') : yuan(total)}
        {order.depositFen > 0 && ` · ${t('preOrders.detail.deposit')} ${yuan(order.depositFen)}`}
        {due !== undefined && order.status !== 'pickedUp' && order.status !== 'cancelled' && ` · ${t('preOrders.detail.balanceDue')} ${yuan(due)}`}
      </p>
    </>
  );
}

/** The order's steps so far, each with when, who and where. */
function Steps({ order, timeZone }: { readonly order: PreOrder; readonly timeZone: string }) {
  const { t, tc } = useT();
  const names = useStaffNames();
  const stamp = (s: ActionStamp) => t('preOrders.detail.stamp', { at: formatInZone(s.at, 'yyyy-MM-dd HH:mm', timeZone), staff: names(s.by), counter: s.counter });
  const rows: [string, ActionStamp | undefined, ReactNode][] = [
    [t('preOrders.detail.taken'), order.taken, null],
    [t('preOrders.detail.confirmed'), order.confirmed, order.confirmed && t('preOrders.detail.confirmedBy', { name: order.confirmed.confirmedBy })],
    [t('preOrders.detail.ready'), order.ready, null],
    [t('preOrders.detail.pickedUp'), order.pickedUp, order.pickedUp && t('preOrders.detail.balancePaid', { amount: formatYuan(order.pickedUp.balancePaidFen) })],
    [t('preOrders.detail.cancelled'), order.cancelled, order.cancelled && `${order.cancelled.reason}${order.cancelled.deposit ? ` · ${t(`preOrders.deposit.${order.cancelled.deposit}`)}` : ''}`],
  ];
  return (
    <>
      <dl className="po-steps">
        {rows
          .filter(([, s]) => s)
          .map(([label, s, extra]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                {s && stamp(s)}
                {extra && <div>{extra}</div>}
              </dd>
            </div>
          ))}
      </dl>
      {order.conflicts.length > 0 && (
        <div className="notice notice--warn">
          <p>{t('preOrders.detail.conflicts')}</p>
          <ul>
            {order.conflicts.map((c) => (
              <li key={c.entryId}>
                {t('preOrders.detail.conflict', { at: formatInZone(c.at, 'yyyy-MM-dd HH:mm', timeZone), counter: c.counter, move: t(`preOrders.status.${c.move}`), reason: tc(`conflicts.kind.preOrder.${c.reason}`) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** One order: what was taken, its steps, the step its state allows next, and its pickup slip. */
export function PreOrderDetail({ orderId, now, timeZone, onDone, onBack }: PreOrderDetailProps) {
  const { t } = useT();
  const { db } = useServices();
  const slip = usePrintAction();
  const order = useLiveQuery(() => db.preOrders.get(orderId), [db, orderId]);
  if (!order) return null;
  const moves = movesFrom(order.status);
  const pickedUp = async (row: PreOrderRow) => {
    onDone(t('preOrders.saved.pickedUp', { number: row.number }));
    await slip.print(pickupSlipRequest(row));
  };
  return (
    <section className="panel" aria-labelledby="po-detail-title">
      <h2 id="po-detail-title">
        {t('preOrders.detail.title', { number: order.number })} · {t(`preOrders.status.${order.status}`)}
        {isPickupOverdue(order, now) && <span className="po-tag">{t('preOrders.overdueTag')}</span>}
      </h2>
      <dl className="po-facts">
        <dt>{t('preOrders.col.kind')}</dt>
        <dd>{t(`preOrders.kind.${order.kind}`)}</dd>
        {order.organisation && (
          <>
            <dt>{t('preOrders.field.organisation')}</dt>
            <dd>{order.organisation}</dd>
          </>
        )}
        <dt>{t('preOrders.col.customer')}</dt>
        <dd>
          {order.customerName} · {order.phone}
        </dd>
        <dt>{t('preOrders.col.department')}</dt>
        <dd>{order.department}</dd>
        <dt>{t('preOrders.col.pickupAt')}</dt>
        <dd>{formatInZone(order.pickupAt, 'yyyy-MM-dd HH:mm', timeZone)}</dd>
        {order.note && (
          <>
            <dt>{t('preOrders.field.note')}</dt>
            <dd>{order.note}</dd>
          </>
        )}
      </dl>
      <Items order={order} />
      <Steps order={order} timeZone={timeZone} />
      {moves.includes('confirmed') && <ConfirmStep key={`confirm-${order.id}`} order={order} onDone={onDone} />}
      {moves.includes('ready') && <ReadyStep key={`ready-${order.id}`} order={order} onDone={onDone} />}
      {moves.includes('pickedUp') && <PickUpStep key={`pickUp-${order.id}`} order={order} onPickedUp={pickedUp} />}
      {moves.includes('cancelled') && <CancelStep key={`cancel-${order.id}`} order={order} onDone={onDone} />}
      <h3>{t('preOrders.slip')}</h3>
      <PrintResultNotice result={slip.result} />
      <PrintButtons request={pickupSlipRequest(order)}>
        <button type="button" onClick={onBack}>
          {t('preOrders.back')}
        </button>
      </PrintButtons>
    </section>
  );
}
