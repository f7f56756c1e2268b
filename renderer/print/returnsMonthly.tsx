import { Fragment, type ReactNode } from 'react';
import { formatYuan } from '../../shared/domain/money';
import type { MonthlySummary, SummaryRow } from '../../shared/domain/returns/summary';
import type { ReturnReason } from '../../shared/domain/returns/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderMonthlyReport } from './document';
import type { Label } from './labels';
import { Bi, BiHead, Fields, PrintHeader, RecordNo, SignOff } from './parts';
import { BAND_LABELS, MONTHLY, OUTCOME_LABELS, RETURN_REASON_LABELS } from './returnLabels';

export interface ReturnsMonthlyInput {
  readonly summary: MonthlySummary;
  /** Category code -> the store's name for it. */
  readonly categoryNames: Readonly<Record<string, string>>;
}

const COLUMNS: readonly Label[] = [MONTHLY.key, MONTHLY.returns, MONTHLY.units, MONTHLY.amount];

function RowsTable({ title, rows, name }: { readonly title: Label; readonly rows: readonly SummaryRow[]; readonly name: (key: string) => string }): ReactNode {
  return (
    <div className="section">
      <div className="section-title">
        <Bi label={title} />
      </div>
      <table data-table={title.en}>
        <BiHead columns={COLUMNS} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>{name(r.key)}</td>
              <td className="num">{r.returns}</td>
              <td className="num">{r.units}</td>
              <td className="num">{formatYuan(r.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Batches({ summary }: { readonly summary: MonthlySummary }): ReactNode {
  return (
    <div className="section">
      <div className="section-title">
        <Bi label={MONTHLY.batches} />
      </div>
      <div className="note">
        同一商品本月退货 ≥ {summary.rule.skuUnits} 件，或单笔退货 ≥ {summary.rule.returnUnits} 件 · Same item ≥ {summary.rule.skuUnits} units in the month, or one
        return ≥ {summary.rule.returnUnits} units
      </div>
      {summary.batches.length === 0 ? (
        <p>
          <Bi label={MONTHLY.noBatches} />
        </p>
      ) : (
        <table>
          <BiHead columns={[MONTHLY.kind, MONTHLY.what, MONTHLY.returns, MONTHLY.units, MONTHLY.amount, MONTHLY.note]} />
          <tbody>
            {summary.batches.map((b) =>
              b.kind === 'sku' ? (
                <tr key={`sku-${b.sku}`}>
                  <td className="nowrap">{MONTHLY.batchSku.zh}</td>
                  <td>
                    {b.name}
                    <div className="mono">{b.sku}</div>
                  </td>
                  <td className="num">{b.returns}</td>
                  <td className="num">{b.units}</td>
                  <td className="num">{formatYuan(b.amountFen)}</td>
                  <td>
                    {b.numbers.slice(0, 3).map((n) => (
                      <Fragment key={n}>
                        <RecordNo>{n}</RecordNo>{' '}
                      </Fragment>
                    ))}
                    {b.numbers.length > 3 ? '…' : ''}
                  </td>
                </tr>
              ) : (
                <tr key={`ret-${b.number}`}>
                  <td className="nowrap">{MONTHLY.batchReturn.zh}</td>
                  <td className="mono">{b.number}</td>
                  <td className="num">1</td>
                  <td className="num">{b.units}</td>
                  <td className="num">{formatYuan(b.amountFen)}</td>
                  <td>
                    {RETURN_REASON_LABELS[b.reason].zh}
                    {b.receiptNo && (
                      <>
                        {' · '}
                        <RecordNo>{b.receiptNo}</RecordNo>
                      </>
                    )}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Monthly({ summary, categoryNames, ctx }: ReturnsMonthlyInput & { readonly ctx: PrintContext }): ReactNode {
  const o = summary.byOutcome;
  return (
    <>
      <PrintHeader ctx={ctx} title={MONTHLY.title} />
      <Fields
        rows={[
          [MONTHLY.month, summary.month],
          [MONTHLY.totals, `${summary.returns} 笔 / ${summary.units} 件 / 商品金额 ¥${formatYuan(summary.totalFen)} / 实退 ¥${formatYuan(summary.refundFen)}`],
          [
            MONTHLY.outcomes,
            `${OUTCOME_LABELS.refund.zh} ${o.refund} · ${OUTCOME_LABELS.exchange.zh} ${o.exchange} · ${OUTCOME_LABELS.repair.zh} ${o.repair} · ${OUTCOME_LABELS.refused.zh} ${o.refused} · 已冲销 ${summary.reversed}`,
          ],
        ]}
      />
      <p className="note">
        <Bi label={MONTHLY.excluded} />
      </p>
      <RowsTable title={MONTHLY.byReason} rows={summary.byReason} name={(k) => RETURN_REASON_LABELS[k as ReturnReason]?.zh ?? k} />
      <RowsTable title={MONTHLY.byCategory} rows={summary.byCategory} name={(k) => categoryNames[k] ?? k} />
      <RowsTable title={MONTHLY.byBand} rows={summary.byBand} name={(k) => BAND_LABELS[k]?.zh ?? k} />
      <Batches summary={summary} />
      <SignOff labels={[MONTHLY.signPrepared, MONTHLY.signSupervisor, MONTHLY.signProduct]} ctx={ctx} />
    </>
  );
}

/** 退货月度汇总 (A4): by reason, category and amount, with the batch returns flagged. */
export function renderReturnsMonthly(input: ReturnsMonthlyInput, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  return renderMonthlyReport({ title: MONTHLY.title, month: input.summary.month, archivePrefix: 'RETURNS', body: <Monthly {...input} ctx={ctx} />, ctx, paper });
}
