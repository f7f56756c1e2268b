import type { ReactNode } from 'react';
import type { ServiceCall } from '../../shared/domain/service/types';
import { warrantyStatus } from '../../shared/domain/service/warranty';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { printTime } from './format';
import { COMMON, type Label } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { Bi, BiHead, Fields, PrintFooter, PrintHeader, RecordBarcode, RecordQr, SignatureLine, staffText } from './parts';
import { AREA_LABELS, REQUEST_TYPE_LABELS, SERVICE_TYPE_LABELS, SERVICE_VOUCHER as V, WARRANTY_LABELS } from './serviceLabels';

export interface ServiceVoucherInput {
  readonly call: ServiceCall;
}

interface VoucherProps extends ServiceVoucherInput {
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

const both = (l: Label) => `${l.zh} ${l.en}`;

/** Blank rows of the parts table, for the technician to write in. */
const PART_ROWS = 3;

/** Room to write in by hand where the record has nothing yet (no technician sent, no serial taken). */
function Fill(): ReactNode {
  return <span className="fill" />;
}

function orFill(text: string | undefined): ReactNode {
  return text ? text : <Fill />;
}

function appointmentText(call: ServiceCall, ctx: PrintContext): ReactNode {
  const a = call.appointment;
  if (!a) return <Fill />;
  return a.reason ? `${printTime(a.visitAt, ctx)}（${V.rescheduled.zh}：${a.reason}）` : printTime(a.visitAt, ctx);
}

/** What the technician fills in on site: times, work, parts and the fee (the quote first when the work is paid). */
function OnSite({ paid }: { readonly paid: boolean }): ReactNode {
  return (
    <div className="section" data-part="on-site">
      <div className="section-title">
        <Bi label={V.onSite} />
      </div>
      <div className="sign-row">
        <SignatureLine label={V.arrivedAt} />
        <SignatureLine label={V.finishedAt} />
        <div className="sign" data-box="fee">
          <span>
            <Bi label={V.fee} />
          </span>
          <span>¥</span>
          <span className="line" />
        </div>
      </div>
      <div className="cols work">
        <div>
          <div className="section-title">
            <Bi label={V.workDone} />
          </div>
          <div className="write-box" data-box="workDone" />
        </div>
        <div>
          <div className="section-title">
            <Bi label={V.parts} />
          </div>
          <table className="blank" data-box="parts">
            <BiHead columns={[V.partName, V.quantity, V.partPrice]} />
            <tbody>
              {Array.from({ length: PART_ROWS }, (_, i) => (
                <tr key={i}>
                  <td />
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {paid && (
        <p className="note">
          <Bi label={V.feeNote} />
        </p>
      )}
    </div>
  );
}

function ServiceVoucher({ call, ctx, paper }: VoucherProps): ReactNode {
  const { customer, product } = call;
  const warranty = WARRANTY_LABELS[warrantyStatus(product.purchaseDate, call.receivedAt, ctx.timeZone)];
  return (
    <div className="voucher">
      {/* On a sheet the bars sit beside the heading, so the whole voucher stays on one page. */}
      <div className="top">
        <PrintHeader ctx={ctx} title={V.title} />
        <RecordBarcode number={call.number} paper={paper} />
      </div>
      <div className="row">
        <RecordQr number={call.number} paper={paper} />
        <Fields
          rows={[
            [V.received, printTime(call.receivedAt, ctx)],
            [V.requestType, both(REQUEST_TYPE_LABELS[call.requestType])],
            [V.serviceType, both(SERVICE_TYPE_LABELS[call.serviceType])],
            [V.appointment, appointmentText(call, ctx)],
            [V.technician, call.dispatch ? staffText(call.dispatch.technician, ctx) : <Fill />],
          ]}
        />
      </div>
      <div className="section cols">
        <div data-part="customer">
          <Fields
            rows={[
              [V.customer, customer.name],
              // In full: the technician rings the customer before the visit.
              [V.phone, customer.phone],
              [V.address, `${customer.address}（${AREA_LABELS[customer.area].zh}）`],
            ]}
          />
        </div>
        <div data-part="product">
          <Fields
            rows={[
              [V.product, product.name],
              [V.model, orFill(product.model)],
              [V.serial, orFill(product.serial)],
              [V.purchaseDate, orFill(product.purchaseDate)],
              [V.warranty, both(warranty)],
            ]}
          />
        </div>
      </div>
      <div className="section">
        <div className="section-title">
          <Bi label={V.problem} />
        </div>
        <div className="problem">{call.problem}</div>
      </div>
      <OnSite paid={call.serviceType === 'paid'} />
      <p className="note">
        <Bi label={V.customerNote} />
      </p>
      <div className="signs sign-row">
        <SignatureLine label={V.signCustomer} />
        <SignatureLine label={COMMON.date} />
        <SignatureLine label={V.signTechnician} />
      </div>
      <PrintFooter ctx={ctx} />
    </div>
  );
}

/**
 * 服务凭证: what the technician takes to the customer — the call's number
 * (bars, QR and plain text), customer with full phone and address, product,
 * warranty (derived from the purchase date), problem, request and service
 * type, the agreed visit and the technician; then room to write the work
 * done, parts and fee, and the customer's and technician's signatures. A5
 * by default (the office printer), 80 mm on a roll. A reprint says 补打.
 */
export function renderServiceVoucher(input: ServiceVoucherInput, ctx: PrintContext, paper: PaperSize = 'A5'): PrintOutput {
  const { call } = input;
  const title = `${V.title.zh} ${call.number}`;
  const body = <ServiceVoucher call={call} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: call.number };
}
