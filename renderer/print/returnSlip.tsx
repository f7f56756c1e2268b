import type { ReactNode } from 'react';
import { formatYuan } from '../../shared/domain/money';
import type { ReturnRecord } from '../../shared/domain/returns/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { approverText, Bi, CutLine, Fields, type FieldRow, PrintFooter, PrintHeader, RecordBarcode, RecordCodes, RecordNo, SignatureLine, staffText } from './parts';
import { CONDITION_LABELS, DISPOSITION_LABELS, OUTCOME_LABELS, PROBLEM_LABELS, REFUND_METHOD_LABELS, RETURN, RETURN_REASON_LABELS, bi } from './returnLabels';

export interface ReturnSlipInput {
  readonly record: ReturnRecord;
}

interface PartProps {
  readonly record: ReturnRecord;
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

const yuan = (fen: number) => `¥${formatYuan(fen)}`;

function receiptText(record: ReturnRecord): ReactNode {
  return record.receiptNo ? <RecordNo>{record.receiptNo}</RecordNo> : bi(RETURN.noReceipt);
}

function Reversed({ record, ctx }: { readonly record: ReturnRecord; readonly ctx: PrintContext }): ReactNode {
  if (!record.reversed) return null;
  return (
    <div className="reprint">
      {bi(RETURN.reversed)} · {record.reversed.reason} · {printTime(record.reversed.at, ctx)}
    </div>
  );
}

function Lines({ record, money }: { readonly record: ReturnRecord; readonly money: boolean }): ReactNode {
  return (
    <table>
      <thead>
        <tr>
          <th>
            <Bi label={RETURN.item} />
          </th>
          <th>
            <Bi label={RETURN.quantity} />
          </th>
          {money && (
            <th>
              <Bi label={RETURN.amount} />
            </th>
          )}
          <th>
            <Bi label={RETURN.disposition} />
          </th>
        </tr>
      </thead>
      <tbody>
        {record.lines.map((l) => (
          <tr key={l.sku}>
            <td>
              {l.name}
              <div className="mono">{l.sku}</div>
            </td>
            <td className="num">{l.quantity}</td>
            {money && (
              <td className="num">
                {yuan(l.amountFen)}
                <div>@{formatYuan(l.unitPriceFen)}</div>
              </td>
            )}
            <td className="nowrap">{DISPOSITION_LABELS[l.disposition].zh}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function outcomeText(record: ReturnRecord): string {
  const method = record.refundMethod ? ` · ${REFUND_METHOD_LABELS[record.refundMethod].zh}` : '';
  return `${bi(OUTCOME_LABELS[record.outcome])}${method}`;
}

function StoreCopy({ record, ctx, paper }: PartProps): ReactNode {
  const reason = RETURN_REASON_LABELS[record.reason];
  const deducted = record.giftClawbacks.reduce((s, g) => s + g.deductedFen, 0);
  const ex = record.exchangeItem;
  return (
    <section className="part" data-part="store">
      <PrintHeader ctx={ctx} title={RETURN.slipTitle} part={RETURN.storeCopy} />
      <Reversed record={record} ctx={ctx} />
      <RecordCodes
        number={record.number}
        paper={paper}
        rows={[
          [RETURN.receipt, receiptText(record)],
          [RETURN.purchaseDate, record.purchaseDate],
          [RETURN.registered, printTime(record.registered.at, ctx)],
          [RETURN.reason, `${reason.zh}${record.reasonText ? `：${record.reasonText}` : ''}`],
          [RETURN.condition, CONDITION_LABELS[record.condition].zh],
          [RETURN.outcome, outcomeText(record)],
          [COMMON.phone, record.phone ? maskPhone(record.phone) : undefined],
        ]}
      />
      <Lines record={record} money />
      <div className="section">
        <Fields
          rows={[
            [RETURN.total, yuan(record.totalFen)],
            ...record.giftClawbacks.map(
              (g): FieldRow =>
                g.settlement === 'deducted' ? [RETURN.giftDeducted, `−${yuan(g.deductedFen)} ${g.giftName}`] : [RETURN.giftReturned, g.giftName],
            ),
            [RETURN.refund, record.outcome === 'refund' ? <span className="big">{yuan(record.refundFen)}</span> : undefined],
            [RETURN.exchange, ex ? `${ex.name} (${ex.sku}) × ${ex.quantity} @${formatYuan(ex.unitPriceFen)}` : undefined],
            [RETURN.refusal, record.refusalReason],
            [RETURN.exceptions, record.exceptions.length ? `${record.exceptions.map((p) => PROBLEM_LABELS[p].zh).join('、')}：${record.exceptionReason ?? ''}` : undefined],
            [COMMON.staff, staffText(record.registered.by, ctx)],
            [COMMON.approvedBy, approverText(record.registered.approvedBy, record.registered.at, ctx)],
          ]}
        />
        {deducted > 0 && <div className="mono">{`${yuan(record.totalFen)} − ${yuan(deducted)} = ${yuan(record.refundFen)}`}</div>}
      </div>
      <p className="note">
        <Bi label={RETURN.customerNote} />
      </p>
      <div className="signs">
        <SignatureLine label={RETURN.signCustomer} />
        <SignatureLine label={RETURN.signClerk} />
      </div>
      <PrintFooter ctx={ctx} />
    </section>
  );
}

/** The part that goes with the goods to the product department: what, how many, back to stock or damaged. */
function GoodsCopy({ record, ctx, paper }: PartProps): ReactNode {
  return (
    <section className="part" data-part="goods">
      <PrintHeader ctx={ctx} title={RETURN.slipTitle} part={RETURN.goodsCopy} />
      <Reversed record={record} ctx={ctx} />
      <RecordBarcode number={record.number} paper={paper} />
      <Fields
        rows={[
          [RETURN.receipt, receiptText(record)],
          [RETURN.registered, printTime(record.registered.at, ctx)],
          [RETURN.reason, RETURN_REASON_LABELS[record.reason].zh],
          [RETURN.condition, CONDITION_LABELS[record.condition].zh],
        ]}
      />
      <Lines record={record} money={false} />
      <p className="note">
        <Bi label={RETURN.goodsNote} />
      </p>
      <div className="signs">
        <SignatureLine label={RETURN.signReceived} />
      </div>
      <PrintFooter ctx={ctx} />
    </section>
  );
}

/**
 * 退货单: the store copy the customer signs, then — after the cut line, on
 * the same page — the copy that goes with the goods (随货联). One job, not
 * two copies: the goods copy carries what the department needs (lines and
 * where each goes) and no refund amount or phone.
 */
export function renderReturnSlip(input: ReturnSlipInput, ctx: PrintContext, paper: PaperSize = '80mm'): PrintOutput {
  const spec = paperSpec(paper, ctx.thermalDpi);
  const { record } = input;
  const title = `${RETURN.slipTitle.zh} ${record.number}`;
  const body = (
    <>
      <StoreCopy record={record} ctx={ctx} paper={spec} />
      <CutLine />
      <GoodsCopy record={record} ctx={ctx} paper={spec} />
    </>
  );
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: record.number };
}
