import type { ReactNode } from 'react';
import { RECONCILIATION_COLUMNS, type Reconciliation, type ReconciliationRow } from '../../shared/domain/gifts/reconciliation';
import { campaignStatus } from '../../shared/domain/gifts/rules';
import type { Campaign } from '../../shared/domain/gifts/types';
import { formatYuan } from '../../shared/domain/money';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { printTime } from './format';
import { CAMPAIGN_STATUSES, RECONCILIATION } from './giftLabels';
import { paperSpec, type PaperSpec } from './paper';
import { Bi, BiHead, Fields, PrintHeader, RecordBarcode, SignOff } from './parts';

interface SheetProps {
  readonly campaign: Campaign;
  readonly rec: Reconciliation;
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

type Counts = Omit<ReconciliationRow, 'giftId' | 'name' | 'valueFen'>;

/**
 * The printed columns: the CSV's, with the two handout-record counts in one
 * column so fifteen figures fit across A4 portrait and gift names do not wrap.
 */
/** Room for a short gift name on one line; a long one still wraps rather than overflow the page. */
const GIFT_CELL = { minWidth: '5.5em' } as const;

const PRINT_COLUMNS: readonly (readonly [string, string])[] = [
  ...RECONCILIATION_COLUMNS.slice(0, 10),
  ['发放单/冲销', 'Handouts/rev.'],
  ...RECONCILIATION_COLUMNS.slice(12),
];

function Cells({ r }: { readonly r: Counts }): ReactNode {
  return (
    <>
      <td className="num">{r.received}</td>
      <td className="num">{r.issued}</td>
      <td className="num">{r.returned}</td>
      <td className="num">{r.netIssued}</td>
      <td className="num">{r.charity}</td>
      <td className="num">{r.adjusted}</td>
      <td className="num">{r.remaining}</td>
      <td className="num">{r.accountedFor}</td>
      <td className="num">
        {r.handoutsIssued}/{r.handoutsReturned}
      </td>
      <td className="num">{r.alarms}</td>
      <td className="num">{formatYuan(r.netIssuedValueFen)}</td>
      <td className="nowrap">
        <strong>{r.balances ? RECONCILIATION.balanced.zh : `✗ ${RECONCILIATION.unbalanced.zh}`}</strong>
      </td>
    </>
  );
}

function ReconciliationSheet({ campaign, rec, ctx, paper }: SheetProps): ReactNode {
  const status = CAMPAIGN_STATUSES[campaignStatus(campaign, ctx.printedAt)];
  const result = rec.balances ? RECONCILIATION.balanced : RECONCILIATION.unbalanced;
  return (
    <>
      <PrintHeader ctx={ctx} title={RECONCILIATION.title} />
      <RecordBarcode number={campaign.number} paper={paper} />
      <Fields
        rows={[
          [RECONCILIATION.campaign, campaign.name],
          [RECONCILIATION.period, `${printTime(campaign.start, ctx, 'yyyy-MM-dd')} ~ ${printTime(campaign.end, ctx, 'yyyy-MM-dd')}`],
          [RECONCILIATION.status, `${status.zh} ${status.en}`],
          [RECONCILIATION.identity, '入库 = （发放 − 退回）+ 公益 + 结存 − 调整 · received = (issued − returned) + charity + remaining − adjusted'],
          [RECONCILIATION.result, <strong key="r">{`${result.zh} ${result.en}`}</strong>],
        ]}
      />
      <table>
        <BiHead columns={PRINT_COLUMNS.map(([zh, en]) => ({ zh, en }))} />
        <tbody>
          {rec.rows.map((r) => (
            <tr key={r.giftId} data-gift={r.giftId}>
              <td style={GIFT_CELL}>{r.name}</td>
              <td className="num">{formatYuan(r.valueFen)}</td>
              <Cells r={r} />
            </tr>
          ))}
          <tr>
            <td className="nowrap">
              <strong>
                <Bi label={RECONCILIATION.total} />
              </strong>
            </td>
            <td />
            <Cells r={rec.totals} />
          </tr>
        </tbody>
      </table>
      {rec.totals.alarms > 0 && (
        <p className="note">
          <Bi label={RECONCILIATION.alarmsNote} />
        </p>
      )}
      <SignOff labels={[RECONCILIATION.signDesk, RECONCILIATION.signMarketing, RECONCILIATION.signSupervisor]} ctx={ctx} />
    </>
  );
}

/** 赠品对账单 (A4) at the end of a campaign: per gift, the stock identity and whether it balances. */
export function renderReconciliation(campaign: Campaign, rec: Reconciliation, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  const title = `${RECONCILIATION.title.zh} ${campaign.number}`;
  const body = <ReconciliationSheet campaign={campaign} rec={rec} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: campaign.number };
}

