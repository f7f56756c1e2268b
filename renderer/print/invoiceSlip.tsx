import type { ReactNode } from 'react';
import type { Invoice } from '../../shared/domain/invoices/types';
import { formatYuan } from '../../shared/domain/money';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { BUYER_LABELS, INVOICE, INVOICE_KIND_LABELS, INVOICE_MEDIUM_LABELS, INVOICE_STATUS_LABELS } from './invoiceLabels';
import { COMMON, type Label } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { Bi, Fields, PrintFooter, PrintHeader, RecordCodes, RecordNo, SignatureLine, staffText } from './parts';

const bi = (label: Label) => `${label.zh} ${label.en}`;

function InvoiceSlip({ invoice, ctx, paper }: { readonly invoice: Invoice; readonly ctx: PrintContext; readonly paper: PaperSpec }): ReactNode {
  return (
    <>
      <PrintHeader ctx={ctx} title={INVOICE.slipTitle} />
      <RecordCodes
        number={invoice.number}
        paper={paper}
        rows={[
          [INVOICE.requestedAt, printTime(invoice.requested.at, ctx)],
          [INVOICE.amount, `¥${formatYuan(invoice.amountFen)}`],
          [INVOICE.status, bi(INVOICE_STATUS_LABELS[invoice.status])],
        ]}
      />
      <div className="section">
        <Fields
          rows={[
            [INVOICE.title, <strong>{invoice.title}</strong>],
            [INVOICE.buyer, bi(BUYER_LABELS[invoice.buyer])],
            [INVOICE.taxpayerNo, invoice.taxpayerNo && <RecordNo>{invoice.taxpayerNo}</RecordNo>],
            [INVOICE.kind, bi(INVOICE_KIND_LABELS[invoice.kind])],
            [INVOICE.medium, bi(INVOICE_MEDIUM_LABELS[invoice.medium])],
            [INVOICE.email, invoice.email],
            [COMMON.phone, invoice.phone ? maskPhone(invoice.phone) : undefined],
          ]}
        />
      </div>
      <div className="section">
        <Bi label={INVOICE.receipts} />
        <ul>
          {invoice.receipts.map((r) => (
            <li key={r.receiptNo}>
              <RecordNo>{r.receiptNo}</RecordNo> ¥{formatYuan(r.amountFen)}
            </li>
          ))}
        </ul>
      </div>
      <div className="section">
        <Fields
          rows={[
            [INVOICE.invoiceNo, invoice.issued && <RecordNo>{invoice.issued.invoiceNo}</RecordNo>],
            [INVOICE.issuedAt, invoice.issued && printTime(invoice.issued.at, ctx)],
            [INVOICE.cancelReason, invoice.cancelled?.reason],
            [
              COMMON.staff,
              <>
                {staffText(invoice.requested.by, ctx)} · {COMMON.counter.zh} {invoice.requested.counter}
              </>,
            ],
          ]}
        />
      </div>
      <p className="note section">
        <Bi label={INVOICE.note} />
      </p>
      <div className="signs">
        <SignatureLine label={INVOICE.signCustomer} />
      </div>
      <PrintFooter ctx={ctx} />
    </>
  );
}

/** 开票申请单 on the receipt roll: the request number as barcode and QR, the receipts, the title; a reprint says 补打. */
export function renderInvoiceSlip(invoice: Invoice, ctx: PrintContext, paper: PaperSize = '80mm'): PrintOutput {
  const title = `${INVOICE.slipTitle.zh} ${invoice.number}`;
  const body = <InvoiceSlip invoice={invoice} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: invoice.number };
}
