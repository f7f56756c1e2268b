import type { ReactNode } from 'react';
import { formatYuan, lineAmount } from '../../shared/domain/money';
import { balanceDue, itemsTotal } from '../../shared/domain/preOrders/moves';
import type { PreOrder } from '../../shared/domain/preOrders/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { Bi, BiHead, Fields, PrintFooter, PrintHeader, RecordCodes, SignatureLine, staffText } from './parts';
import { DEPOSIT_OUTCOME_LABELS, PICKUP, PRE_ORDER_KIND_LABELS, PRE_ORDER_STATUS_LABELS } from './preOrderLabels';

export interface PickupSlipInput {
  readonly order: PreOrder;
}

const yuan = (fen: number) => `¥${formatYuan(fen)}`;
const bi = (label: { readonly zh: string; readonly en: string }) => `${label.zh} ${label.en}`;

function Items({ order }: { readonly order: PreOrder }): ReactNode {
  return (
    <table>
      <BiHead columns={[PICKUP.item, PICKUP.quantity, PICKUP.amount]} />
      <tbody>
        {order.items.map((item, i) => (
          <tr key={i}>
            <td>{item.name}</td>
            <td className="num">{item.quantity}</td>
            <td className="num">
              {item.unitPriceFen === undefined ? '—' : yuan(lineAmount(item.quantity, item.unitPriceFen))}
              {item.unitPriceFen !== undefined && <div>@{formatYuan(item.unitPriceFen)}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Money and what happened at the end: paid at pickup, or cancelled with what became of the deposit. */
function Settlement({ order, ctx }: { readonly order: PreOrder; readonly ctx: PrintContext }): ReactNode {
  const total = itemsTotal(order.items);
  const due = balanceDue(order);
  const { pickedUp, cancelled } = order;
  return (
    <div className="section">
      <Fields
        rows={[
          [PICKUP.total, total === undefined ? undefined : yuan(total)],
          [PICKUP.deposit, order.depositFen > 0 ? yuan(order.depositFen) : undefined],
          [PICKUP.balanceDue, due === undefined || pickedUp || cancelled ? undefined : <span className="big">{yuan(due)}</span>],
          [PICKUP.pickedUpAt, pickedUp && printTime(pickedUp.at, ctx)],
          [PICKUP.balancePaid, pickedUp && yuan(pickedUp.balancePaidFen)],
          [PICKUP.cancelledAt, cancelled && printTime(cancelled.at, ctx)],
          [PICKUP.cancelReason, cancelled?.reason],
          [PICKUP.depositOutcome, cancelled?.deposit && bi(DEPOSIT_OUTCOME_LABELS[cancelled.deposit])],
        ]}
      />
    </div>
  );
}

function PickupSlip({ order, ctx, paper }: { readonly order: PreOrder; readonly ctx: PrintContext; readonly paper: PaperSpec }): ReactNode {
  return (
    <>
      <PrintHeader ctx={ctx} title={PICKUP.slipTitle} />
      <RecordCodes
        number={order.number}
        paper={paper}
        rows={[
          [PICKUP.kind, PRE_ORDER_KIND_LABELS[order.kind].zh],
          [PICKUP.organisation, order.organisation],
          [COMMON.customer, order.customerName],
          [COMMON.phone, maskPhone(order.phone)],
          [PICKUP.pickupAt, <span className="big">{printTime(order.pickupAt, ctx)}</span>],
          [PICKUP.status, bi(PRE_ORDER_STATUS_LABELS[order.status])],
        ]}
      />
      <Items order={order} />
      <Settlement order={order} ctx={ctx} />
      <div className="section">
        <Fields
          rows={[
            [PICKUP.department, order.department],
            [PICKUP.confirmedBy, order.confirmed?.confirmedBy],
            [PICKUP.takenAt, printTime(order.taken.at, ctx)],
            [COMMON.staff, staffText(order.taken.by, ctx)],
            [PICKUP.callDesk, ctx.deskPhone],
          ]}
        />
      </div>
      <p className="note section">
        <Bi label={PICKUP.note} />
      </p>
      <div className="signs">
        <SignatureLine label={PICKUP.signCustomer} />
      </div>
      <PrintFooter ctx={ctx} />
    </>
  );
}

/**
 * 取货单 on the receipt roll: printed when the order is taken (the customer
 * keeps it) and again at pickup, marked 补打, with the balance paid. The
 * number prints as barcode and QR for the scan at pickup; the phone masked.
 */
export function renderPickupSlip(input: PickupSlipInput, ctx: PrintContext, paper: PaperSize = '80mm'): PrintOutput {
  const { order } = input;
  const title = `${PICKUP.slipTitle.zh} ${order.number}`;
  const body = <PickupSlip order={order} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: order.number };
}
