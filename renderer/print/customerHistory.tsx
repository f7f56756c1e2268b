import type { ReactNode } from 'react';
import { customerLabel, type CustomerQuery } from '../../shared/domain/customers/match';
import type { CustomerTrailRow, TrailRecordType } from '../../shared/domain/customers/trail';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { maskPhone, printTime } from './format';
import { COMMON, type Label } from './labels';
import { Bi, BiHead, Fields, PrintFooter, PrintHeader } from './parts';

export interface CustomerHistoryInput {
  readonly query: CustomerQuery;
  /** Newest first, as the screen shows them. */
  readonly rows: readonly CustomerTrailRow[];
}

const HISTORY = {
  title: { zh: '顾客服务记录', en: 'Customer history' },
  records: { zh: '记录', en: 'Records' },
  at: { zh: '时间', en: 'Time' },
  type: { zh: '类型', en: 'Type' },
  summary: { zh: '摘要', en: 'Summary' },
  empty: { zh: '没有这位顾客的记录', en: 'No records of this customer' },
} as const satisfies Readonly<Record<string, Label>>;

const TYPES: { readonly [T in TrailRecordType]: Label } = {
  storage: { zh: '寄存', en: 'Storage' },
  returnRecord: { zh: '退换货', en: 'Return' },
  handout: { zh: '赠品发放', en: 'Gift' },
  complaint: { zh: '投诉', en: 'Complaint' },
  serviceCall: { zh: '维修', en: 'Service call' },
  preOrder: { zh: '预约订货', en: 'Pre-order' },
  invoice: { zh: '发票', en: 'Invoice' },
};

const COLUMNS: readonly Label[] = [HISTORY.at, HISTORY.type, COMMON.number, COMMON.counter, COMMON.phone, HISTORY.summary];

function History({ input, ctx }: { readonly input: CustomerHistoryInput; readonly ctx: PrintContext }): ReactNode {
  return (
    <>
      <PrintHeader ctx={ctx} title={HISTORY.title} />
      <Fields
        rows={[
          [COMMON.customer, customerLabel(input.query)],
          [HISTORY.records, String(input.rows.length)],
        ]}
      />
      {input.rows.length === 0 ? (
        <p className="section">
          <Bi label={HISTORY.empty} />
        </p>
      ) : (
        <table>
          <BiHead columns={COLUMNS} />
          <tbody>
            {input.rows.map((r) => (
              <tr key={r.key} data-number={r.number}>
                <td className="mono nowrap">{printTime(r.at, ctx)}</td>
                <td className="nowrap">{TYPES[r.recordType].zh}</td>
                <td className="mono">{r.number}</td>
                <td className="nowrap">{r.counter}</td>
                <td className="nowrap">{maskPhone(r.phone)}</td>
                <td className="desc">{r.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PrintFooter ctx={ctx} />
    </>
  );
}

/** Names the archived PDF: the phone's last four digits and when it was printed, never the whole number. */
export function customerHistoryNumber(query: CustomerQuery, ctx: PrintContext): string {
  const tail = query.by === 'phone' ? query.phone.slice(-4) : query.tail;
  return `HIST-${tail}-${printTime(ctx.printedAt, ctx, 'yyMMddHHmm')}`;
}

/** 顾客服务记录 (A4): one customer's records at the desk, newest first, every phone masked. */
export function renderCustomerHistory(input: CustomerHistoryInput, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  const title = `${HISTORY.title.zh} ${customerLabel(input.query)}`;
  return {
    html: renderPrintDocument({ paper, title, body: <History input={input} ctx={ctx} />, fontBaseUrl: ctx.fontBaseUrl }),
    paper,
    title,
    recordNumber: customerHistoryNumber(input.query, ctx),
  };
}
