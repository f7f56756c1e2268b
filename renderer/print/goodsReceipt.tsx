import type { ReactNode } from 'react';
import type { GoodsReceipt, ServiceCall } from '../../shared/domain/service/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON, type Label } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { Bi, Fields, PrintFooter, PrintHeader, RecordBarcode, RecordNo, SignatureLine, staffText } from './parts';

export interface GoodsReceiptInput {
  readonly call: ServiceCall;
  readonly receipt: GoodsReceipt;
}

/** Bilingual labels of the goods receipt, kept apart from the screen texts like labels.ts. */
const G = {
  title: { zh: '客户商品领取收据', en: 'Goods receipt' },
  callNumber: { zh: '叫修单号', en: 'Service call' },
  received: { zh: '收货时间', en: 'Received' },
  customer: { zh: '顾客', en: 'Customer' },
  phone: { zh: '电话', en: 'Phone' },
  product: { zh: '产品', en: 'Product' },
  goods: { zh: '商品', en: 'Goods' },
  accessories: { zh: '附件', en: 'Accessories' },
  none: { zh: '无', en: 'none' },
  condition: { zh: '外观状况', en: 'Condition' },
  problem: { zh: '故障', en: 'Problem' },
  receivedBy: { zh: '经办', en: 'Received by' },
  collect: { zh: '凭此收据领取商品', en: 'Present this receipt to collect the goods' },
  lost: { zh: '收据遗失须核对身份并经主管批准方可领取；领取时收回本收据并作废', en: 'Lost receipt: ID check and supervisor approval. The receipt is taken back and voided on collection.' },
  signHandedOver: { zh: '顾客签字（交货）', en: 'Customer' },
  signClerk: { zh: '经办人签字', en: 'Clerk' },
  collected: { zh: '领取确认', en: 'Collected' },
  signCollected: { zh: '顾客签字（领取）', en: 'Customer' },
} as const satisfies Readonly<Record<string, Label>>;

/** Side by side on a sheet; one under another on a roll, where two lines would leave no room to sign. */
function Signatures({ labels, paper }: { readonly labels: readonly Label[]; readonly paper: PaperSpec }): ReactNode {
  return (
    <div className={paper.kind === 'sheet' ? 'signs sign-row' : 'signs'}>
      {labels.map((label) => (
        <SignatureLine key={label.zh} label={label} />
      ))}
    </div>
  );
}

function GoodsReceiptSlip({ call, receipt, ctx, paper }: GoodsReceiptInput & { readonly ctx: PrintContext; readonly paper: PaperSpec }): ReactNode {
  const product = [call.product.name, call.product.model].filter(Boolean).join(' ');
  return (
    <div className="goods-receipt">
      <PrintHeader ctx={ctx} title={G.title} />
      <RecordBarcode number={receipt.receiptNo} paper={paper} />
      {/* Two columns on a sheet (the call and who; the goods), one on a roll. */}
      <div className="cols">
        <Fields
          rows={[
            [G.callNumber, <RecordNo>{call.number}</RecordNo>],
            [G.received, printTime(receipt.at, ctx)],
            [G.customer, call.customer.name],
            // Masked: the receipt leaves with the customer and may be seen by others.
            [G.phone, maskPhone(call.customer.phone)],
            [G.receivedBy, staffText(receipt.by, ctx)],
          ]}
        />
        <Fields
          rows={[
            [G.product, product],
            [G.goods, receipt.goods],
            [G.accessories, receipt.accessories || `${G.none.zh} ${G.none.en}`],
            [G.condition, receipt.condition],
            [G.problem, call.problem],
          ]}
        />
      </div>
      <div className="title" data-part="collect">
        <Bi label={G.collect} />
      </div>
      <p className="note">
        <Bi label={G.lost} />
      </p>
      <Signatures labels={[G.signHandedOver, G.signClerk]} paper={paper} />
      <div className="section" data-part="collected">
        <div className="section-title">
          <Bi label={G.collected} />
        </div>
        <Signatures labels={[G.signCollected, COMMON.date]} paper={paper} />
      </div>
      <PrintFooter ctx={ctx} />
    </div>
  );
}

/**
 * 客户商品领取收据: what the customer keeps while their goods are in the
 * workshop — the receipt's number as Code 128 and plain text (scanned when
 * they collect), the call, the customer (phone masked), the goods, their
 * accessories and condition, when they came in; signature lines for the
 * hand-over and the collection. 80 mm by default, A5 on the office
 * printer. A reprint says 补打.
 */
export function renderGoodsReceipt(input: GoodsReceiptInput, ctx: PrintContext, paper: PaperSize = '80mm'): PrintOutput {
  const { receiptNo } = input.receipt;
  const title = `${G.title.zh} ${receiptNo}`;
  const body = <GoodsReceiptSlip {...input} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: receiptNo };
}
